package dev.skillgap.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the engine needs of a role: its code and requirements. Requirements that share an
 * {@link Requirement#anyOf() anyOf} group are alternatives (Linux <em>or</em> Windows
 * server administration, say): the best member counts. Members of a group share its
 * target and weight, so a group counts exactly like one requirement.
 */
public record RoleProfile(String code, List<Requirement> requirements) {

	public RoleProfile {
		requirements = List.copyOf(requirements);
		Map<String, Requirement> first = new HashMap<>();
		for (Requirement requirement : requirements) {
			if (requirement.anyOf() == null) {
				continue;
			}
			Requirement other = first.putIfAbsent(requirement.anyOf(), requirement);
			if (other != null && (other.target() != requirement.target() || other.weight() != requirement.weight())) {
				throw new IllegalArgumentException("the members of group " + requirement.anyOf()
						+ " must share target and weight: " + other + ", " + requirement);
			}
		}
	}

	/** The requirements in the given group, in the role's order. */
	public List<Requirement> group(String anyOf) {
		return this.requirements.stream().filter((r) -> anyOf.equals(r.anyOf())).toList();
	}

	/**
	 * @param target the level the role expects (1-5)
	 * @param weight how much the requirement counts (1-3)
	 * @param anyOf the group of alternatives this requirement belongs to, or null for a
	 * requirement of its own
	 */
	public record Requirement(String skillCode, int target, int weight, @Nullable String anyOf) {

		public Requirement {
			if (target < 1 || target > 5) {
				throw new IllegalArgumentException("target must be 1-5: " + target);
			}
			if (weight < 1) {
				throw new IllegalArgumentException("weight must be positive: " + weight);
			}
		}

		/** A requirement of its own (in no group). */
		public Requirement(String skillCode, int target, int weight) {
			this(skillCode, target, weight, null);
		}

	}

}

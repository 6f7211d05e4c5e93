package dev.skillgap.gaps;

import java.util.Comparator;
import java.util.List;

/**
 * A person's fit to one role (0 to 1) and the gap for each of the role's requirements.
 */
public record RoleFit(String roleCode, double fit, List<SkillGap> gaps) {

	/** Unmet requirements, the largest weighted gap first (ties: the role's order). */
	public List<SkillGap> largestGaps() {
		return this.gaps.stream()
			.filter((gap) -> gap.counted() && !gap.met())
			.sorted(Comparator.comparingInt(SkillGap::weightedGap).reversed())
			.toList();
	}

	/** Met requirements, the most important first (ties: the role's order). */
	public List<SkillGap> strengths() {
		return this.gaps.stream()
			.filter((gap) -> gap.counted() && gap.met() && gap.current() > 0)
			.sorted(Comparator.comparingInt(SkillGap::weight)
				.reversed()
				.thenComparing(SkillGap::target, Comparator.reverseOrder()))
			.toList();
	}

	/** Requirements met, a group of alternatives counting once. */
	public long metCount() {
		return this.gaps.stream().filter((gap) -> gap.counted() && gap.met()).count();
	}

	/** How many requirements the role has, a group of alternatives counting once. */
	public int requirementCount() {
		return (int) this.gaps.stream().filter(SkillGap::counted).count();
	}

	/**
	 * The other members of a gap's group (the alternatives to it), in the role's order;
	 * empty for a requirement of its own.
	 */
	public List<String> alternativesTo(SkillGap gap) {
		if (gap.anyOf() == null) {
			return List.of();
		}
		return this.gaps.stream()
			.filter((other) -> gap.anyOf().equals(other.anyOf()) && !other.skillCode().equals(gap.skillCode()))
			.map(SkillGap::skillCode)
			.toList();
	}

}

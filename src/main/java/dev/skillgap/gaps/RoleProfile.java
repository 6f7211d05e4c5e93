package dev.skillgap.gaps;

import java.util.List;

/**
 * What the engine needs of a role: its code and requirements.
 */
public record RoleProfile(String code, List<Requirement> requirements) {

	/**
	 * @param target the level the role expects (1-5)
	 * @param weight how much the requirement counts (1-3)
	 */
	public record Requirement(String skillCode, int target, int weight) {

		public Requirement {
			if (target < 1 || target > 5) {
				throw new IllegalArgumentException("target must be 1-5: " + target);
			}
			if (weight < 1) {
				throw new IllegalArgumentException("weight must be positive: " + weight);
			}
		}

	}

}

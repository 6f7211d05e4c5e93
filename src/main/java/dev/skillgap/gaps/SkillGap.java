package dev.skillgap.gaps;

import org.jspecify.annotations.Nullable;

/**
 * How far a person is from one requirement of a role.
 *
 * @param anyOf the group of alternatives the requirement belongs to, or null
 * @param counted whether this requirement counts in the fit: always for a requirement of
 * its own; in a group, only for the best member (the highest level, the first of equals).
 * The other members are alternatives the person does not need: their gap is 0.
 */
public record SkillGap(String skillCode, int current, int target, int gap, int weight, @Nullable String anyOf,
		boolean counted) {

	/** A requirement of its own. */
	public SkillGap(String skillCode, int current, int target, int gap, int weight) {
		this(skillCode, current, target, gap, weight, null, true);
	}

	public boolean met() {
		return this.gap == 0;
	}

	/** The gap as it counts in the fit: levels missing times weight. */
	public int weightedGap() {
		return this.gap * this.weight;
	}

}

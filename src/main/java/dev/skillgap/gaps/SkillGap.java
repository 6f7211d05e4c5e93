package dev.skillgap.gaps;

/** How far a person is from one requirement of a role. */
public record SkillGap(String skillCode, int current, int target, int gap, int weight) {

	public boolean met() {
		return this.gap == 0;
	}

	/** The gap as it counts in the fit: levels missing times weight. */
	public int weightedGap() {
		return this.gap * this.weight;
	}

}

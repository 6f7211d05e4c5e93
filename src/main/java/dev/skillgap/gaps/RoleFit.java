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
			.filter((gap) -> !gap.met())
			.sorted(Comparator.comparingInt(SkillGap::weightedGap).reversed())
			.toList();
	}

	/** Met requirements, the most important first (ties: the role's order). */
	public List<SkillGap> strengths() {
		return this.gaps.stream()
			.filter((gap) -> gap.met() && gap.current() > 0)
			.sorted(Comparator.comparingInt(SkillGap::weight)
				.reversed()
				.thenComparing(SkillGap::target, Comparator.reverseOrder()))
			.toList();
	}

	public long metCount() {
		return this.gaps.stream().filter(SkillGap::met).count();
	}

}

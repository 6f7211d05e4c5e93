package dev.skillgap.teams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How well the team covers each skill it needs (a pure function of its coverage targets
 * and its members' effective levels).
 *
 * <p>
 * Per target ({@code required} people at {@code targetLevel} or above): the
 * <em>holders</em> are the members at or above the target level; it is met when
 * {@code holders >= required}. The bus factor is the number of holders, and a required
 * skill held by one person or none is a single point of failure. As in capability
 * (skills) matrices, holders are split into <em>experts</em> (level 4 or more: they can
 * do the work and teach it) and <em>practitioners</em> (at target, below 4: they can do
 * the work); <em>novices</em> are learning it (level 1 up to the target).
 *
 * <p>
 * The risk (0 to 100, higher is worse) weighs the three concerns of capability-matrix
 * practice, "enough people to do the work, more than one of them, someone to teach":
 *
 * <pre>
 * risk = 60 × shortfall + 25 × depth + 15 × teaching
 *   shortfall = max(0, required − holders) / required     (the share of the target unmet)
 *   depth     = 1 with 0 or 1 holders, 0.5 with 2, else 0  (bus factor: the rule of three)
 *   teaching  = 1 with no expert, 0.5 with 1, else 0       (nobody, or one person, to teach)
 * </pre>
 *
 * rounded to the nearest whole number. A skill nobody holds is 100; a target met by three
 * holders of whom two are experts is 0. A target with {@code required = 0} asks nothing
 * and has risk 0. The risk never rises when a member's level rises (holders and experts
 * only grow).
 */
public final class Coverage {

	/** The level from which a holder counts as an expert (can teach). */
	public static final int EXPERT_LEVEL = 4;

	private Coverage() {
	}

	/**
	 * One skill's coverage.
	 *
	 * @param busFactor how many people hold the skill at target (= holders)
	 * @param singlePointOfFailure required, and held by one person or none
	 * @param source where the target comes from ({@link CoverageTarget#source()})
	 */
	public record SkillCoverage(String skillCode, int targetLevel, int holders, int required, boolean met,
			int busFactor, boolean singlePointOfFailure, int experts, int practitioners, int novices, int risk,
			String source) {
	}

	/**
	 * The coverage of every target, the highest risk first (ties: by skill code).
	 * @param members every member's effective levels
	 */
	public static List<SkillCoverage> of(List<CoverageTarget> targets, List<MemberSkills> members) {
		List<SkillCoverage> coverage = new ArrayList<>(targets.size());
		for (CoverageTarget target : targets) {
			int experts = 0;
			int practitioners = 0;
			int novices = 0;
			for (MemberSkills member : members) {
				int level = member.level(target.skillCode());
				if (level >= target.targetLevel()) {
					if (level >= EXPERT_LEVEL) {
						experts++;
					}
					else {
						practitioners++;
					}
				}
				else if (level >= 1) {
					novices++;
				}
			}
			coverage.add(of(target, experts, practitioners, novices));
		}
		coverage.sort(Comparator.comparingInt(SkillCoverage::risk).reversed().thenComparing(SkillCoverage::skillCode));
		return coverage;
	}

	/** One target's coverage from its counts. */
	static SkillCoverage of(CoverageTarget target, int experts, int practitioners, int novices) {
		int holders = experts + practitioners;
		int required = target.required();
		return new SkillCoverage(target.skillCode(), target.targetLevel(), holders, required, holders >= required,
				holders, required > 0 && holders <= 1, experts, practitioners, novices,
				risk(required, holders, experts), target.source());
	}

	/** The risk score, 0 to 100 (see the class comment). */
	public static int risk(int required, int holders, int experts) {
		if (required <= 0) {
			return 0;
		}
		double shortfall = Math.max(0, required - holders) / (double) required;
		double depth = (holders <= 1) ? 1 : (holders == 2) ? 0.5 : 0;
		double teaching = (experts == 0) ? 1 : (experts == 1) ? 0.5 : 0;
		return (int) Math.round(60 * shortfall + 25 * depth + 15 * teaching);
	}

}

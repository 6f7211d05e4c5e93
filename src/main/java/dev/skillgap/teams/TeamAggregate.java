package dev.skillgap.teams;

import java.util.List;

import dev.skillgap.skills.Skill;

/**
 * The team's skills without names: per skill, how many members are at each level (a pure
 * function). What members see of their team, and what a lead reads of a large one.
 */
public final class TeamAggregate {

	private TeamAggregate() {
	}

	/**
	 * One skill's counts.
	 *
	 * @param counts how many members are at level 1, 2, 3, 4 and 5 (five numbers)
	 * @param unassessed how many are at level 0 or never assessed it
	 */
	public record SkillCounts(Skill skill, List<Integer> counts, int unassessed) {
	}

	/** The counts of every skill, in the order given. */
	public static List<SkillCounts> of(List<Skill> skills, List<MemberSkills> members) {
		return skills.stream().map((skill) -> {
			int[] counts = new int[6];
			for (MemberSkills member : members) {
				counts[Math.max(0, Math.min(5, member.level(skill.code())))]++;
			}
			return new SkillCounts(skill, List.of(counts[1], counts[2], counts[3], counts[4], counts[5]), counts[0]);
		}).toList();
	}

}

package dev.skillgap.teams;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.skills.EffectiveLevel;
import dev.skillgap.skills.SkillLevels;

import org.springframework.stereotype.Service;

/**
 * Every active member of a team with their effective target role and effective levels, in
 * three queries whatever the team's size (the roster, the members' goals, then every
 * member's levels at once).
 */
@Service
public class TeamSkills {

	private final TeamRoster roster;

	private final SkillLevels levels;

	TeamSkills(TeamRoster roster, SkillLevels levels) {
		this.roster = roster;
		this.levels = levels;
	}

	/**
	 * The team's active members and leads, by display name, each with their effective
	 * target role ({@link TeamRoster#targets}) and levels.
	 */
	public List<MemberSkills> members(UUID teamId) {
		List<TeamMember> members = this.roster.targets(teamId);
		Map<UUID, List<EffectiveLevel>> byAccount = this.levels
			.effectiveLevels(members.stream().map(TeamMember::accountId).toList());
		return members.stream()
			.map((member) -> MemberSkills.of(member, byAccount.getOrDefault(member.accountId(), List.of())))
			.toList();
	}

}

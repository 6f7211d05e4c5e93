package dev.skillgap.teams;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.learning.LearningPlans;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who is on a team now: its active leads and members, in a fixed number of queries. */
@Service
public class TeamRoster {

	private static final String SELECT = """
			select m.id, m.account_id, a.display_name, m.role, m.target_role, m.target_source,
			       coalesce(m.answered_at, m.created_at) as joined_at
			from team_member m join account a on a.id = m.account_id
			""";

	private final JdbcClient jdbc;

	private final LearningPlans plans;

	TeamRoster(JdbcClient jdbc, LearningPlans plans) {
		this.jdbc = jdbc;
		this.plans = plans;
	}

	/**
	 * The team's active members and leads, by display name, with the target role set on
	 * the team (no goal fallback: see {@link #targets}).
	 */
	public List<TeamMember> active(UUID teamId) {
		return this.jdbc.sql(SELECT + """
				where m.team_id = :team and m.status = 'active'
				order by a.display_name, m.account_id
				""")
			.param("team", teamId)
			.query((rs, row) -> new TeamMember(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/**
	 * The team's active members and leads, by display name, each with their effective
	 * target role ({@link TeamMember#withGoal}: the team's target role, else their own
	 * goal role with source {@code goal}, else none), in two queries whatever the team's
	 * size.
	 */
	public List<TeamMember> targets(UUID teamId) {
		List<TeamMember> members = active(teamId);
		Map<UUID, String> goals = this.plans.goalRoles(members.stream().map(TeamMember::accountId).toList());
		return members.stream().map((member) -> member.withGoal(goals.get(member.accountId()))).toList();
	}

	/** One active member or lead with their effective target role, if they are one. */
	public Optional<TeamMember> target(UUID teamId, UUID accountId) {
		return this.jdbc.sql(SELECT + """
				where m.team_id = :team and m.account_id = :account and m.status = 'active'
				""")
			.param("team", teamId)
			.param("account", accountId)
			.query((rs, row) -> new TeamMember(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.optional()
			.map((member) -> member.withGoal(this.plans.goalRoles(List.of(accountId)).get(accountId)));
	}

}

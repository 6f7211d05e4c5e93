package dev.skillgap.teams;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who is on a team now: its active leads and members, in one query. */
@Service
public class TeamRoster {

	private final JdbcClient jdbc;

	TeamRoster(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The team's active members and leads, by display name. */
	public List<TeamMember> active(UUID teamId) {
		return this.jdbc.sql("""
				select m.id, m.account_id, a.display_name, m.role, m.target_role, m.target_source,
				       coalesce(m.answered_at, m.created_at) as joined_at
				from team_member m join account a on a.id = m.account_id
				where m.team_id = :team and m.status = 'active'
				order by a.display_name, m.account_id
				""")
			.param("team", teamId)
			.query((rs, row) -> new TeamMember(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
			.list();
	}

}

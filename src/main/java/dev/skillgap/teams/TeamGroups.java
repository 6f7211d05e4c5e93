package dev.skillgap.teams;

import java.util.Optional;
import java.util.UUID;

import dev.skillgap.access.Audience;
import dev.skillgap.access.Groups;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A team is a group of the access policy: routes under {@code /api/teams/{teamId}}. Its
 * active leads see individual levels, its active members the aggregates; pending,
 * declined, former members and outsiders see nothing.
 */
@Component
class TeamGroups implements Groups {

	static final String PATH_VARIABLE = "teamId";

	private final JdbcClient jdbc;

	TeamGroups(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String pathVariable() {
		return PATH_VARIABLE;
	}

	@Override
	public String name() {
		return "team";
	}

	@Override
	public Optional<Audience.Standing> standing(UUID viewerId, UUID groupId) {
		return this.jdbc.sql("""
				select role from team_member where team_id = :team and account_id = :viewer and status = 'active'
				""")
			.param("team", groupId)
			.param("viewer", viewerId)
			.query(String.class)
			.optional()
			.map((role) -> "lead".equals(role) ? Audience.Standing.LEAD : Audience.Standing.MEMBER);
	}

}

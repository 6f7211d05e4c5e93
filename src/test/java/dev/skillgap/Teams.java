package dev.skillgap;

import java.util.List;
import java.util.UUID;

import dev.skillgap.TestAccounts.TestUser;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for teams written straight into the database (for read-side tests and
 * benchmarks that need a team without going through invitations). Steps through the API
 * (create, invite, accept) are added below them.
 */
public final class Teams {

	private Teams() {
	}

	/** A team led by {@code lead} with the given active members; its id. */
	public static UUID seed(JdbcClient jdbc, String name, UUID lead, List<UUID> members) {
		UUID team = UUID.randomUUID();
		jdbc.sql("insert into team (id, name, created_by) values (:id, :name, :lead)")
			.param("id", team)
			.param("name", name)
			.param("lead", lead)
			.update();
		join(jdbc, team, lead, "lead");
		members.forEach((member) -> join(jdbc, team, member, "member"));
		return team;
	}

	/** Adds an active member (or lead, {@code role} "lead"). */
	public static void join(JdbcClient jdbc, UUID team, UUID account, String role) {
		jdbc.sql("""
				insert into team_member (id, team_id, account_id, role, status, answered_at)
				values (:id, :team, :account, :role, 'active', now())
				""")
			.param("id", UUID.randomUUID())
			.param("team", team)
			.param("account", account)
			.param("role", role)
			.update();
	}

	/** Gives a member a target role on the team ({@code source} "own" or "lead"). */
	public static void targetRole(JdbcClient jdbc, UUID team, UUID account, String roleCode, String source) {
		jdbc.sql("""
				update team_member set target_role = :role, target_source = :source
				where team_id = :team and account_id = :account and status = 'active'
				""")
			.param("role", roleCode)
			.param("source", source)
			.param("team", team)
			.param("account", account)
			.update();
	}

	/** Sets one line of the team's role mix. */
	public static void roleMix(JdbcClient jdbc, UUID team, String roleCode, int headcount) {
		jdbc.sql("""
				insert into team_role_mix (team_id, role_code, headcount) values (:team, :role, :count)
				on conflict (team_id, role_code) do update set headcount = excluded.headcount
				""").param("team", team).param("role", roleCode).param("count", headcount).update();
	}

	/** A pending invitation of a registered person, sent by {@code lead}; its id. */
	public static UUID invite(JdbcClient jdbc, UUID team, TestUser invited, UUID lead) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into team_member (id, team_id, account_id, invited_email, role, status, invited_by)
				values (:id, :team, :account, :email, 'member', 'pending', :lead)
				""")
			.param("id", id)
			.param("team", team)
			.param("account", invited.id())
			.param("email", invited.email())
			.param("lead", lead)
			.update();
		return id;
	}

	/** A member who joined and left the team. */
	public static void formerMember(JdbcClient jdbc, UUID team, UUID account) {
		jdbc.sql("""
				insert into team_member (id, team_id, account_id, role, status, answered_at, ended_at, ended_by)
				values (:id, :team, :account, 'member', 'left', now(), now(), :account)
				""").param("id", UUID.randomUUID()).param("team", team).param("account", account).update();
	}

}

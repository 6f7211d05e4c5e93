package dev.skillgap.teams;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of teams and their memberships. */
@Repository
class TeamRepository {

	private static final String COLUMNS = "id, team_id, account_id, invited_email, role, status, invited_by, "
			+ "created_at, answered_at, ended_at, target_role, target_source";

	private static final String SUMMARY = """
			select t.id, t.name, t.created_at, m.role,
			  (select count(*) from team_member c where c.team_id = t.id and c.status = 'active') as members,
			  (select count(*) from team_member c where c.team_id = t.id and c.status = 'active'
			     and c.role = 'lead') as leads
			from team t join team_member m on m.team_id = t.id and m.account_id = :viewer and m.status = 'active'
			""";

	private static final String INVITATION = """
			select m.id, m.team_id, t.name, m.invited_email, m.role, m.created_at, m.invited_by, a.display_name
			from team_member m join team t on t.id = m.team_id left join account a on a.id = m.invited_by
			""";

	private final JdbcClient jdbc;

	TeamRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the team was created: false when its creator has a team of that name. */
	boolean insertTeam(UUID id, String name, UUID createdBy) {
		return unlessNameTaken(() -> this.jdbc.sql("insert into team (id, name, created_by) values (:id, :name, :by)")
			.param("id", id)
			.param("name", name)
			.param("by", createdBy)
			.update());
	}

	/**
	 * Runs a write of a team's name: false when the unique index of names per creator
	 * refused it (the transaction is then rolled back by the conflict thrown).
	 */
	private static boolean unlessNameTaken(Runnable write) {
		try {
			write.run();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Locks the team's row: membership changes of one team happen one at a time. */
	boolean lockTeam(UUID teamId) {
		return this.jdbc.sql("select id from team where id = :team for update")
			.param("team", teamId)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	/**
	 * Whether the team was renamed: false when its creator has another team of that name.
	 */
	boolean rename(UUID teamId, String name) {
		return unlessNameTaken(() -> this.jdbc.sql("update team set name = :name where id = :team")
			.param("team", teamId)
			.param("name", name)
			.update());
	}

	void deleteTeam(UUID teamId) {
		this.jdbc.sql("delete from team where id = :team").param("team", teamId).update();
	}

	/** What an audit entry about the team keeps: its id and its name (as it was then). */
	Map<String, String> auditDetail(UUID teamId) {
		String name = name(teamId).orElse("?");
		return Map.of("teamId", teamId.toString(), "name_en", name, "name_ja", name);
	}

	Optional<String> name(UUID teamId) {
		return this.jdbc.sql("select name from team where id = :team")
			.param("team", teamId)
			.query(String.class)
			.optional();
	}

	Optional<TeamSummary> summary(UUID teamId, UUID viewerId) {
		return this.jdbc.sql(SUMMARY + " where t.id = :team")
			.param("viewer", viewerId)
			.param("team", teamId)
			.query(TeamRepository::summary)
			.optional();
	}

	/** The viewer's teams (active memberships), by name. */
	List<TeamSummary> summaries(UUID viewerId) {
		return this.jdbc.sql(SUMMARY + " order by t.name, t.id")
			.param("viewer", viewerId)
			.query(TeamRepository::summary)
			.list();
	}

	/**
	 * Inserts a pending invitation; false when the team has an open row for that account
	 * (or, with no account, that address) already.
	 */
	boolean insertMembership(UUID id, UUID teamId, @Nullable UUID accountId, @Nullable String email, TeamRole role,
			MembershipStatus status, @Nullable UUID invitedBy) {
		return this.jdbc.sql("""
				insert into team_member (id, team_id, account_id, invited_email, role, status, invited_by, answered_at)
				values (:id, :team, :account, :email, :role, :status, :by,
				        case when :status = 'active' then now() end)
				on conflict do nothing
				""")
			.param("id", id)
			.param("team", teamId)
			.param("account", accountId)
			.param("email", email)
			.param("role", role.code())
			.param("status", status.code())
			.param("by", invitedBy)
			.update() == 1;
	}

	Optional<Membership> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from team_member where id = :id")
			.param("id", id)
			.query(TeamRepository::map)
			.optional();
	}

	Optional<Membership> lock(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from team_member where id = :id for update")
			.param("id", id)
			.query(TeamRepository::map)
			.optional();
	}

	/** The open (pending or active) row of this account on the team. */
	Optional<Membership> openOf(UUID teamId, UUID accountId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from team_member where team_id = :team and account_id = :account and status in ('pending', 'active')
				""").param("team", teamId).param("account", accountId).query(TeamRepository::map).optional();
	}

	/** The open row waiting for an address with no account on the team. */
	Optional<Membership> waitingFor(UUID teamId, String email) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from team_member where team_id = :team and account_id is null
				  and lower(invited_email) = lower(:email) and status in ('pending', 'active')
				""").param("team", teamId).param("email", email).query(TeamRepository::map).optional();
	}

	/** The accounts of the team's active members and leads. */
	List<UUID> activeAccounts(UUID teamId) {
		return this.jdbc.sql("""
				select account_id from team_member where team_id = :team and status = 'active'
				""").param("team", teamId).query(UUID.class).list();
	}

	long activeLeads(UUID teamId) {
		return this.jdbc.sql("""
				select count(*) from team_member where team_id = :team and status = 'active' and role = 'lead'
				""").param("team", teamId).query(Long.class).single();
	}

	Membership setStatus(UUID id, MembershipStatus status, UUID by) {
		return this.jdbc.sql("""
				update team_member set status = :status,
				  answered_at = case when :status in ('active', 'declined') then now() else answered_at end,
				  ended_at = case when :status in ('left', 'removed', 'declined') then now() else ended_at end,
				  ended_by = case when :status in ('left', 'removed', 'declined') then :by else ended_by end
				where id = :id returning\s""" + COLUMNS)
			.param("id", id)
			.param("status", status.code())
			.param("by", by)
			.query(TeamRepository::map)
			.single();
	}

	void setRole(UUID id, TeamRole role) {
		this.jdbc.sql("update team_member set role = :role where id = :id")
			.param("id", id)
			.param("role", role.code())
			.update();
	}

	/**
	 * A person who rejoins a team gets back the target role their last membership of it
	 * ended with (whoever set it: a lead's proposal or their own choice), unless the new
	 * membership has one already.
	 */
	void restoreTargetRole(UUID membershipId) {
		this.jdbc.sql("""
				update team_member m set target_role = previous.target_role, target_source = previous.target_source
				from (select p.target_role, p.target_source
				        from team_member p join team_member n on n.id = :id
				       where p.team_id = n.team_id and p.account_id = n.account_id and p.id <> n.id
				         and p.status in ('left', 'removed') and p.ended_at is not null
				       order by p.ended_at desc limit 1) previous
				where m.id = :id and m.target_role is null and previous.target_role is not null
				""").param("id", membershipId).update();
	}

	void setTargetRole(UUID id, @Nullable String roleCode, @Nullable String source) {
		this.jdbc.sql("update team_member set target_role = :role, target_source = :source where id = :id")
			.param("id", id)
			.param("role", roleCode)
			.param("source", source)
			.update();
	}

	/** The team's pending invitations, oldest first. */
	List<TeamInvitation> pendingOfTeam(UUID teamId) {
		return this.jdbc.sql(INVITATION + """
				where m.team_id = :team and m.status = 'pending' order by m.created_at, m.id
				""").param("team", teamId).query(TeamRepository::invitation).list();
	}

	/** The account's pending invitations, newest first. */
	List<TeamInvitation> pendingOf(UUID accountId) {
		return this.jdbc.sql(INVITATION + """
				where m.account_id = :account and m.status = 'pending' order by m.created_at desc, m.id
				""").param("account", accountId).query(TeamRepository::invitation).list();
	}

	Optional<TeamInvitation> invitation(UUID id) {
		return this.jdbc.sql(INVITATION + " where m.id = :id")
			.param("id", id)
			.query(TeamRepository::invitation)
			.optional();
	}

	/** Gives the invitations waiting for this address to the account that now has it. */
	List<Membership> claim(UUID accountId, String email) {
		return this.jdbc.sql("""
				update team_member m set account_id = :account
				where m.account_id is null and lower(m.invited_email) = lower(:email) and m.status = 'pending'
				  and not exists (select 1 from team_member o where o.team_id = m.team_id
				    and o.account_id = :account and o.status in ('pending', 'active'))
				returning\s""" + COLUMNS)
			.param("account", accountId)
			.param("email", email)
			.query(TeamRepository::map)
			.list();
	}

	/** Teams without an active lead (after an account was deleted). */
	List<UUID> leaderless() {
		return this.jdbc.sql("""
				select t.id from team t where not exists (select 1 from team_member m
				  where m.team_id = t.id and m.status = 'active' and m.role = 'lead')
				order by t.id for update of t skip locked
				""").query(UUID.class).list();
	}

	/** The team's longest-standing active member, if any. */
	Optional<Membership> longestStanding(UUID teamId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from team_member where team_id = :team and status = 'active'
				 order by coalesce(answered_at, created_at), created_at, id limit 1
				""").param("team", teamId).query(TeamRepository::map).optional();
	}

	private static TeamSummary summary(ResultSet rs, int row) throws SQLException {
		return new TeamSummary(rs.getObject("id", UUID.class), rs.getString("name"), TeamRole.of(rs.getString("role")),
				rs.getLong("members"), rs.getLong("leads"), rs.getTimestamp("created_at").toInstant());
	}

	private static TeamInvitation invitation(ResultSet rs, int row) throws SQLException {
		return new TeamInvitation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
				rs.getString(4), TeamRole.of(rs.getString(5)), rs.getTimestamp(6).toInstant(),
				rs.getObject(7, UUID.class), rs.getString(8));
	}

	private static Membership map(ResultSet rs, int row) throws SQLException {
		return new Membership(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
				rs.getObject("account_id", UUID.class), rs.getString("invited_email"),
				TeamRole.of(rs.getString("role")), MembershipStatus.of(rs.getString("status")),
				rs.getObject("invited_by", UUID.class), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("answered_at")), instant(rs.getTimestamp("ended_at")),
				rs.getString("target_role"), rs.getString("target_source"));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}

package dev.skillgap.mentoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MentorshipRepository {

	private static final String COLUMNS = "id, mentee_id, mentor_id, invited_email, status, created_at, accepted_at, "
			+ "ended_at, offered_by";

	private final JdbcClient jdbc;

	MentorshipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a pending invitation (a learner asks a mentor: {@code offer} false) or
	 * offer (a mentor asks a learner); false when the inviter has an open one for that
	 * address (the same query whether or not the address has an account).
	 */
	boolean insert(UUID id, @Nullable UUID menteeId, @Nullable UUID mentorId, String email, boolean offer) {
		return this.jdbc.sql("""
				insert into mentorship (id, mentee_id, mentor_id, invited_email, status, offered_by)
				values (:id, :mentee, :mentor, :email, 'pending', :offeredBy)
				on conflict do nothing
				""")
			.param("id", id)
			.param("mentee", menteeId)
			.param("mentor", mentorId)
			.param("email", email)
			.param("offeredBy", offer ? "mentor" : "mentee")
			.update() == 1;
	}

	/**
	 * Whether the inviter already has a pending or active mentorship with whoever has the
	 * address, in either direction: the one query runs whether or not the address has an
	 * account.
	 */
	boolean hasOpen(UUID inviterId, String email, boolean offer) {
		String mine = offer ? "m.mentor_id" : "m.mentee_id";
		String other = offer ? "m.mentee_id" : "m.mentor_id";
		return this.jdbc
			.sql("select exists (select 1 from mentorship m left join account a on a.id = " + other + " where " + mine
					+ " = :inviter and m.status in ('pending', 'active')"
					+ " and (lower(a.email) = lower(:email) or (lower(m.invited_email) = lower(:email)"
					+ " and m.offered_by = :offeredBy)))")
			.param("inviter", inviterId)
			.param("email", email)
			.param("offeredBy", offer ? "mentor" : "mentee")
			.query(Boolean.class)
			.single();
	}

	/** The row, locked for a change of status. */
	Optional<Mentorship> lock(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from mentorship where id = :id for update")
			.param("id", id)
			.query(MentorshipRepository::map)
			.optional();
	}

	Optional<Mentorship> find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from mentorship where id = :id")
			.param("id", id)
			.query(MentorshipRepository::map)
			.optional();
	}

	Mentorship setStatus(UUID id, MentorshipStatus status, UUID by) {
		return this.jdbc.sql("""
				update mentorship set status = :status,
				  accepted_at = case when :status = 'active' then now() else accepted_at end,
				  ended_at = case when :status in ('ended', 'declined') then now() else ended_at end,
				  ended_by = case when :status in ('ended', 'declined') then :by else ended_by end
				where id = :id returning\s""" + COLUMNS)
			.param("id", id)
			.param("status", status.code())
			.param("by", by)
			.query(MentorshipRepository::map)
			.single();
	}

	/**
	 * Open (pending or active) mentorships the account is on either side of, newest
	 * first.
	 */
	List<Mentorship> openFor(UUID accountId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from mentorship where (mentee_id = :account or mentor_id = :account)
				  and status in ('pending', 'active') order by created_at desc, id
				""").param("account", accountId).query(MentorshipRepository::map).list();
	}

	/** Active mentorships where the account is the mentor. */
	List<Mentorship> activeAsMentor(UUID mentorId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from mentorship where mentor_id = :mentor and status = 'active' order by accepted_at, id
				""").param("mentor", mentorId).query(MentorshipRepository::map).list();
	}

	Optional<Mentorship> active(UUID mentorId, UUID menteeId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from mentorship where mentor_id = :mentor and mentee_id = :mentee and status = 'active'
				""").param("mentor", mentorId).param("mentee", menteeId).query(MentorshipRepository::map).optional();
	}

	boolean isActive(UUID mentorId, UUID menteeId) {
		return this.jdbc.sql("""
				select exists (select 1 from mentorship where mentor_id = :mentor and mentee_id = :mentee
				  and status = 'active')
				""").param("mentor", mentorId).param("mentee", menteeId).query(Boolean.class).single();
	}

	/**
	 * Gives waiting invitations (to mentor) and offers (of mentoring) for this email to
	 * the account that now has it.
	 */
	List<Mentorship> claim(UUID accountId, String email) {
		return this.jdbc.sql("""
				update mentorship set
				  mentor_id = case when offered_by = 'mentee' then :account else mentor_id end,
				  mentee_id = case when offered_by = 'mentor' then :account else mentee_id end
				where lower(invited_email) = lower(:email) and status = 'pending'
				  and ((offered_by = 'mentee' and mentor_id is null and mentee_id <> :account)
				    or (offered_by = 'mentor' and mentee_id is null and mentor_id <> :account))
				returning\s""" + COLUMNS)
			.param("account", accountId)
			.param("email", email)
			.query(MentorshipRepository::map)
			.list();
	}

	private static Mentorship map(ResultSet rs, int row) throws SQLException {
		return new Mentorship(rs.getObject("id", UUID.class), rs.getObject("mentee_id", UUID.class),
				rs.getObject("mentor_id", UUID.class), rs.getString("invited_email"),
				MentorshipStatus.of(rs.getString("status")), instant(rs.getTimestamp("created_at")),
				instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("ended_at")),
				"mentor".equals(rs.getString("offered_by")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}

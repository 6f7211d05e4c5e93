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
			+ "ended_at";

	private final JdbcClient jdbc;

	MentorshipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a pending invitation; false when an open one for that address exists. */
	boolean insert(UUID id, UUID menteeId, @Nullable UUID mentorId, String email) {
		return this.jdbc.sql("""
				insert into mentorship (id, mentee_id, mentor_id, invited_email, status)
				values (:id, :mentee, :mentor, :email, 'pending')
				on conflict (mentee_id, lower(invited_email)) where status in ('pending', 'active') do nothing
				""")
			.param("id", id)
			.param("mentee", menteeId)
			.param("mentor", mentorId)
			.param("email", email)
			.update() == 1;
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

	/** Gives waiting invitations for this email to the account that now has it. */
	List<Mentorship> claim(UUID accountId, String email) {
		return this.jdbc.sql("""
				update mentorship set mentor_id = :account
				where mentor_id is null and lower(invited_email) = lower(:email) and status = 'pending'
				  and mentee_id <> :account
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
				instant(rs.getTimestamp("accepted_at")), instant(rs.getTimestamp("ended_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}

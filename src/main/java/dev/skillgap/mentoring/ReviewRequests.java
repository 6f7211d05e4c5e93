package dev.skillgap.mentoring;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.mentoring.MentorshipEvents.ReviewRequested;
import dev.skillgap.platform.DomainException;
import dev.skillgap.skills.SkillCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mentee asks chosen mentors to review chosen skills. A request closes by itself once
 * the mentor has validated every skill it names.
 */
@Service
public class ReviewRequests {

	private static final String SELECT = """
			select r.id, r.mentorship_id, m.mentee_id, m.mentor_id, r.skill_codes, r.validated_codes, r.note,
			  r.status, r.created_at, r.closed_at
			from review_request r join mentorship m on m.id = r.mentorship_id
			""";

	private final JdbcClient jdbc;

	private final MentorshipRepository mentorships;

	private final SkillCatalog skills;

	private final ApplicationEventPublisher events;

	ReviewRequests(JdbcClient jdbc, MentorshipRepository mentorships, SkillCatalog skills,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.mentorships = mentorships;
		this.skills = skills;
		this.events = events;
	}

	/**
	 * One request per chosen mentorship (each must be one of the mentee's active ones).
	 * @throws DomainException 404 for a mentorship that is not the mentee's active one or
	 * an unknown skill
	 */
	@Transactional
	public List<ReviewRequest> request(UUID menteeId, Collection<UUID> mentorshipIds, Collection<String> skillCodes,
			@Nullable String note) {
		List<String> codes = List.copyOf(new LinkedHashSet<>(skillCodes));
		for (String code : codes) {
			if (!this.skills.exists(code)) {
				throw DomainException.notFound("skill.notFound", code);
			}
		}
		List<ReviewRequest> created = new java.util.ArrayList<>();
		for (UUID mentorshipId : new LinkedHashSet<>(mentorshipIds)) {
			Mentorship mentorship = this.mentorships.find(mentorshipId)
				.filter((m) -> m.menteeId().equals(menteeId) && m.status() == MentorshipStatus.ACTIVE)
				.orElseThrow(() -> DomainException.notFound("mentorship.notFound"));
			UUID id = UUID.randomUUID();
			this.jdbc.sql("""
					insert into review_request (id, mentorship_id, skill_codes, note)
					values (:id, :mentorship, :codes, :note)
					""")
				.param("id", id)
				.param("mentorship", mentorshipId)
				.param("codes", codes.toArray(String[]::new))
				.param("note", (note == null || note.isBlank()) ? null : note.strip())
				.update();
			this.events.publishEvent(new ReviewRequested(id, menteeId, mentorship.mentorId(), codes));
			created.add(find(id));
		}
		return created;
	}

	/** The mentee's requests (open first, then the 50 newest closed). */
	public List<ReviewRequest> ofMentee(UUID menteeId) {
		return this.jdbc.sql(SELECT + """
				 where m.mentee_id = :mentee order by r.status <> 'open', r.created_at desc limit 100
				""").param("mentee", menteeId).query(ReviewRequests::map).list();
	}

	/** A mentor's requests from one mentee. */
	public List<ReviewRequest> between(UUID mentorId, UUID menteeId) {
		return this.jdbc.sql(SELECT + """
				 where m.mentee_id = :mentee and m.mentor_id = :mentor
				order by r.status <> 'open', r.created_at desc limit 100
				""").param("mentee", menteeId).param("mentor", mentorId).query(ReviewRequests::map).list();
	}

	/** Open requests to this mentor, counted per mentee, in one query. */
	public Map<UUID, Integer> openCounts(UUID mentorId) {
		Map<UUID, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select m.mentee_id, count(*) from review_request r join mentorship m on m.id = r.mentorship_id
				where m.mentor_id = :mentor and m.status = 'active' and r.status = 'open' group by m.mentee_id
				""").param("mentor", mentorId).query((rs) -> {
			counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		return counts;
	}

	/**
	 * The mentor validated a skill: requests naming it move on, and close when complete.
	 */
	@Transactional
	public void validated(UUID mentorId, UUID menteeId, String skillCode) {
		this.jdbc.sql("""
				update review_request r set validated_codes = array_append(validated_codes, cast(:code as varchar))
				from mentorship m
				where m.id = r.mentorship_id and m.mentor_id = :mentor and m.mentee_id = :mentee and r.status = 'open'
				  and :code = any(r.skill_codes) and not (:code = any(r.validated_codes))
				""").param("code", skillCode).param("mentor", mentorId).param("mentee", menteeId).update();
		this.jdbc.sql("""
				update review_request r set status = 'done', closed_at = now() from mentorship m
				where m.id = r.mentorship_id and m.mentor_id = :mentor and m.mentee_id = :mentee and r.status = 'open'
				  and r.skill_codes <@ r.validated_codes
				""").param("mentor", mentorId).param("mentee", menteeId).update();
	}

	/**
	 * The mentor marks a request of this mentee done, through their active mentorship
	 * with the mentee.
	 * @throws DomainException 404 unless the request is this mentee's, sent to this
	 * mentor through a mentorship that is still active; 409 unless open
	 */
	@Transactional
	public ReviewRequest markDone(UUID mentorId, UUID menteeId, UUID id) {
		return close(this.jdbc.sql(SELECT + """
				 where r.id = :id and m.mentee_id = :mentee and m.mentor_id = :mentor and m.status = 'active'
				for update of r
				""").param("id", id).param("mentee", menteeId).param("mentor", mentorId), "done");
	}

	/**
	 * The mentee withdraws one of their requests.
	 * @throws DomainException 404 unless the request is the mentee's; 409 unless open
	 */
	@Transactional
	public ReviewRequest withdraw(UUID menteeId, UUID id) {
		return close(this.jdbc.sql(SELECT + " where r.id = :id and m.mentee_id = :mentee for update of r")
			.param("id", id)
			.param("mentee", menteeId), "withdrawn");
	}

	private ReviewRequest close(JdbcClient.StatementSpec query, String status) {
		ReviewRequest request = query.query(ReviewRequests::map)
			.optional()
			.orElseThrow(() -> DomainException.notFound("reviewRequest.notFound"));
		if (!request.isOpen()) {
			throw DomainException.invalidTransition("status", "reviewRequest.closed");
		}
		this.jdbc.sql("update review_request set status = :status, closed_at = now() where id = :id")
			.param("status", status)
			.param("id", request.id())
			.update();
		return find(request.id());
	}

	private ReviewRequest find(UUID id) {
		return this.jdbc.sql(SELECT + " where r.id = :id").param("id", id).query(ReviewRequests::map).single();
	}

	private static ReviewRequest map(ResultSet rs, int row) throws SQLException {
		return new ReviewRequest(rs.getObject("id", UUID.class), rs.getObject("mentorship_id", UUID.class),
				rs.getObject("mentee_id", UUID.class), rs.getObject("mentor_id", UUID.class),
				strings(rs.getArray("skill_codes")), strings(rs.getArray("validated_codes")), rs.getString("note"),
				rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
				(rs.getTimestamp("closed_at") == null) ? null : rs.getTimestamp("closed_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

}

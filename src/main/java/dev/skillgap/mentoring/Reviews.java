package dev.skillgap.mentoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.access.AuditAction;
import dev.skillgap.access.AuditTrail;
import dev.skillgap.identity.Accounts;
import dev.skillgap.mentoring.MentorshipEvents.ReviewReplied;
import dev.skillgap.mentoring.MentorshipEvents.ReviewWithdrawn;
import dev.skillgap.mentoring.MentorshipEvents.ReviewWritten;
import dev.skillgap.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review notes on a mentee's progress, with replies. A mentor (active, checked by the
 * access policy before calling) writes reviews; the mentee and the review's mentor reply;
 * authors edit their own text, and every edit is kept (who, when, the text before). The
 * text is Markdown, stored as written; the UI renders it with a Markdown library that
 * never renders raw HTML.
 */
@Service
public class Reviews {

	private static final String COLUMNS = "r.id, r.mentee_id, r.author_id, r.author_name, r.parent_id, r.body, "
			+ "r.created_at, r.edited_at, r.edited_by, (select count(*) from mentor_review_edit e where e.review_id = r.id) as edits";

	/**
	 * Reviews and replies still shown: neither the review nor, for a reply, its review
	 * withdrawn.
	 */
	private static final String SHOWN = " r.withdrawn_at is null and (r.parent_id is null or not exists (select 1 from "
			+ "mentor_review p where p.id = r.parent_id and p.withdrawn_at is not null))";

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Reviews(JdbcClient jdbc, Accounts accounts, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
	}

	/** A mentor writes a review of the mentee (the caller checked the mentorship). */
	@Transactional
	public Review write(UUID mentorId, UUID menteeId, String body) {
		UUID id = insert(menteeId, mentorId, null, body);
		this.audit.record(menteeId, mentorId, AuditAction.REVIEW_WRITTEN, Map.of("review", id.toString()));
		this.events.publishEvent(new ReviewWritten(id, menteeId, mentorId));
		return find(id);
	}

	/**
	 * A reply to a review by the mentee, or by the mentor who wrote it while still active
	 * (the caller checked that).
	 * @throws DomainException 404 for a review that is not the mentee's (or is a reply)
	 */
	@Transactional
	public Review reply(UUID authorId, UUID menteeId, UUID reviewId, String body) {
		Review review = find(reviewId);
		if (!review.menteeId().equals(menteeId) || review.parentId() != null) {
			throw DomainException.notFound("review.notFound");
		}
		UUID recipient = authorId.equals(menteeId) ? review.authorId() : menteeId;
		UUID id = insert(menteeId, authorId, reviewId, body);
		if (recipient != null && !recipient.equals(authorId)) {
			this.events.publishEvent(new ReviewReplied(id, reviewId, menteeId, authorId, recipient));
		}
		return find(id);
	}

	/**
	 * The author edits their own review or reply; the previous text is kept.
	 * @throws DomainException 404 unless the caller wrote it (about this mentee)
	 */
	@Transactional
	public Review edit(UUID authorId, UUID menteeId, UUID reviewId, String body) {
		Review review = this.jdbc
			.sql("select " + COLUMNS + " from mentor_review r where r.id = :id and" + SHOWN + " for update of r")
			.param("id", reviewId)
			.query(Reviews::map)
			.optional()
			.filter((r) -> r.menteeId().equals(menteeId) && authorId.equals(r.authorId()))
			.orElseThrow(() -> DomainException.notFound("review.notFound"));
		if (review.body().equals(body)) {
			return find(reviewId);
		}
		this.jdbc.sql("""
				insert into mentor_review_edit (review_id, editor_id, editor_name, previous_body)
				values (:id, :editor, :name, :previous)
				""")
			.param("id", reviewId)
			.param("editor", authorId)
			.param("name", name(authorId))
			.param("previous", review.body())
			.update();
		this.jdbc.sql("update mentor_review set body = :body, edited_at = now(), edited_by = :editor where id = :id")
			.param("body", body)
			.param("editor", authorId)
			.param("id", reviewId)
			.update();
		if (!authorId.equals(menteeId)) {
			this.audit.record(menteeId, authorId, AuditAction.REVIEW_EDITED, Map.of("review", reviewId.toString()));
		}
		return find(reviewId);
	}

	/**
	 * The author withdraws a review (not a reply): it is no longer shown to either side,
	 * nor are its replies; the mentee's audit trail keeps it, and their notification of
	 * it says it was withdrawn.
	 * @throws DomainException 404 unless the caller wrote this review of this mentee and
	 * it is still shown
	 */
	@Transactional
	public void withdraw(UUID authorId, UUID menteeId, UUID reviewId) {
		int withdrawn = this.jdbc.sql("""
				update mentor_review set withdrawn_at = now(), withdrawn_by = :author
				where id = :id and mentee_id = :mentee and author_id = :author and parent_id is null
				  and withdrawn_at is null
				""").param("id", reviewId).param("mentee", menteeId).param("author", authorId).update();
		if (withdrawn == 0) {
			throw DomainException.notFound("review.notFound");
		}
		this.audit.record(menteeId, authorId, AuditAction.REVIEW_WITHDRAWN, Map.of("review", reviewId.toString()));
		this.events.publishEvent(new ReviewWithdrawn(reviewId, menteeId, authorId));
	}

	/**
	 * The mentee's reviews, newest first, each with its replies oldest first (two
	 * queries).
	 */
	public List<Review> of(UUID menteeId) {
		List<Review> all = this.jdbc
			.sql("select " + COLUMNS + " from mentor_review r where r.mentee_id = :mentee and" + SHOWN
					+ " order by r.created_at, r.id")
			.param("mentee", menteeId)
			.query(Reviews::map)
			.list();
		Map<UUID, List<Review>> replies = new LinkedHashMap<>();
		List<Review> reviews = new ArrayList<>();
		for (Review review : all) {
			if (review.parentId() == null) {
				reviews.add(review);
			}
			else {
				replies.computeIfAbsent(review.parentId(), (k) -> new ArrayList<>()).add(review);
			}
		}
		java.util.Collections.reverse(reviews);
		return reviews.stream()
			.map((review) -> review.withReplies(replies.getOrDefault(review.id(), List.of())))
			.toList();
	}

	/**
	 * The edits of one of the mentee's reviews or replies, oldest first.
	 * @throws DomainException 404 for a review that is not the mentee's
	 */
	public List<ReviewEdit> edits(UUID menteeId, UUID reviewId) {
		Review review = find(reviewId);
		if (!review.menteeId().equals(menteeId)) {
			throw DomainException.notFound("review.notFound");
		}
		return this.jdbc.sql("""
				select id, editor_id, editor_name, previous_body, edited_at from mentor_review_edit
				where review_id = :id order by edited_at, id
				""")
			.param("id", reviewId)
			.query((rs, row) -> new ReviewEdit(rs.getLong("id"), rs.getObject("editor_id", UUID.class),
					rs.getString("editor_name"), rs.getString("previous_body"),
					rs.getTimestamp("edited_at").toInstant()))
			.list();
	}

	public Review find(UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from mentor_review r where r.id = :id and" + SHOWN)
			.param("id", id)
			.query(Reviews::map)
			.optional()
			.orElseThrow(() -> DomainException.notFound("review.notFound"));
	}

	private UUID insert(UUID menteeId, UUID authorId, @org.jspecify.annotations.Nullable UUID parentId, String body) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into mentor_review (id, mentee_id, author_id, author_name, parent_id, body)
				values (:id, :mentee, :author, :name, :parent, :body)
				""")
			.param("id", id)
			.param("mentee", menteeId)
			.param("author", authorId)
			.param("name", name(authorId))
			.param("parent", parentId)
			.param("body", body)
			.update();
		return id;
	}

	private String name(UUID accountId) {
		return this.accounts.displayNames(List.of(accountId)).getOrDefault(accountId, "?");
	}

	private static Review map(ResultSet rs, int row) throws SQLException {
		return new Review(rs.getObject("id", UUID.class), rs.getObject("mentee_id", UUID.class),
				rs.getObject("author_id", UUID.class), rs.getString("author_name"),
				rs.getObject("parent_id", UUID.class), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
				(rs.getTimestamp("edited_at") == null) ? null : rs.getTimestamp("edited_at").toInstant(),
				rs.getObject("edited_by", UUID.class), rs.getInt("edits"), List.of());
	}

}

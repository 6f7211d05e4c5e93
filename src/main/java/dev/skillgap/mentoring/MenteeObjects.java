package dev.skillgap.mentoring;

import java.util.UUID;

import dev.skillgap.access.OwnedObjects;
import dev.skillgap.access.Owner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The objects that routes under {@code /api/mentees/{menteeId}} name, checked by the
 * access policy against the mentee the path names (see {@link OwnedObjects}).
 */
final class MenteeObjects {

	private MenteeObjects() {
	}

	/**
	 * A review request is reached by the mentor it was sent to, through the path of the
	 * mentee who sent it, while that mentorship is active: never through another mentee,
	 * nor after the mentorship ended.
	 */
	@Component
	static class ReviewRequestsOfMentee implements OwnedObjects {

		private final JdbcClient jdbc;

		ReviewRequestsOfMentee(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String ownerVariable() {
			return MentoringRelationships.PATH_VARIABLE;
		}

		@Override
		public String objectVariable() {
			return "requestId";
		}

		@Override
		public String notFound() {
			return "reviewRequest.notFound";
		}

		@Override
		public boolean belongs(Owner owner, UUID objectId) {
			return this.jdbc.sql("""
					select exists (select 1 from review_request r join mentorship m on m.id = r.mentorship_id
					  where r.id = :request and m.mentee_id = :mentee and m.mentor_id = :viewer and m.status = 'active')
					""")
				.param("request", objectId)
				.param("mentee", owner.ownerId())
				.param("viewer", owner.viewerId())
				.query(Boolean.class)
				.single();
		}

	}

	/**
	 * A review (or reply) about the mentee the path names; the mentor's active mentorship
	 * was checked with the path.
	 */
	@Component
	static class ReviewsOfMentee implements OwnedObjects {

		private final JdbcClient jdbc;

		ReviewsOfMentee(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String ownerVariable() {
			return MentoringRelationships.PATH_VARIABLE;
		}

		@Override
		public String objectVariable() {
			return "reviewId";
		}

		@Override
		public String notFound() {
			return "review.notFound";
		}

		@Override
		public boolean belongs(Owner owner, UUID objectId) {
			return this.jdbc
				.sql("select exists (select 1 from mentor_review where id = :review and mentee_id = :mentee)")
				.param("review", objectId)
				.param("mentee", owner.ownerId())
				.query(Boolean.class)
				.single();
		}

	}

}

package dev.skillgap.mentoring;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the mentoring module tells other modules (notifications). Each is published in the
 * transaction of the change and kept in the event publication registry. {@code offer}:
 * the mentor started the mentorship (events stored before offers existed read as false,
 * which they were).
 */
public final class MentorshipEvents {

	private MentorshipEvents() {
	}

	/**
	 * A learner invited a mentor; {@code mentorId} is null while no account has the email
	 * (then it is published again as {@link MentorInvited} once that address registers).
	 */
	public record MentorInvited(UUID mentorshipId, UUID menteeId, @Nullable UUID mentorId) {
	}

	/**
	 * A mentor offered to mentor someone; {@code menteeId} is null while no account has
	 * the email (then it is published again once that address registers).
	 */
	public record MentorOffered(UUID mentorshipId, UUID mentorId, @Nullable UUID menteeId) {
	}

	/**
	 * The invited side accepted (the mentor of an invitation, the learner of an offer).
	 */
	public record MentorshipAccepted(UUID mentorshipId, UUID menteeId, UUID mentorId, boolean offer) {
	}

	/** The invited side declined. */
	public record MentorshipDeclined(UUID mentorshipId, UUID menteeId, UUID mentorId, boolean offer) {
	}

	/**
	 * Either side ended it; {@code endedBy} is one of the two. {@code pending}: it had
	 * not been accepted (its inviter withdrew it).
	 */
	public record MentorshipEnded(UUID mentorshipId, @Nullable UUID menteeId, @Nullable UUID mentorId, UUID endedBy,
			boolean offer, boolean pending) {
	}

	/** A mentee asked a mentor to review some skills. */
	public record ReviewRequested(UUID requestId, UUID menteeId, UUID mentorId, List<String> skillCodes) {
	}

	/** A mentor wrote a review note on a mentee's progress. */
	public record ReviewWritten(UUID reviewId, UUID menteeId, UUID authorId) {
	}

	/**
	 * The author withdrew a review note; it is gone for both sides (kept on the trail).
	 */
	public record ReviewWithdrawn(UUID reviewId, UUID menteeId, UUID authorId) {
	}

	/**
	 * A reply to a review, by the mentee or the mentor; {@code recipientId} is the other.
	 */
	public record ReviewReplied(UUID replyId, UUID reviewId, UUID menteeId, UUID authorId, UUID recipientId) {
	}

}

package dev.skillgap.mentoring;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the mentoring module tells other modules (notifications). Each is published in the
 * transaction of the change and kept in the event publication registry.
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

	public record MentorshipAccepted(UUID mentorshipId, UUID menteeId, UUID mentorId) {
	}

	public record MentorshipDeclined(UUID mentorshipId, UUID menteeId, UUID mentorId) {
	}

	/** Either side ended it; {@code endedBy} is one of the two. */
	public record MentorshipEnded(UUID mentorshipId, UUID menteeId, @Nullable UUID mentorId, UUID endedBy) {
	}

	/** A mentee asked a mentor to review some skills. */
	public record ReviewRequested(UUID requestId, UUID menteeId, UUID mentorId, List<String> skillCodes) {
	}

	/** A mentor wrote a review note on a mentee's progress. */
	public record ReviewWritten(UUID reviewId, UUID menteeId, UUID authorId) {
	}

	/**
	 * A reply to a review, by the mentee or the mentor; {@code recipientId} is the other.
	 */
	public record ReviewReplied(UUID replyId, UUID reviewId, UUID menteeId, UUID authorId, UUID recipientId) {
	}

}

package dev.skillgap.mentoring;

import java.time.Instant;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A mentee's invitation of a mentor and, once accepted, the relationship. Moves pending
 * -> active (the invited mentor accepts) or declined; pending or active -> ended (either
 * side). Only an active mentorship gives the mentor access.
 *
 * @param mentorId the invited mentor's account, {@code null} while no account has the
 * invited email
 */
public record Mentorship(UUID id, UUID menteeId, @Nullable UUID mentorId, String invitedEmail, MentorshipStatus status,
		Instant createdAt, @Nullable Instant acceptedAt, @Nullable Instant endedAt) {

	public boolean involves(UUID accountId) {
		return this.menteeId.equals(accountId) || accountId.equals(this.mentorId);
	}

	public boolean isMentor(UUID accountId) {
		return accountId.equals(this.mentorId);
	}

	/** What the caller may do: only the invited mentor accepts a pending invitation. */
	public void checkAccept(UUID caller) {
		// a declined or ended mentorship is history: there is nothing left to act on
		if (!isMentor(caller) || !this.status.isOpen()) {
			throw DomainException.notFound("mentorship.notFound");
		}
		if (this.status != MentorshipStatus.PENDING) {
			throw DomainException.invalidTransition("status", "mentorship.notPending");
		}
	}

	/** Only the invited mentor declines a pending invitation. */
	public void checkDecline(UUID caller) {
		checkAccept(caller);
	}

	/** Either side ends a pending or active mentorship. */
	public void checkEnd(UUID caller) {
		if (!involves(caller) || !this.status.isOpen()) {
			throw DomainException.notFound("mentorship.notFound");
		}
	}

}

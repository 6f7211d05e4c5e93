package dev.skillgap.mentoring;

import java.time.Instant;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to mentor and, once accepted, the relationship. Either side starts it: a
 * learner invites a mentor by email ({@code offer} false), or a mentor offers to mentor
 * someone by email ({@code offer} true). Moves pending -> active (the invited side
 * accepts) or declined (the invited side declines); pending or active -> ended (either
 * side; a pending one ended by its inviter is withdrawn). Only an active mentorship gives
 * the mentor access.
 *
 * @param menteeId the learner's account, {@code null} while an offer waits for its
 * address to register
 * @param mentorId the mentor's account, {@code null} while an invitation waits for its
 * address to register
 * @param invitedEmail the address the inviter typed (lower case)
 * @param offer whether the mentor started it
 */
public record Mentorship(UUID id, @Nullable UUID menteeId, @Nullable UUID mentorId, String invitedEmail,
		MentorshipStatus status, Instant createdAt, @Nullable Instant acceptedAt, @Nullable Instant endedAt,
		boolean offer) {

	public boolean involves(UUID accountId) {
		return accountId.equals(this.menteeId) || accountId.equals(this.mentorId);
	}

	public boolean isMentor(UUID accountId) {
		return accountId.equals(this.mentorId);
	}

	/** The side that started it: the mentor of an offer, the learner of an invitation. */
	public @Nullable UUID inviterId() {
		return this.offer ? this.mentorId : this.menteeId;
	}

	/**
	 * The side that was asked, {@code null} while no account has the invited address.
	 */
	public @Nullable UUID invitedId() {
		return this.offer ? this.menteeId : this.mentorId;
	}

	public boolean isInviter(UUID accountId) {
		return accountId.equals(inviterId());
	}

	/**
	 * Whether the caller may see who the other side is: once it is active (or was), or
	 * when the caller is the one who was asked. Until then the inviter sees only the
	 * address they typed, so an invitation tells nobody who has an account.
	 */
	public boolean revealsOtherSideTo(UUID caller) {
		return this.acceptedAt != null || !isInviter(caller);
	}

	/** What the caller may do: only the invited side accepts a pending invitation. */
	public void checkAccept(UUID caller) {
		// a declined or ended mentorship is history: there is nothing left to act on
		if (!caller.equals(invitedId()) || !this.status.isOpen()) {
			throw DomainException.notFound("mentorship.notFound");
		}
		if (this.status != MentorshipStatus.PENDING) {
			throw DomainException.invalidTransition("status", "mentorship.notPending");
		}
	}

	/** Only the invited side declines a pending invitation. */
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

package dev.skillgap.teams;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the teams module tells other modules (notifications). Each is published in the
 * transaction of the change and kept in the event publication registry.
 */
public final class TeamEvents {

	private TeamEvents() {
	}

	/**
	 * A lead invited someone; {@code accountId} is null while no account has the email
	 * (then it is published again once that address registers).
	 */
	public record TeamInvited(UUID membershipId, UUID teamId, @Nullable UUID accountId, UUID invitedBy, String role) {
	}

	/** The invited person accepted and is now an active member (or lead). */
	public record TeamJoined(UUID membershipId, UUID teamId, UUID accountId) {
	}

	public record TeamInvitationDeclined(UUID membershipId, UUID teamId, UUID accountId) {
	}

	/** A member left ({@code endedBy} is the member) or a lead removed them. */
	public record TeamMemberEnded(UUID membershipId, UUID teamId, UUID accountId, UUID endedBy) {
	}

	/**
	 * A lead proposed a target role to a member (null: withdrew the proposal) at
	 * {@code proposedAt}.
	 */
	public record TargetRoleProposed(UUID teamId, UUID accountId, @Nullable String roleCode, UUID proposedBy,
			Instant proposedAt) {
	}

	/**
	 * A lead deleted the team: the other people who were on it (active members and
	 * leads), told by name since the team is gone.
	 */
	public record TeamDeleted(UUID teamId, String name, UUID deletedBy, List<UUID> accountIds) {
	}

	/**
	 * A lead asked members to reassess skills whose assessments have gone stale: each
	 * member only about their own ({@code asked}; {@code null} in events stored before it
	 * existed: every member about every skill).
	 */
	public record ReassessmentRequested(UUID requestId, UUID teamId, UUID requestedBy, List<UUID> memberIds,
			List<String> skillCodes, @Nullable List<Asked> asked) {
	}

	/** What one member was asked to reassess. */
	public record Asked(UUID memberId, List<String> skillCodes) {
	}

	/**
	 * A lead withdrew a pending invitation; {@code accountId} is null when no account had
	 * the address.
	 */
	public record TeamInvitationWithdrawn(UUID membershipId, UUID teamId, @Nullable UUID accountId, UUID withdrawnBy) {
	}

}

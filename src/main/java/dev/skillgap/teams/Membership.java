package dev.skillgap.teams;

import java.time.Instant;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to a team and, once accepted, the membership, with the rules of who may
 * change it ({@link MembershipStatus} for the moves between statuses). A team always
 * keeps at least one active lead: the last one can neither leave, be removed nor be
 * demoted ({@code team.lastLead}, 409).
 *
 * @param accountId the invited person's account, {@code null} while no account has the
 * invited email (the invitation waits for that address to register)
 * @param invitedEmail the address the lead invited
 * @param targetRole the member's target role on this team, or null
 * @param targetSource {@code own} or {@code lead}, null with no target role
 */
public record Membership(UUID id, UUID teamId, @Nullable UUID accountId, @Nullable String invitedEmail, TeamRole role,
		MembershipStatus status, @Nullable UUID invitedBy, Instant createdAt, @Nullable Instant answeredAt,
		@Nullable Instant endedAt, @Nullable String targetRole, @Nullable String targetSource) {

	public static final String OWN = "own";

	public static final String LEAD = "lead";

	public boolean isLead() {
		return this.role == TeamRole.LEAD;
	}

	public boolean isActive() {
		return this.status == MembershipStatus.ACTIVE;
	}

	public boolean isInvitee(UUID accountId) {
		return accountId.equals(this.accountId);
	}

	/**
	 * Only the invited person answers an invitation, once. A membership that is history
	 * (declined, left, removed) or someone else's is not there for the caller (404); an
	 * active one is answered already (409).
	 */
	public void checkAnswer(UUID caller) {
		if (!isInvitee(caller) || !this.status.isOpen()) {
			throw DomainException.notFound("team.invitationNotFound");
		}
		if (this.status != MembershipStatus.PENDING) {
			throw DomainException.invalidTransition("status", "team.notPending");
		}
	}

	/**
	 * Whether this change would leave the team with no active lead.
	 * @param activeLeads the team's active leads now (this one included if it is one)
	 */
	public boolean isLastLead(long activeLeads) {
		return isActive() && isLead() && activeLeads <= 1;
	}

	/**
	 * Who may end an active membership: a lead ends anyone's, a member only their own
	 * (leaving); never the last lead's.
	 * @param caller who asks
	 * @param callerIsLead whether the caller is an active lead of the team
	 * @param activeLeads the team's active leads now
	 * @return the status the membership ends in: {@code left} when the member ends their
	 * own, {@code removed} when a lead ends someone else's
	 * @throws DomainException 403 ({@code team.leadsOnly.remove}) for a member ending
	 * another's, 409 ({@code team.lastLead}) for the last lead
	 */
	public MembershipStatus end(UUID caller, boolean callerIsLead, long activeLeads) {
		boolean own = isInvitee(caller);
		checkMayEnd(caller, callerIsLead, this.accountId);
		if (!isActive()) {
			throw DomainException.notFound("team.memberNotFound");
		}
		if (isLastLead(activeLeads)) {
			throw DomainException.conflict("memberId", "team.lastLead");
		}
		return own ? MembershipStatus.LEFT : MembershipStatus.REMOVED;
	}

	/**
	 * The authority part of {@link #end}, checked before the membership is looked up: a
	 * member may only end their own.
	 */
	public static void checkMayEnd(UUID caller, boolean callerIsLead, @Nullable UUID member) {
		if (!callerIsLead && !caller.equals(member)) {
			throw DomainException.forbidden("team.leadsOnly.remove");
		}
	}

	/**
	 * A lead changes a member's role; demoting the last lead is refused.
	 * @return whether anything changes
	 * @throws DomainException 409 ({@code team.lastLead}) when demoting the last lead
	 */
	public boolean changeRole(TeamRole next, long activeLeads) {
		if (!isActive()) {
			throw DomainException.notFound("team.memberNotFound");
		}
		if (next == this.role) {
			return false;
		}
		if (next == TeamRole.MEMBER && isLastLead(activeLeads)) {
			throw DomainException.conflict("role", "team.lastLead");
		}
		return true;
	}

	/**
	 * Who may set a member's target role, checked before the member or the role is looked
	 * up: a lead for anyone, a member for themself only.
	 * @return the source the target role gets: {@code own} for one's own, {@code lead}
	 * when a lead sets another's
	 * @throws DomainException 403 ({@code team.ownTargetOnly}) for a member setting
	 * another's
	 */
	public static String targetSource(UUID caller, boolean callerIsLead, UUID member) {
		if (caller.equals(member)) {
			return OWN;
		}
		if (!callerIsLead) {
			throw DomainException.forbidden("team.ownTargetOnly");
		}
		return LEAD;
	}

}

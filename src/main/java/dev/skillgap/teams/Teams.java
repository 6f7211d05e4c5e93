package dev.skillgap.teams;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.access.Audience;
import dev.skillgap.access.AuditAction;
import dev.skillgap.access.AuditTrail;
import dev.skillgap.identity.AccountCreated;
import dev.skillgap.identity.AccountDeleted;
import dev.skillgap.identity.AccountView;
import dev.skillgap.identity.Accounts;
import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.LocalizedText;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.teams.TeamEvents.TargetRoleProposed;
import dev.skillgap.teams.TeamEvents.TeamDeleted;
import dev.skillgap.teams.TeamEvents.TeamInvitationDeclined;
import dev.skillgap.teams.TeamEvents.TeamInvited;
import dev.skillgap.teams.TeamEvents.TeamJoined;
import dev.skillgap.teams.TeamEvents.TeamMemberEnded;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teams and their memberships: create, rename, delete; invite by email (an address with
 * no account waits until it registers), withdraw, accept, decline; leave and remove;
 * promote and demote; target roles. Every change of a membership is published as a
 * {@link TeamEvents} event (notifications) and recorded on the person's audit trail in
 * the same transaction. Changes to one team's memberships are serialized on the team's
 * row, so that two leads leaving at once cannot leave the team without a lead.
 */
@Service
public class Teams {

	private final TeamRepository repository;

	private final TeamRoster roster;

	private final Accounts accounts;

	private final RoleCatalog roles;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	Teams(TeamRepository repository, TeamRoster roster, Accounts accounts, RoleCatalog roles, AuditTrail audit,
			ApplicationEventPublisher events) {
		this.repository = repository;
		this.roster = roster;
		this.accounts = accounts;
		this.roles = roles;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Creates a team; its creator is its first active lead.
	 * @throws DomainException 409 ({@code name}) when the creator already created a team
	 * of that name (ignoring case)
	 */
	@Transactional
	public TeamSummary create(UUID creator, String name) {
		UUID id = UUID.randomUUID();
		String stripped = name(name);
		if (!this.repository.insertTeam(id, stripped, creator)) {
			throw DomainException.conflict("name", "team.nameTaken", stripped);
		}
		this.repository.insertMembership(UUID.randomUUID(), id, creator, null, TeamRole.LEAD, MembershipStatus.ACTIVE,
				null);
		return this.repository.summary(id, creator).orElseThrow();
	}

	/** The caller's teams (active memberships), by name. */
	public List<TeamSummary> mine(UUID viewer) {
		return this.repository.summaries(viewer);
	}

	/** The team as the viewer sees it in a list. */
	public TeamSummary summary(Audience team) {
		return this.repository.summary(team.groupId(), team.viewerId())
			.orElseThrow(() -> DomainException.notFound("group.notFound"));
	}

	/**
	 * The team's people as the viewer may see them: a lead every active member and lead,
	 * a member only the leads (members see the team's aggregates, not who is on it).
	 */
	public List<TeamMember> people(Audience team) {
		List<TeamMember> members = this.roster.targets(team.groupId());
		return team.isLead() ? members : members.stream().filter(TeamMember::isLead).toList();
	}

	/** The team's pending invitations: for leads, none for members. */
	public List<TeamInvitation> invitations(Audience team) {
		return team.isLead() ? this.repository.pendingOfTeam(team.groupId()) : List.of();
	}

	/**
	 * A lead renames the team.
	 * @throws DomainException 409 ({@code name}) when the team's creator created another
	 * team of that name
	 */
	@Transactional
	public void rename(Audience team, String name) {
		team.requireLead();
		String stripped = name(name);
		if (!this.repository.rename(team.groupId(), stripped)) {
			throw DomainException.conflict("name", "team.nameTaken", stripped);
		}
	}

	/**
	 * A lead deletes the team with its memberships, targets and requests; everyone else
	 * who was on it finds it on their trail and is told.
	 */
	@Transactional
	public void delete(Audience team) {
		team.requireLead();
		Map<String, String> detail = this.repository.auditDetail(team.groupId());
		List<UUID> others = this.repository.activeAccounts(team.groupId())
			.stream()
			.filter((account) -> !account.equals(team.viewerId()))
			.toList();
		this.repository.deleteTeam(team.groupId());
		this.audit.recordAll(others, team.viewerId(), AuditAction.TEAM_DELETED, detail);
		this.events.publishEvent(new TeamDeleted(team.groupId(), detail.get("name_en"), team.viewerId(), others));
	}

	/**
	 * A lead invites someone by email, as a member or a lead.
	 * @throws DomainException 403 for a member; 400 ({@code role}) for an unknown role;
	 * 409 ({@code email}) when that person is on the team ({@code team.alreadyMember}) or
	 * invited already ({@code team.alreadyInvited})
	 */
	@Transactional
	public TeamInvitation invite(Audience team, String email, @Nullable String role) {
		team.requireLead();
		TeamRole invitedAs = (role == null) ? TeamRole.MEMBER
				: TeamRole.find(role).orElseThrow(() -> DomainException.invalid("role", "team.roleInvalid"));
		String address = email.strip();
		this.repository.lockTeam(team.groupId());
		UUID accountId = this.accounts.findByEmail(address).map(AccountView::id).orElse(null);
		Optional<Membership> open = (accountId != null) ? this.repository.openOf(team.groupId(), accountId)
				: this.repository.waitingFor(team.groupId(), address);
		open.ifPresent((existing) -> {
			throw DomainException.conflict("email", existing.isActive() ? "team.alreadyMember" : "team.alreadyInvited");
		});
		UUID id = UUID.randomUUID();
		if (!this.repository.insertMembership(id, team.groupId(), accountId, address.toLowerCase(Locale.ROOT),
				invitedAs, MembershipStatus.PENDING, team.viewerId())) {
			throw DomainException.conflict("email", "team.alreadyInvited");
		}
		if (accountId != null) {
			this.audit.record(accountId, team.viewerId(), AuditAction.TEAM_INVITED,
					this.repository.auditDetail(team.groupId()));
		}
		this.events.publishEvent(new TeamInvited(id, team.groupId(), accountId, team.viewerId(), invitedAs.code()));
		return this.repository.invitation(id).orElseThrow();
	}

	/**
	 * A lead withdraws a pending invitation of the team: kept on the invited person's
	 * trail, and their notification of it says it was withdrawn.
	 * @throws DomainException 403 for a member; 404 unless it is a pending invitation of
	 * this team
	 */
	@Transactional
	public void withdraw(Audience team, UUID invitationId) {
		team.requireLead();
		Membership invitation = this.repository.lock(invitationId)
			.filter((m) -> m.teamId().equals(team.groupId()) && m.status() == MembershipStatus.PENDING)
			.orElseThrow(() -> DomainException.notFound("team.invitationNotFound"));
		this.repository.setStatus(invitation.id(), MembershipStatus.REMOVED, team.viewerId());
		if (invitation.accountId() != null) {
			this.audit.record(invitation.accountId(), team.viewerId(), AuditAction.TEAM_INVITATION_WITHDRAWN,
					this.repository.auditDetail(team.groupId()));
		}
		this.events.publishEvent(new TeamEvents.TeamInvitationWithdrawn(invitation.id(), team.groupId(),
				invitation.accountId(), team.viewerId()));
	}

	/** The caller's pending invitations, newest first. */
	public List<TeamInvitation> myInvitations(UUID accountId) {
		return this.repository.pendingOf(accountId);
	}

	/**
	 * The invited person accepts and becomes an active member (or lead); someone who
	 * rejoins gets back the target role they had on the team when they left.
	 * @throws DomainException 404 unless the caller's open invitation; 409 when already
	 * accepted
	 */
	@Transactional
	public TeamSummary accept(UUID caller, UUID invitationId) {
		Membership invitation = lockInvitation(caller, invitationId);
		this.repository.setStatus(invitation.id(), MembershipStatus.ACTIVE, caller);
		this.repository.restoreTargetRole(invitation.id());
		this.audit.record(caller, caller, AuditAction.TEAM_JOINED, this.repository.auditDetail(invitation.teamId()));
		this.events.publishEvent(new TeamJoined(invitation.id(), invitation.teamId(), caller));
		return this.repository.summary(invitation.teamId(), caller).orElseThrow();
	}

	/**
	 * The invited person declines.
	 * @throws DomainException as {@link #accept}
	 */
	@Transactional
	public void decline(UUID caller, UUID invitationId) {
		Membership invitation = lockInvitation(caller, invitationId);
		this.repository.setStatus(invitation.id(), MembershipStatus.DECLINED, caller);
		this.audit.record(caller, caller, AuditAction.TEAM_DECLINED, this.repository.auditDetail(invitation.teamId()));
		this.events.publishEvent(new TeamInvitationDeclined(invitation.id(), invitation.teamId(), caller));
	}

	private Membership lockInvitation(UUID caller, UUID invitationId) {
		Membership found = this.repository.find(invitationId)
			.orElseThrow(() -> DomainException.notFound("team.invitationNotFound"));
		found.checkAnswer(caller);
		this.repository.lockTeam(found.teamId());
		Membership invitation = this.repository.lock(invitationId)
			.orElseThrow(() -> DomainException.notFound("team.invitationNotFound"));
		invitation.checkAnswer(caller);
		return invitation;
	}

	/**
	 * A member leaves, or a lead removes a member (or another lead).
	 * @throws DomainException 403 for a member removing someone else (checked first); 404
	 * when that person is not an active member; 409 ({@code team.lastLead}) for the last
	 * lead
	 */
	@Transactional
	public void end(Audience team, UUID memberId) {
		Membership.checkMayEnd(team.viewerId(), team.isLead(), memberId);
		this.repository.lockTeam(team.groupId());
		Membership membership = activeMembership(team.groupId(), memberId);
		MembershipStatus ended = membership.end(team.viewerId(), team.isLead(),
				this.repository.activeLeads(team.groupId()));
		this.repository.setStatus(membership.id(), ended, team.viewerId());
		this.audit.record(memberId, team.viewerId(),
				(ended == MembershipStatus.LEFT) ? AuditAction.TEAM_LEFT : AuditAction.TEAM_REMOVED,
				this.repository.auditDetail(team.groupId()));
		this.events.publishEvent(new TeamMemberEnded(membership.id(), team.groupId(), memberId, team.viewerId()));
	}

	/**
	 * A lead makes a member a lead, or a lead a member.
	 * @throws DomainException 403 for a member; 400 ({@code role}) for an unknown role;
	 * 404 when that person is not an active member; 409 ({@code team.lastLead}) when
	 * demoting the last lead
	 */
	@Transactional
	public TeamMember changeRole(Audience team, UUID memberId, String role) {
		team.requireLead();
		TeamRole next = TeamRole.find(role).orElseThrow(() -> DomainException.invalid("role", "team.roleInvalid"));
		this.repository.lockTeam(team.groupId());
		Membership membership = activeMembership(team.groupId(), memberId);
		if (membership.changeRole(next, this.repository.activeLeads(team.groupId()))) {
			this.repository.setRole(membership.id(), next);
			this.audit.record(memberId, team.viewerId(),
					(next == TeamRole.LEAD) ? AuditAction.TEAM_PROMOTED : AuditAction.TEAM_DEMOTED,
					this.repository.auditDetail(team.groupId()));
		}
		return member(team.groupId(), memberId);
	}

	/**
	 * Sets (or, with null, clears) a member's target role on the team: a lead for anyone
	 * (source {@code lead}; a lead's own: {@code own}), a member for themself (source
	 * {@code own}). The caller's authority is checked first, then the member, then the
	 * role.
	 * @throws DomainException 403 for a member setting another's; 404 when that person is
	 * not an active member; 400 ({@code roleCode}) for an unknown or retired role
	 */
	@Transactional
	public TeamMember setTargetRole(Audience team, UUID memberId, @Nullable String roleCode) {
		String source = Membership.targetSource(team.viewerId(), team.isLead(), memberId);
		Membership membership = activeMembership(team.groupId(), memberId);
		String code = (roleCode == null || roleCode.isBlank()) ? null : roleCode.strip();
		if (code != null && this.roles.find(code).isEmpty()) {
			throw DomainException.invalid("roleCode", "team.roleUnknown", code);
		}
		this.repository.setTargetRole(membership.id(), code, (code == null) ? null : source);
		if (Membership.LEAD.equals(source)) {
			Map<String, String> detail = new HashMap<>(this.repository.auditDetail(team.groupId()));
			if (code != null) {
				LocalizedText name = this.roles.name(code);
				detail.put("roleCode", code);
				detail.put("role_en", name.en());
				detail.put("role_ja", name.ja());
			}
			this.audit.record(memberId, team.viewerId(), AuditAction.TARGET_ROLE_PROPOSED, detail);
			this.events
				.publishEvent(new TargetRoleProposed(team.groupId(), memberId, code, team.viewerId(), Instant.now()));
		}
		return member(team.groupId(), memberId);
	}

	/** A team's name, for modules that tell people about it (no access check). */
	public Optional<String> name(UUID teamId) {
		return this.repository.name(teamId);
	}

	/**
	 * An invitation or membership whatever its status, for modules that tell people about
	 * it (the invited email of an invitation waiting for its address). No access check.
	 */
	public Optional<Membership> membership(UUID id) {
		return this.repository.find(id);
	}

	/** Invitations waiting for this address go to the account that registered it. */
	@ApplicationModuleListener(id = "teams.account-created")
	public void on(AccountCreated created) {
		AccountView account = this.accounts.find(created.accountId());
		for (Membership claimed : this.repository.claim(account.id(), account.email())) {
			if (claimed.invitedBy() != null) {
				this.audit.record(account.id(), claimed.invitedBy(), AuditAction.TEAM_INVITED,
						this.repository.auditDetail(claimed.teamId()));
			}
			this.events.publishEvent(new TeamInvited(claimed.id(), claimed.teamId(), account.id(),
					(claimed.invitedBy() != null) ? claimed.invitedBy() : account.id(), claimed.role().code()));
		}
	}

	/**
	 * A deleted account's memberships went with it; a team it was the last lead of gets
	 * its longest-standing active member as lead, and a team left with nobody active is
	 * deleted (its pending invitations with it).
	 */
	@ApplicationModuleListener(id = "teams.account-deleted")
	public void on(AccountDeleted deleted) {
		for (UUID team : this.repository.leaderless()) {
			Optional<Membership> next = this.repository.longestStanding(team);
			if (next.isPresent()) {
				this.repository.setRole(next.get().id(), TeamRole.LEAD);
			}
			else {
				this.repository.deleteTeam(team);
			}
		}
	}

	/**
	 * A team's name without surrounding white space of any kind.
	 * @throws DomainException 400 ({@code name}) when nothing is left
	 */
	private static String name(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			throw DomainException.invalid("name", "team.nameBlank");
		}
		return stripped;
	}

	private Membership activeMembership(UUID teamId, UUID memberId) {
		return this.repository.openOf(teamId, memberId)
			.filter(Membership::isActive)
			.orElseThrow(() -> DomainException.notFound("team.memberNotFound"));
	}

	private TeamMember member(UUID teamId, UUID memberId) {
		return this.roster.target(teamId, memberId).orElseThrow();
	}

}

package dev.skillgap.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.identity.Accounts;
import dev.skillgap.platform.LocalizedText;
import dev.skillgap.platform.Message;
import dev.skillgap.platform.MessageRenderer;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.teams.Membership;
import dev.skillgap.teams.MembershipStatus;
import dev.skillgap.teams.TeamEvents.Asked;
import dev.skillgap.teams.TeamEvents.ReassessmentRequested;
import dev.skillgap.teams.TeamEvents.TargetRoleProposed;
import dev.skillgap.teams.TeamEvents.TeamDeleted;
import dev.skillgap.teams.TeamEvents.TeamInvitationDeclined;
import dev.skillgap.teams.TeamEvents.TeamInvitationWithdrawn;
import dev.skillgap.teams.TeamEvents.TeamInvited;
import dev.skillgap.teams.TeamEvents.TeamJoined;
import dev.skillgap.teams.TeamEvents.TeamMemberEnded;
import dev.skillgap.teams.TeamRoster;
import dev.skillgap.teams.Teams;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events of the teams module into notifications (and their mail), after the
 * publishing transaction committed, in a transaction of their own; keyed by recipient,
 * kind and source (the membership, the request...) so that an event delivered twice gives
 * one. {@code {1}} of each text is the team's name, {@code {3}} the role or the skills.
 * The listener ids are fixed (the registry stores them with undelivered publications).
 */
@Component
class TeamNotificationListeners {

	static final String TEAMS = "/teams";

	private final Notifier notifier;

	private final NotificationMail mail;

	private final Teams teams;

	private final TeamRoster roster;

	private final RoleCatalog roles;

	private final SkillCatalog skills;

	private final MessageRenderer renderer;

	private final Accounts accounts;

	TeamNotificationListeners(Notifier notifier, NotificationMail mail, Teams teams, TeamRoster roster,
			RoleCatalog roles, SkillCatalog skills, MessageRenderer renderer, Accounts accounts) {
		this.notifier = notifier;
		this.mail = mail;
		this.teams = teams;
		this.roster = roster;
		this.roles = roles;
		this.skills = skills;
		this.renderer = renderer;
		this.accounts = accounts;
	}

	/**
	 * To the invited person; while no account has the address, an invitation to register
	 * by mail instead (when mail is configured; sent again if the event is).
	 */
	@ApplicationModuleListener(id = "notifications.team-invited")
	void on(TeamInvited event) {
		if (event.accountId() == null) {
			this.teams.membership(event.membershipId())
				.filter((m) -> m.accountId() == null && m.status() == MembershipStatus.PENDING
						&& m.invitedEmail() != null)
				.filter((m) -> this.accounts.displayNames(List.of(event.invitedBy())).containsKey(event.invitedBy()))
				.ifPresent(
						(m) -> this.mail.inviteToTeam(m.invitedEmail(), event.invitedBy(), teamName(event.teamId())));
			return;
		}
		this.notifier.notify(event.accountId(), NotificationKind.TEAM_INVITED, event.invitedBy(), team(event.teamId()),
				TEAMS, event.membershipId());
	}

	/** To the team's other leads. */
	@ApplicationModuleListener(id = "notifications.team-joined")
	void on(TeamJoined event) {
		this.notifier.notifyAll(otherLeads(event.teamId(), event.accountId()), NotificationKind.TEAM_JOINED,
				event.accountId(), team(event.teamId()), teamLink(event.teamId()), event.membershipId());
	}

	/** To the lead who invited (unless their account is gone). */
	@ApplicationModuleListener(id = "notifications.team-declined")
	void on(TeamInvitationDeclined event) {
		this.teams.membership(event.membershipId())
			.map(Membership::invitedBy)
			.ifPresent((lead) -> this.notifier.notify(lead, NotificationKind.TEAM_DECLINED, event.accountId(),
					team(event.teamId()), teamLink(event.teamId()), event.membershipId()));
	}

	/**
	 * A member who left: to the team's leads; a member a lead removed: to the member.
	 */
	@ApplicationModuleListener(id = "notifications.team-member-ended")
	void on(TeamMemberEnded event) {
		if (event.endedBy().equals(event.accountId())) {
			this.notifier.notifyAll(otherLeads(event.teamId(), event.accountId()), NotificationKind.TEAM_LEFT,
					event.accountId(), team(event.teamId()), teamLink(event.teamId()), event.membershipId());
		}
		else {
			this.notifier.notify(event.accountId(), NotificationKind.TEAM_REMOVED, event.endedBy(),
					team(event.teamId()), TEAMS, event.membershipId());
		}
	}

	/** To everyone else who was on the team (by the name it had: the team is gone). */
	@ApplicationModuleListener(id = "notifications.team-deleted")
	void on(TeamDeleted event) {
		this.notifier.notifyAll(event.accountIds(), NotificationKind.TEAM_DELETED, event.deletedBy(),
				Map.of(Notification.NAME_EN, event.name(), Notification.NAME_JA, event.name()), TEAMS, event.teamId());
	}

	/** To the member (not when the lead cleared the target role). */
	@ApplicationModuleListener(id = "notifications.target-role-proposed")
	void on(TargetRoleProposed event) {
		if (event.roleCode() == null || event.accountId().equals(event.proposedBy())) {
			return;
		}
		Map<String, String> arguments = new HashMap<>(team(event.teamId()));
		LocalizedText role = this.roles.name(event.roleCode());
		arguments.put(Notification.DETAIL_EN, role.in(Locale.ENGLISH));
		arguments.put(Notification.DETAIL_JA, role.in(Locale.JAPANESE));
		arguments.put("roleCode", event.roleCode());
		this.notifier.notify(event.accountId(), NotificationKind.TARGET_ROLE_PROPOSED, event.proposedBy(), arguments,
				teamLink(event.teamId()), event.teamId() + "/" + event.accountId() + "@" + event.proposedAt());
	}

	/**
	 * To each member asked, with only their own skills to reassess; the link opens the
	 * skills page on exactly those.
	 */
	@ApplicationModuleListener(id = "notifications.reassessment-requested")
	void on(ReassessmentRequested event) {
		List<Asked> asked = (event.asked() != null) ? event.asked()
				: event.memberIds().stream().map((member) -> new Asked(member, event.skillCodes())).toList();
		for (Asked ask : asked) {
			Map<String, String> arguments = new HashMap<>(team(event.teamId()));
			List<LocalizedText> names = ask.skillCodes().stream().map(this.skills::name).toList();
			arguments.put(Notification.DETAIL_EN, list(names, Locale.ENGLISH));
			arguments.put(Notification.DETAIL_JA, list(names, Locale.JAPANESE));
			arguments.put("skillCodes", String.join(",", ask.skillCodes()));
			this.notifier.notify(ask.memberId(), NotificationKind.REASSESSMENT_REQUESTED, event.requestedBy(),
					arguments, NotificationListeners.SKILLS + "?reassess=" + event.requestId(), event.requestId());
		}
	}

	/**
	 * The invitation a lead withdrew: the invited person's notification of it says so.
	 */
	@ApplicationModuleListener(id = "notifications.team-invitation-withdrawn")
	void on(TeamInvitationWithdrawn event) {
		if (event.accountId() != null) {
			this.notifier.withdraw(event.accountId(), NotificationKind.TEAM_INVITED, event.withdrawnBy(),
					team(event.teamId()), TEAMS, event.membershipId());
		}
	}

	private List<UUID> otherLeads(UUID teamId, UUID accountId) {
		return this.roster.leads(teamId).stream().filter((lead) -> !lead.equals(accountId)).toList();
	}

	private Map<String, String> team(UUID teamId) {
		String name = teamName(teamId);
		return Map.of(Notification.NAME_EN, name, Notification.NAME_JA, name, "teamId", teamId.toString());
	}

	private String teamName(UUID teamId) {
		return this.teams.name(teamId).orElse("?");
	}

	private static String teamLink(UUID teamId) {
		return TEAMS + "/" + teamId;
	}

	private String list(List<LocalizedText> names, Locale locale) {
		return this.renderer.render(Message.list(names.stream().map((name) -> name.in(locale)).toList()), locale);
	}

}

package dev.skillgap.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.skillgap.certifications.CertificationExpiring;
import dev.skillgap.certifications.Certifications;
import dev.skillgap.cycles.ReassessmentReminder;
import dev.skillgap.learning.CertificationValidity;
import dev.skillgap.platform.LocalizedText;
import dev.skillgap.platform.Message;
import dev.skillgap.platform.MessageRenderer;
import dev.skillgap.platform.Secrets;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.teams.CoverageChanged;
import dev.skillgap.teams.TeamRoster;
import dev.skillgap.teams.Teams;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns reminders into notifications (and their mail or digest): skills due or overdue
 * for reassessment (to the member, and to the team's leads once overdue for a while),
 * certifications expiring or expired (to the holder, with the catalog's renewal path), a
 * team's coverage met or lost (to its leads). Keyed by recipient, kind and source, so an
 * event delivered twice gives one notification. The listener ids are fixed.
 */
@Component
class ReminderNotificationListeners {

	static final String SKILLS = "/reassessments";

	static final String CERTIFICATIONS = "/certifications";

	private final Notifier notifier;

	private final SkillCatalog skills;

	private final Teams teams;

	private final TeamRoster roster;

	private final Certifications certifications;

	private final MessageRenderer renderer;

	ReminderNotificationListeners(Notifier notifier, SkillCatalog skills, Teams teams, TeamRoster roster,
			Certifications certifications, MessageRenderer renderer) {
		this.notifier = notifier;
		this.skills = skills;
		this.teams = teams;
		this.roster = roster;
		this.certifications = certifications;
		this.renderer = renderer;
	}

	@ApplicationModuleListener(id = "notifications.reassessment-reminder")
	void on(ReassessmentReminder reminder) {
		Map<String, String> arguments = new HashMap<>();
		List<LocalizedText> names = reminder.skillCodes().stream().map(this.skills::name).toList();
		arguments.put(Notification.DETAIL_EN, list(names, Locale.ENGLISH));
		arguments.put(Notification.DETAIL_JA, list(names, Locale.JAPANESE));
		arguments.put(Notification.DATE, reminder.dueOn().toString());
		arguments.put("skillCodes", String.join(",", reminder.skillCodes()));
		String source = "reassess:" + reminder.dueOn() + ":" + Secrets.hash(String.join(",", reminder.skillCodes()));
		switch (reminder.stage()) {
			case ReassessmentReminder.DUE -> this.notifier.notify(reminder.accountId(),
					NotificationKind.REASSESSMENT_DUE, null, arguments, SKILLS, source);
			case ReassessmentReminder.OVERDUE -> this.notifier.notify(reminder.accountId(),
					NotificationKind.REASSESSMENT_OVERDUE, null, arguments, SKILLS, source);
			default -> {
				if (reminder.teamId() == null) {
					return;
				}
				String team = this.teams.name(reminder.teamId()).orElse("?");
				arguments.put(Notification.NAME_EN, team);
				arguments.put(Notification.NAME_JA, team);
				arguments.put("teamId", reminder.teamId().toString());
				arguments.put("memberId", reminder.accountId().toString());
				this.notifier.notifyAll(reminder.leadIds(), NotificationKind.REASSESSMENT_OVERDUE_LEAD,
						reminder.accountId(), arguments, "/teams/" + reminder.teamId() + "?tab=coverage",
						source + ":" + reminder.accountId() + ":" + reminder.teamId());
			}
		}
	}

	@ApplicationModuleListener(id = "notifications.certification-expiring")
	void on(CertificationExpiring expiring) {
		Map<String, String> arguments = new HashMap<>();
		arguments.put(Notification.NAME_EN, expiring.name());
		arguments.put(Notification.NAME_JA, expiring.name());
		arguments.put(Notification.DATE, expiring.expiresOn().toString());
		arguments.put("certificationId", expiring.certificationId().toString());
		CertificationValidity validity = this.certifications.validity(expiring.itemCode());
		if (validity != null && validity.renewal() != null) {
			arguments.put(Notification.DETAIL_EN, validity.renewal().en());
			arguments.put(Notification.DETAIL_JA, validity.renewal().ja());
		}
		boolean expired = CertificationExpiring.EXPIRED.equals(expiring.stage());
		arguments.put(Notification.LEVEL, expired ? "" : expiring.stage().replace("-days", ""));
		this.notifier.notify(expiring.accountId(),
				expired ? NotificationKind.CERTIFICATION_EXPIRED : NotificationKind.CERTIFICATION_EXPIRING, null,
				arguments, CERTIFICATIONS,
				expiring.certificationId() + "@" + expiring.expiresOn() + ":" + expiring.stage());
	}

	@ApplicationModuleListener(id = "notifications.coverage-changed")
	void on(CoverageChanged change) {
		String team = this.teams.name(change.teamId()).orElse("?");
		LocalizedText skill = this.skills.name(change.skillCode());
		Map<String, String> arguments = new HashMap<>();
		arguments.put(Notification.NAME_EN, team);
		arguments.put(Notification.NAME_JA, team);
		arguments.put(Notification.DETAIL_EN, skill.en());
		arguments.put(Notification.DETAIL_JA, skill.ja());
		arguments.put(Notification.LEVEL, change.holders() + "/" + change.required());
		arguments.put("teamId", change.teamId().toString());
		arguments.put("skillCode", change.skillCode());
		this.notifier.notifyAll(this.roster.leads(change.teamId()),
				change.met() ? NotificationKind.COVERAGE_MET : NotificationKind.COVERAGE_LOST, null, arguments,
				"/teams/" + change.teamId() + "?tab=coverage",
				change.teamId() + "/" + change.skillCode() + "/" + change.met() + "@" + change.changedAt());
	}

	private String list(List<LocalizedText> names, Locale locale) {
		return this.renderer.render(Message.list(names.stream().map((name) -> name.in(locale)).toList()), locale);
	}

}

package dev.skillgap.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.certifications.Certification;
import dev.skillgap.certifications.Certifications;
import dev.skillgap.cycles.Due;
import dev.skillgap.cycles.ReassessmentCycles;
import dev.skillgap.identity.AccountView;
import dev.skillgap.identity.Accounts;
import dev.skillgap.learning.LearningPlans;
import dev.skillgap.mentoring.ReviewRequests;
import dev.skillgap.platform.Job;
import dev.skillgap.platform.JobSchedule;
import dev.skillgap.platform.Mailer;
import dev.skillgap.platform.Message;
import dev.skillgap.platform.MessageRenderer;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.teams.TeamRole;
import dev.skillgap.teams.TeamSummary;
import dev.skillgap.teams.Teams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Digest mails, each person's in their language: every day for those who chose a daily
 * digest for some kind of notification, on Mondays for the weekly one. A digest has a
 * part per role the reader has: as a learner (their notifications of those kinds, the
 * skills due for reassessment, certifications expiring, the pace of their plan), as a
 * mentor (what changed for mentees, open review requests), as a team lead (team changes,
 * coverage that moved, overdue reassessments per team). A digest with nothing in it is
 * not sent. Each is kept in {@code digest_sent} (person and period) in the transaction
 * that marks its notifications digested, so that nobody gets one twice; a period missed
 * while every instance was down is sent at the next run.
 */
@Component
class Digests implements Job {

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	static final int CERTIFICATION_DAYS = 90;

	static final int SKILLS_LISTED = 6;

	private final JdbcClient jdbc;

	private final Notifications notifications;

	private final NotificationPreferences preferences;

	private final Unsubscribes unsubscribes;

	private final Mailer mailer;

	private final MessageRenderer renderer;

	private final Accounts accounts;

	private final ReassessmentCycles cycles;

	private final Certifications certifications;

	private final LearningPlans plans;

	private final ReviewRequests reviewRequests;

	private final Teams teams;

	private final SkillCatalog skills;

	private final TransactionTemplate transactions;

	private final String publicUrl;

	Digests(JdbcClient jdbc, Notifications notifications, NotificationPreferences preferences,
			Unsubscribes unsubscribes, Mailer mailer, MessageRenderer renderer, Accounts accounts,
			ReassessmentCycles cycles, Certifications certifications, LearningPlans plans,
			ReviewRequests reviewRequests, Teams teams, SkillCatalog skills, PlatformTransactionManager transactions,
			@Value("${skillgap.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.notifications = notifications;
		this.preferences = preferences;
		this.unsubscribes = unsubscribes;
		this.mailer = mailer;
		this.renderer = renderer;
		this.accounts = accounts;
		this.cycles = cycles;
		this.certifications = certifications;
		this.plans = plans;
		this.reviewRequests = reviewRequests;
		this.teams = teams;
		this.skills = skills;
		this.transactions = new TransactionTemplate(transactions);
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@Override
	public String name() {
		return "digests";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.daily(LocalTime.of(7, 0));
	}

	/** The daily digests, and on Mondays (UTC) the weekly ones. */
	@Override
	public void run(Instant now) {
		if (!this.mailer.enabled()) {
			return;
		}
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		send(Delivery.DAILY, "daily:" + today, now);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (today.equals(monday)) {
			send(Delivery.WEEKLY, "weekly:" + monday, now);
		}
	}

	/** Sends the digests of one period to everyone who has one; each on its own. */
	void send(Delivery delivery, String period, Instant now) {
		Set<UUID> candidates = new LinkedHashSet<>(this.preferences.choosing(delivery));
		// defaults: kinds delivered by this digest unless someone chose otherwise
		List<String> defaultKinds = java.util.Arrays.stream(NotificationKind.values())
			.filter((kind) -> kind.defaultDelivery() == delivery)
			.map(NotificationKind::code)
			.toList();
		if (!defaultKinds.isEmpty()) {
			candidates.addAll(this.jdbc.sql("""
					select distinct recipient_id from notification
					where kind = any(:kinds) and mailed_at is null and digested_at is null
					""").param("kinds", defaultKinds.toArray(String[]::new)).query(UUID.class).list());
		}
		for (UUID account : candidates) {
			try {
				this.transactions.executeWithoutResult((status) -> sendTo(account, delivery, period, now));
			}
			catch (RuntimeException ex) {
				// this person's digest goes out with the next run; the others go on
				log.warn("Digest {} for {} not sent: {}", period, account, ex.toString());
			}
		}
	}

	private void sendTo(UUID accountId, Delivery delivery, String period, Instant now) {
		Map<NotificationKind, Delivery> deliveries = this.preferences.deliveries(accountId);
		List<String> kinds = deliveries.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() == delivery)
			.map((entry) -> entry.getKey().code())
			.toList();
		if (kinds.isEmpty()) {
			return;
		}
		int claimed = this.jdbc.sql("""
				insert into digest_sent (account_id, period) select :account, :period
				where exists (select 1 from account where id = :account) on conflict do nothing
				""").param("account", accountId).param("period", period).update();
		if (claimed == 0) {
			return;
		}
		AccountView reader = this.accounts.find(accountId);
		Locale locale = NotificationMail.locale(reader.locale());
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		List<Notification> pending = this.notifications.undigested(accountId, kinds);
		Map<NotificationKind.Section, List<Message>> parts = new EnumMap<>(NotificationKind.Section.class);
		for (NotificationKind.Section section : NotificationKind.Section.values()) {
			parts.put(section, new ArrayList<>());
		}
		for (Notification notification : pending) {
			parts.get(notification.kind().section())
				.add(Message.of("digest.line", this.renderer.render(notification.text(locale), locale)));
		}
		learner(accountId, locale, today, parts.get(NotificationKind.Section.LEARNER));
		mentor(accountId, parts.get(NotificationKind.Section.MENTOR));
		lead(accountId, today, parts.get(NotificationKind.Section.LEAD));
		List<Message> body = new ArrayList<>();
		for (Map.Entry<NotificationKind.Section, List<Message>> part : parts.entrySet()) {
			if (!part.getValue().isEmpty()) {
				body.add(Message.of("digest.section." + part.getKey().name().toLowerCase(Locale.ROOT)));
				body.addAll(part.getValue());
			}
		}
		if (body.isEmpty()) {
			return;
		}
		String target = Unsubscribes.DIGEST + delivery.code();
		this.mailer.send(reader.email(), locale, Message.of("digest.subject." + delivery.code()),
				Message.of("digest.body", Message.of("digest.intro." + delivery.code(), reader.displayName()),
						new Lines(body).render(this.renderer, locale), this.publicUrl + "/",
						this.unsubscribes.url(accountId, target)),
				this.unsubscribes.headers(accountId, target));
		this.notifications.markDigested(pending.stream().map(Notification::id).toList());
		log.debug("Digest {} sent to {} with {} notifications", period, accountId, pending.size());
	}

	/** What is due, certifications expiring, the plan's pace. */
	private void learner(UUID accountId, Locale locale, LocalDate today, List<Message> lines) {
		List<Due> due = this.cycles.dueFor(accountId).stream().filter((d) -> d.dueSoon(today)).toList();
		if (!due.isEmpty()) {
			long overdue = due.stream().filter((d) -> d.overdue(today)).count();
			List<String> names = due.stream()
				.limit(SKILLS_LISTED)
				.map((d) -> this.skills.name(d.skillCode()).in(locale))
				.toList();
			lines
				.add(Message.of("digest.due", due.size(), overdue, Message.list(names), due.get(0).dueOn().toString()));
		}
		for (Certification certification : this.certifications.of(accountId)) {
			LocalDate expiresOn = certification.expiresOn();
			if (expiresOn == null || expiresOn.isAfter(today.plusDays(CERTIFICATION_DAYS))
					|| expiresOn.isBefore(today.minusDays(30))) {
				continue;
			}
			lines.add(Message.of(
					certification.expiredOn(today) ? "digest.certification.expired" : "digest.certification.expiring",
					certification.name(), expiresOn.toString()));
		}
		this.plans.goal(accountId)
			.ifPresent((goal) -> lines.add(Message.of("digest.pace." + goal.pace().status(), goal.pace().hoursPerWeek(),
					(goal.pace().requiredHoursPerWeek() != null) ? goal.pace().requiredHoursPerWeek() : 0,
					goal.targetDate().toString())));
	}

	private void mentor(UUID accountId, List<Message> lines) {
		int open = this.reviewRequests.openCounts(accountId).values().stream().mapToInt(Integer::intValue).sum();
		if (open > 0) {
			lines.add(Message.of("digest.reviewRequests", open));
		}
	}

	private void lead(UUID accountId, LocalDate today, List<Message> lines) {
		for (TeamSummary team : this.teams.mine(accountId)) {
			if (team.myRole() != TeamRole.LEAD) {
				continue;
			}
			long overdue = this.cycles.dueInTeam(team.id()).stream().filter((d) -> d.overdue(today)).count();
			if (overdue > 0) {
				lines.add(Message.of("digest.teamOverdue", team.name(), overdue));
			}
		}
	}

	/** Lines of a digest, rendered and joined with line breaks. */
	private record Lines(List<Message> lines) {

		String render(MessageRenderer renderer, Locale locale) {
			StringBuilder text = new StringBuilder();
			for (Message line : this.lines) {
				text.append(renderer.render(line, locale)).append('\n');
			}
			return text.toString();
		}

	}

}

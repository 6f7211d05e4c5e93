package dev.skillgap.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.certifications.Certification;
import dev.skillgap.certifications.Certifications;
import dev.skillgap.cycles.Due;
import dev.skillgap.cycles.ReassessmentCycles;
import dev.skillgap.identity.AccountView;
import dev.skillgap.identity.Accounts;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.LearningItem;
import dev.skillgap.learning.LearningPlans;
import dev.skillgap.learning.PlanItem;
import dev.skillgap.learning.PlanStatus;
import dev.skillgap.platform.Message;
import dev.skillgap.platform.MessageRenderer;
import dev.skillgap.platform.Secrets;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillCatalog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's private calendar feed. The address carries a random secret token; only
 * its SHA-256 is stored, so the address is shown once, when made; making a new one (or
 * revoking) ends the old one at once.
 */
@Service
public class CalendarFeeds {

	static final String PATH = "/api/calendar/";

	static final String SUFFIX = ".ics";

	private final JdbcClient jdbc;

	private final LearningPlans plans;

	private final LearningCatalog items;

	private final RoleCatalog roles;

	private final ReassessmentCycles cycles;

	private final Certifications certifications;

	private final SkillCatalog skills;

	private final Accounts accounts;

	private final MessageRenderer renderer;

	private final Clock clock;

	private final String publicUrl;

	CalendarFeeds(JdbcClient jdbc, LearningPlans plans, LearningCatalog items, RoleCatalog roles,
			ReassessmentCycles cycles, Certifications certifications, SkillCatalog skills, Accounts accounts,
			MessageRenderer renderer, Clock clock,
			@Value("${skillgap.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.items = items;
		this.roles = roles;
		this.cycles = cycles;
		this.certifications = certifications;
		this.skills = skills;
		this.accounts = accounts;
		this.renderer = renderer;
		this.clock = clock;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** When the person's feed was made, if they have one. */
	public Optional<java.time.Instant> createdAt(UUID accountId) {
		return this.jdbc.sql("select created_at from calendar_feed where account_id = :account")
			.param("account", accountId)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	/** A new secret address for the person's feed; the old one stops working. */
	@Transactional
	public String renew(UUID accountId) {
		String token = Secrets.randomToken();
		this.jdbc.sql("""
				insert into calendar_feed (account_id, token_hash) values (:account, :hash)
				on conflict (account_id) do update set token_hash = excluded.token_hash, created_at = now()
				""").param("account", accountId).param("hash", Secrets.hash(token)).update();
		return this.publicUrl + PATH + token + SUFFIX;
	}

	@Transactional
	public void revoke(UUID accountId) {
		this.jdbc.sql("delete from calendar_feed where account_id = :account").param("account", accountId).update();
	}

	/** The feed a token opens, as iCalendar text; empty for a token that opens none. */
	public Optional<String> feed(String token) {
		String bare = token.endsWith(SUFFIX) ? token.substring(0, token.length() - SUFFIX.length()) : token;
		return this.jdbc.sql("select account_id from calendar_feed where token_hash = :hash")
			.param("hash", Secrets.hash(bare))
			.query(UUID.class)
			.optional()
			.map(this::calendar);
	}

	private String calendar(UUID accountId) {
		AccountView account = this.accounts.find(accountId);
		Locale locale = "ja".equals(account.locale()) ? Locale.JAPANESE : Locale.ENGLISH;
		List<ICalendar.Event> events = new ArrayList<>();
		for (PlanItem item : this.plans.plan(accountId)) {
			if (item.targetDate() == null || item.status() == PlanStatus.DONE || item.status() == PlanStatus.DROPPED) {
				continue;
			}
			String title = this.items.findIncludingRetired(item.itemCode())
				.map(LearningItem::title)
				.map((t) -> t.in(locale))
				.orElse(item.itemCode());
			events.add(new ICalendar.Event("plan-" + item.itemCode() + "-" + accountId + "@skillgap", item.targetDate(),
					text("calendar.plan", locale, title), "", this.publicUrl + "/learning/plan"));
		}
		this.plans.goal(accountId)
			.ifPresent((goal) -> events.add(new ICalendar.Event("goal-" + accountId + "@skillgap", goal.targetDate(),
					text("calendar.goal", locale, this.roles.name(goal.roleCode()).in(locale)), "",
					this.publicUrl + "/learning/plan")));
		Map<LocalDate, List<String>> due = new LinkedHashMap<>();
		for (Due d : this.cycles.dueFor(accountId)) {
			due.computeIfAbsent(d.dueOn(), (k) -> new ArrayList<>()).add(this.skills.name(d.skillCode()).in(locale));
		}
		due.forEach((date,
				names) -> events.add(new ICalendar.Event("reassess-" + date + "-" + accountId + "@skillgap", date,
						text("calendar.reassess", locale, names.size()),
						this.renderer.render(Message.list(names), locale), this.publicUrl + "/reassessments")));
		for (Certification certification : this.certifications.of(accountId)) {
			if (certification.expiresOn() != null) {
				events.add(new ICalendar.Event("certification-" + certification.id() + "@skillgap",
						certification.expiresOn(), text("calendar.certification", locale, certification.name()), "",
						this.publicUrl + "/certifications"));
			}
		}
		return ICalendar.write(text("calendar.name", locale, account.displayName()), events, this.clock.instant());
	}

	private String text(String code, Locale locale, Object... arguments) {
		return this.renderer.render(Message.of(code, arguments), locale);
	}

}

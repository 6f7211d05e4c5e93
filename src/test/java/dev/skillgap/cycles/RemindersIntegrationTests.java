package dev.skillgap.cycles;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.Mentoring;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestMail;
import dev.skillgap.Teams;
import dev.skillgap.platform.Job;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reminders as people get them, walking a clock through time: a team with a 6-month cycle
 * (reminders before and after the due date, the lead told once overdue, a confirmation
 * and a validation stopping them, nothing sent twice), a certification recorded with a
 * near expiry (the 90- and 30-day reminders with the renewal path, then expired), and the
 * mail of it all in GreenMail: each reader's language, one-click unsubscribe headers that
 * work without a session and turn off one kind only, and digests. The jobs are run as the
 * scheduler runs them, with the time each step chooses.
 */
@IntegrationTest
class RemindersIntegrationTests {

	static final int SMTP_PORT = TestMail.freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = TestMail.server(SMTP_PORT);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMail.properties(registry, SMTP_PORT);
	}

	static final String LINUX = "linux-administration";

	static final String NETWORK = "network-fundamentals";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<Job> jobs;

	TestAccounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new TestAccounts(this.mvc);
		// other tests may leave an organisation-wide cycle: this class sets its own
		this.jdbc.sql("delete from reassessment_cycle where team_id is null").update();
	}

	@Test
	void aSixMonthCycleRemindsBeforeAndAfterTellsTheLeadAndStopsOnceReassessed() throws Exception {
		TestUser lead = this.accounts.register(TestAccounts.uniqueEmail("lead"), TestAccounts.PASSWORD, "Lena", "en");
		TestUser member = this.accounts.register(TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD, "Kenta",
				"ja");
		TestUser mentor = this.accounts.register(TestAccounts.uniqueEmail("mentor"), TestAccounts.PASSWORD, "Mia",
				"en");
		UUID team = Teams.create(lead, "Infra " + UUID.randomUUID());
		Teams.join(lead, team, member);
		Learner kenta = new Learner(member.client());
		kenta.putLevel(LINUX, 3).andExpect(status().isOk());
		kenta.putLevel(NETWORK, 2).andExpect(status().isOk());
		new Learner(lead.client())
			.put("/api/teams/" + team + "/reassessment-cycle", Json.object("months", 6, "leadAfterDays", 14))
			.andExpect(status().isOk());

		// the levels were recorded long ago: due 6 months later, 40 days before today
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate recorded = today.minusDays(40).minusMonths(6);
		LocalDate due = recorded.plusMonths(6);
		this.jdbc.sql("update skill_assessment set assessed_at = :at where account_id = :member")
			.param("at", Timestamp.from(recorded.atTime(9, 0).toInstant(ZoneOffset.UTC)))
			.param("member", member.id())
			.update();

		// 20 days before: nothing yet (the window opens 14 days before)
		run("reassessment-reminders", due.minusDays(20));
		assertThat(kinds(member.id())).doesNotContain("reassessment-due");
		// 10 days before: "reassess by ..." for both skills, mailed in Japanese
		run("reassessment-reminders", due.minusDays(10));
		assertThat(kinds(member.id())).containsExactly("reassessment-due");
		MimeMessage dueMail = awaitMail(member.email(), "Skillgap: " + due + " までに再評価するスキル");
		assertThat(body(dueMail)).contains("Linux").contains(due.toString());
		assertThat(dueMail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		// the day after the due date: overdue; the lead is not told yet
		run("reassessment-reminders", due.plusDays(1));
		assertThat(kinds(member.id())).containsExactlyInAnyOrder("reassessment-due", "reassessment-overdue");
		assertThat(kinds(lead.id())).doesNotContain("reassessment-overdue-lead");
		// 15 days overdue: the lead is told, in English, once
		run("reassessment-reminders", due.plusDays(15));
		run("reassessment-reminders", due.plusDays(16));
		assertThat(kinds(lead.id())).containsOnlyOnce("reassessment-overdue-lead");
		assertThat(awaitMail(lead.email(), "Skillgap: Kenta is overdue with reassessments in " + teamName(team)))
			.isNotNull();
		// the lead's due / overdue view has the member's two rows
		String view = new Learner(lead.client()).body("/api/teams/" + team + "/reassessments");
		assertThat(Json.<List<String>>read(view, "$.rows[*].skillCode")).containsExactlyInAnyOrder(LINUX, NETWORK);
		assertThat(Json.<List<Boolean>>read(view, "$.rows[*].overdue")).containsOnly(true);
		// nothing more is sent however often the job runs
		int sent = count(member.id()) + count(lead.id());
		run("reassessment-reminders", due.plusDays(16));
		assertThat(count(member.id()) + count(lead.id())).isEqualTo(sent);

		// the member confirms Linux unchanged, the mentor validates networking: both move
		// on
		kenta.post("/api/me/skills/" + LINUX + "/confirm", "{}").andExpect(status().isOk());
		Mentoring.activate(member, mentor);
		Mentoring.validate(mentor, member, NETWORK, 2);
		String mine = kenta.body("/api/me/reassessments");
		assertThat(Json.<List<Boolean>>read(mine, "$[*].overdue")).containsOnly(false);
		assertThat(Json.<List<String>>read(mine, "$[*].dueOn")).containsOnly(today.plusMonths(6).toString());
		int after = count(member.id()) + count(lead.id());
		run("reassessment-reminders", today.plusDays(1));
		run("reassessment-reminders", today.plusMonths(5));
		assertThat(count(member.id()) + count(lead.id())).isEqualTo(after);
		// ... until the next cycle comes due
		int member6 = count(member.id());
		run("reassessment-reminders", today.plusMonths(6).minusDays(3));
		assertThat(count(member.id())).isEqualTo(member6 + 1);
	}

	@Test
	void aCertificationNearExpiryGetsThe90And30DayRemindersThenIsMarkedExpired() throws Exception {
		TestUser holder = this.accounts.register(TestAccounts.uniqueEmail("holder"), TestAccounts.PASSWORD, "Aki",
				"en");
		TestUser mentor = this.accounts.register();
		Learner aki = new Learner(holder.client());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		LocalDate expires = today.plusDays(100);
		String recorded = Json.body(aki
			.post("/api/me/certifications",
					Json.object("itemCode", "aws-certified-solutions-architect-associate", "issuedOn",
							expires.minusYears(3).toString(), "expiresOn", expires.toString(), "credentialId", "ABC-1"))
			.andExpect(status().isCreated())
			.andReturn());
		assertThat(Json.<List<String>>read(recorded, "$.supports")).isNotEmpty();
		assertThat(Json.<Boolean>read(recorded, "$.expired")).isFalse();

		run("certification-reminders", today.plusDays(5));
		assertThat(kinds(holder.id())).isEmpty();
		run("certification-reminders", today.plusDays(15));
		assertThat(kinds(holder.id())).containsExactly("certification-expiring");
		MimeMessage first = awaitMail(holder.email(),
				"Skillgap: AWS Certified Solutions Architect - Associate expires on " + expires);
		assertThat(body(first)).contains("valid for 3 years");
		run("certification-reminders", today.plusDays(20));
		assertThat(kinds(holder.id())).containsExactly("certification-expiring");
		run("certification-reminders", today.plusDays(75));
		assertThat(kinds(holder.id())).containsExactly("certification-expiring", "certification-expiring");
		run("certification-reminders", today.plusDays(101));
		assertThat(kinds(holder.id())).containsExactly("certification-expiring", "certification-expiring",
				"certification-expired");

		// one that expired yesterday is marked expired, for the holder and their mentor
		aki.post("/api/me/certifications",
				Json.object("name", "Old lab certificate", "issuedOn", today.minusYears(2).toString(), "expiresOn",
						today.minusDays(1).toString(), "supports", List.of("linux-administration")))
			.andExpect(status().isCreated());
		Mentoring.activate(holder, mentor);
		String seen = new Learner(mentor.client()).body("/api/mentees/" + holder.id() + "/certifications");
		assertThat(Json.<List<Boolean>>read(seen, "$[?(@.name == 'Old lab certificate')].expired"))
			.containsExactly(true);
		assertThat(Json.<List<Boolean>>read(seen, "$[?(@.credentialId == 'ABC-1')].expired")).containsExactly(false);
	}

	@Test
	void theUnsubscribeLinkTurnsOffThatKindOnlyWithoutLoggingIn() throws Exception {
		TestUser learner = this.accounts.register(TestAccounts.uniqueEmail("unsub"), TestAccounts.PASSWORD, "Rin",
				"en");
		Learner rin = new Learner(learner.client());
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		rin.post("/api/me/certifications", Json.object("name", "Vendor cert", "issuedOn",
				today.minusYears(1).toString(), "expiresOn", today.plusDays(20).toString()))
			.andExpect(status().isCreated());
		String before = rin.body("/api/me/notification-preferences");
		run("certification-reminders", today);
		MimeMessage mail = awaitMail(learner.email(), "Skillgap: Vendor cert expires on " + today.plusDays(20));
		String link = mail.getHeader("List-Unsubscribe")[0];
		assertThat(link).startsWith("<" + TestMail.PUBLIC_URL + "/api/unsubscribe/").endsWith(">");
		assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String path = link.substring(1 + TestMail.PUBLIC_URL.length(), link.length() - 1);
		assertThat(body(mail)).contains(TestMail.PUBLIC_URL + path);

		// a mail client posts it: no session, no CSRF token
		this.mvc
			.perform(post(path).contentType("application/x-www-form-urlencoded").content("List-Unsubscribe=One-Click"))
			.andExpect(status().isOk());
		String after = rin.body("/api/me/notification-preferences");
		Map<String, String> was = deliveries(before);
		Map<String, String> now = deliveries(after);
		assertThat(now.get("certification-expiring")).isEqualTo("app");
		was.remove("certification-expiring");
		now.remove("certification-expiring");
		assertThat(now).isEqualTo(was);
		// a forged token changes nothing
		this.mvc.perform(post(path.substring(0, path.length() - 3) + "abc")).andExpect(status().isNotFound());
	}

	@Test
	void digestsComeInTheReadersLanguageWithAnUnsubscribeForTheDigest() throws Exception {
		TestUser ja = this.accounts.register(TestAccounts.uniqueEmail("digest-ja"), TestAccounts.PASSWORD, "Sora",
				"ja");
		TestUser en = this.accounts.register(TestAccounts.uniqueEmail("digest-en"), TestAccounts.PASSWORD, "Sam", "en");
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (TestUser user : List.of(ja, en)) {
			Learner learner = new Learner(user.client());
			learner
				.put("/api/me/notification-preferences",
						"[" + Json.object("kind", "certification-expiring", "delivery", "daily") + "]")
				.andExpect(status().isOk());
			learner
				.post("/api/me/certifications", Json.object("name", "Cloud cert", "issuedOn",
						today.minusYears(1).toString(), "expiresOn", today.plusDays(25).toString()))
				.andExpect(status().isCreated());
		}
		run("certification-reminders", today);
		await().atMost(TestMail.DELIVERY).until(() -> count(ja.id()) == 1 && count(en.id()) == 1);
		run("digests", today);

		MimeMessage japanese = awaitMail(ja.email(), "Skillgap: 今日のまとめ");
		assertThat(body(japanese)).contains("Sora さん").contains("■ あなたのこと").contains("資格 Cloud cert の有効期限");
		MimeMessage english = awaitMail(en.email(), "Skillgap: your daily digest");
		assertThat(body(english)).contains("Hello Sam")
			.contains("== For you ==")
			.contains("Your certification Cloud cert expires on " + today.plusDays(25));
		assertThat(english.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		// the next run of the same day sends nothing again
		run("digests", today);
		assertThat(TestMail.to(smtp, en.email())).hasSize(1);

		String link = english.getHeader("List-Unsubscribe")[0];
		this.mvc.perform(post(link.substring(1 + TestMail.PUBLIC_URL.length(), link.length() - 1)))
			.andExpect(status().isOk());
		assertThat(deliveries(new Learner(en.client()).body("/api/me/notification-preferences")))
			// every kind of the daily digest is now in the app only, the others are as
			// they were
			.containsEntry("certification-expiring", "app")
			.containsEntry("coverage-met", "app")
			.containsEntry("level-validated", "mail")
			.containsEntry("reassessment-due", "mail");
	}

	private void run(String job, LocalDate day) {
		Instant at = day.atTime(6, 0).toInstant(ZoneOffset.UTC);
		this.jobs.stream().filter((j) -> j.name().equals(job)).findFirst().orElseThrow().run(at);
	}

	/**
	 * The kinds of the person's reminders (reassessments, certifications), oldest first,
	 * once the listeners delivered what the job published.
	 */
	private List<String> kinds(UUID recipient) throws InterruptedException {
		long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		Thread.sleep(200);
		while (pendingEvents() > 0 && System.nanoTime() < until) {
			Thread.sleep(100);
		}
		return this.jdbc.sql("""
				select kind from notification where recipient_id = :r
				  and (kind like 'reassessment-%' or kind like 'certification-%') and kind <> 'reassessment-requested'
				order by id
				""").param("r", recipient).query(String.class).list();
	}

	private int count(UUID recipient) throws InterruptedException {
		return kinds(recipient).size();
	}

	/**
	 * Publications waiting for delivery, made in the last minute (older ones are not this
	 * test's).
	 */
	private int pendingEvents() {
		return this.jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				  and coalesce(status, '') <> 'FAILED' and publication_date > now() - interval '1 minute'
				""").query(Integer.class).single();
	}

	private String teamName(UUID team) {
		return this.jdbc.sql("select name from team where id = :id").param("id", team).query(String.class).single();
	}

	private static Map<String, String> deliveries(String preferences) {
		List<Map<String, Object>> list = Json.read(preferences, "$");
		Map<String, String> map = new java.util.TreeMap<>();
		list.forEach((p) -> map.put((String) p.get("kind"), (String) p.get("delivery")));
		return map;
	}

	private static MimeMessage awaitMail(String to, String subject) {
		return await().atMost(TestMail.DELIVERY).until(() -> TestMail.to(smtp, to).stream().filter((mail) -> {
			try {
				return subject.equals(mail.getSubject());
			}
			catch (jakarta.mail.MessagingException ex) {
				return false;
			}
		}).findFirst(), java.util.Optional::isPresent).get();
	}

	private static String body(MimeMessage mail) throws Exception {
		return (String) mail.getContent();
	}

}

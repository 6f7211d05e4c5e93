package dev.skillgap.platform;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.Mentoring;
import dev.skillgap.SkillgapApplication;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestClient;
import dev.skillgap.Teams;
import dev.skillgap.identity.ThrottleOnTestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two app instances on one database, as behind a load balancer that sends a double click
 * (or a retry) to both: for every POST route of the API, the same request with the same
 * {@code Idempotency-Key} sent to both at once changes things once and gets the same
 * answer twice. The routes come from Spring MVC's handler mappings: a new POST route
 * fails {@link #everyPostRouteHasAScenario} until it has a scenario here (or a reason why
 * it creates nothing).
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(ThrottleOnTestClock.class)
class IdempotencyAcrossInstancesIntegrationTests {

	static final String NEW_PASSWORD = "another passphrase for the race";

	static final String POSTING = "サーバーエンジニア募集\n【必須スキル】Linuxサーバーの構築経験3年以上、Nginx";

	/** POST routes that change nothing, with why (no answer needs keeping). */
	static final Map<String, String> NOT_CHANGING = Map.of("POST /api/auth/login",
			"starts a session; never kept (a kept answer would have to carry a session cookie)",
			"POST /api/me/fit/what-if", "computes a fit, changes nothing", "POST /api/postings/analyze",
			"analyses a posting, changes nothing");

	private static ConfigurableApplicationContext second;

	@LocalServerPort
	int port;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Secrets secrets;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	/** What a scenario prepared: the request to race and how to tell it happened once. */
	record Race(TestClient caller, String path, String body, BooleanSupplier happenedOnce) {
	}

	@FunctionalInterface
	interface Scenario {

		Race prepare(IdempotencyAcrossInstancesIntegrationTests test) throws Exception;

	}

	/** A scenario per POST route that changes something. */
	static final Map<String, Scenario> SCENARIOS = scenarios();

	private static Map<String, Scenario> scenarios() {
		Map<String, Scenario> s = new LinkedHashMap<>();
		s.put("POST /api/auth/register", (t) -> {
			String email = TestAccounts.uniqueEmail("race");
			return new Race(null, "/api/auth/register",
					Json.object("email", email, "password", TestAccounts.PASSWORD, "displayName", "Racer"),
					() -> t.count("select count(*) from account where email = ?", email) == 1);
		});
		s.put("POST /api/auth/me/password", (t) -> {
			TestUser user = t.user();
			return new Race(user.client(), "/api/auth/me/password",
					Json.object("currentPassword", TestAccounts.PASSWORD, "newPassword", NEW_PASSWORD),
					() -> t.canLogIn(user.email(), NEW_PASSWORD));
		});
		s.put("POST /api/auth/me/deletion", (t) -> {
			TestUser user = t.user();
			return new Race(user.client(), "/api/auth/me/deletion", Json.object("password", TestAccounts.PASSWORD),
					() -> t.count("select count(*) from account where id = ?", user.id()) == 0);
		});
		s.put("POST /api/auth/password-reset", (t) -> {
			TestUser user = t.user();
			// no SMTP server here: nothing is kept, the answer is the same
			return new Race(null, "/api/auth/password-reset", Json.object("email", user.email()),
					() -> t.count("select count(*) from password_reset where account_id = ?", user.id()) <= 1);
		});
		s.put("POST /api/auth/password-reset/confirm", (t) -> {
			TestUser user = t.user();
			String token = "race-" + UUID.randomUUID();
			t.jdbc
				.sql("insert into password_reset (token_hash, account_id, expires_at)"
						+ " values (encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?, now() + interval '1 hour')")
				.params(token, user.id())
				.update();
			return new Race(null, "/api/auth/password-reset/confirm",
					Json.object("token", token, "newPassword", NEW_PASSWORD),
					() -> t.count("select count(*) from password_reset where account_id = ? and used_at is not null",
							user.id()) == 1 && t.canLogIn(user.email(), NEW_PASSWORD));
		});
		s.put("POST /api/me/plan", (t) -> {
			TestUser user = t.user();
			return new Race(user.client(), "/api/me/plan", Json.object("itemCode", "lpic-1"),
					() -> t.count("select count(*) from learning_plan_item where account_id = ?", user.id()) == 1);
		});
		s.put("POST /api/me/plan/{itemCode}/hours", (t) -> {
			TestUser user = t.user();
			new Learner(user.client()).plans("lpic-1");
			return new Race(user.client(), "/api/me/plan/lpic-1/hours", Json.object("hours", 1.5),
					() -> t.count("select count(*) from learning_hours_log where account_id = ?", user.id()) == 1);
		});
		s.put("POST /api/me/plan/{itemCode}/apply-levels", (t) -> {
			TestUser user = t.user();
			Learner learner = new Learner(user.client()).plans("lpic-1");
			learner.moves("lpic-1", "done").andExpect(status().isOk());
			return new Race(user.client(), "/api/me/plan/lpic-1/apply-levels",
					Json.object("skillCodes", List.of("linux-administration")),
					() -> t.count("select count(*) from skill_assessment where account_id = ?"
							+ " and source = 'learning-item'", user.id()) == 1);
		});
		s.put("POST /api/me/plan/suggestions/{suggestionId}/accept", (t) -> {
			TestUser[] pair = t.mentorship();
			UUID suggestion = Mentoring.suggest(pair[1], pair[0], "lpic-1");
			return new Race(pair[0].client(), "/api/me/plan/suggestions/" + suggestion + "/accept", null,
					() -> t.count("select count(*) from learning_plan_item where account_id = ?", pair[0].id()) == 1
							&& t.count("select count(*) from plan_suggestion where id = ? and status = 'accepted'",
									suggestion) == 1);
		});
		s.put("POST /api/me/plan/suggestions/{suggestionId}/decline", (t) -> {
			TestUser[] pair = t.mentorship();
			UUID suggestion = Mentoring.suggest(pair[1], pair[0], "lpic-1");
			return new Race(pair[0].client(), "/api/me/plan/suggestions/" + suggestion + "/decline", null, () -> t
				.count("select count(*) from plan_suggestion where id = ? and status = 'declined'", suggestion) == 1);
		});
		s.put("POST /api/me/postings", (t) -> {
			TestUser user = t.user();
			return new Race(user.client(), "/api/me/postings", Json.object("text", POSTING),
					() -> t.count("select count(*) from job_posting where account_id = ?", user.id()) == 1);
		});
		s.put("POST /api/me/notifications/{id}/read", (t) -> {
			TestUser[] pair = t.mentorship();
			long id = t.awaitNotification(pair[0]);
			return new Race(pair[0].client(), "/api/me/notifications/" + id + "/read", null,
					() -> t.count("select count(*) from notification where id = ? and read_at is not null", id) == 1);
		});
		s.put("POST /api/me/notifications/read-all", (t) -> {
			TestUser[] pair = t.mentorship();
			t.awaitNotification(pair[0]);
			return new Race(pair[0].client(), "/api/me/notifications/read-all", null,
					() -> t.count("select count(*) from notification where recipient_id = ? and read_at is null",
							pair[0].id()) == 0);
		});
		s.put("POST /api/me/mentors", (t) -> {
			TestUser user = t.user();
			TestUser other = t.user();
			return new Race(user.client(), "/api/me/mentors", Json.object("email", other.email()),
					() -> t.count("select count(*) from mentorship where mentee_id = ?", user.id()) == 1);
		});
		s.put("POST /api/me/mentees", (t) -> {
			TestUser user = t.user();
			return new Race(user.client(), "/api/me/mentees", Json.object("email", TestAccounts.uniqueEmail("m")),
					() -> t.count("select count(*) from mentorship where mentor_id = ?", user.id()) == 1);
		});
		s.put("POST /api/mentorships/{id}/accept", (t) -> {
			TestUser mentee = t.user();
			TestUser mentor = t.user();
			UUID id = Mentoring.invite(mentee, mentor.email());
			return new Race(mentor.client(), "/api/mentorships/" + id + "/accept", null, () -> t.count(
					"select count(*) from audit_entry where subject_id = ?" + " and action = 'mentorship-accepted'",
					mentee.id()) == 1);
		});
		s.put("POST /api/mentorships/{id}/decline", (t) -> {
			TestUser mentee = t.user();
			TestUser mentor = t.user();
			UUID id = Mentoring.invite(mentee, mentor.email());
			return new Race(mentor.client(), "/api/mentorships/" + id + "/decline", null, () -> t.count(
					"select count(*) from audit_entry where subject_id = ?" + " and action = 'mentorship-declined'",
					mentee.id()) == 1);
		});
		s.put("POST /api/mentees/{menteeId}/validations", (t) -> {
			TestUser[] pair = t.mentorship();
			return new Race(pair[1].client(), "/api/mentees/" + pair[0].id() + "/validations",
					Json.object("skillCode", "linux-administration", "level", 3, "note", "seen"),
					() -> t.count("select count(*) from skill_assessment where account_id = ? and source = 'mentor'",
							pair[0].id()) == 1);
		});
		s.put("POST /api/mentees/{menteeId}/review-requests/{requestId}/done", (t) -> {
			TestUser mentee = t.user();
			TestUser mentor = t.user();
			UUID mentorship = Mentoring.activate(mentee, mentor);
			UUID request = Mentoring.requestReview(mentee, mentorship, "linux-administration");
			return new Race(mentor.client(), "/api/mentees/" + mentee.id() + "/review-requests/" + request + "/done",
					null, () -> t.count("select count(*) from review_request where id = ? and status = 'done'",
							request) == 1);
		});
		s.put("POST /api/mentees/{menteeId}/reviews", (t) -> {
			TestUser[] pair = t.mentorship();
			return new Race(pair[1].client(), "/api/mentees/" + pair[0].id() + "/reviews",
					Json.object("body", "Good progress"),
					() -> t.count("select count(*) from mentor_review where mentee_id = ?", pair[0].id()) == 1);
		});
		s.put("POST /api/mentees/{menteeId}/reviews/{reviewId}/replies", (t) -> {
			TestUser[] pair = t.mentorship();
			UUID review = Mentoring.review(pair[1], pair[0], "Good progress");
			return new Race(pair[1].client(), "/api/mentees/" + pair[0].id() + "/reviews/" + review + "/replies",
					Json.object("body", "And more"),
					() -> t.count("select count(*) from mentor_review where parent_id = ?", review) == 1);
		});
		s.put("POST /api/mentees/{menteeId}/suggestions", (t) -> {
			TestUser[] pair = t.mentorship();
			return new Race(pair[1].client(), "/api/mentees/" + pair[0].id() + "/suggestions",
					Json.object("itemCode", "lpic-2", "note", "next"),
					() -> t.count("select count(*) from plan_suggestion where account_id = ?", pair[0].id()) == 1);
		});
		s.put("POST /api/me/review-requests", (t) -> {
			TestUser mentee = t.user();
			TestUser mentor = t.user();
			UUID mentorship = Mentoring.activate(mentee, mentor);
			return new Race(mentee.client(), "/api/me/review-requests",
					Json.object("mentorshipIds", List.of(mentorship.toString()), "skillCodes",
							List.of("linux-administration")),
					() -> t.count("select count(*) from review_request where mentorship_id = ?", mentorship) == 1);
		});
		s.put("POST /api/me/reviews/{reviewId}/replies", (t) -> {
			TestUser[] pair = t.mentorship();
			UUID review = Mentoring.review(pair[1], pair[0], "Good progress");
			return new Race(pair[0].client(), "/api/me/reviews/" + review + "/replies", Json.object("body", "Thanks"),
					() -> t.count("select count(*) from mentor_review where parent_id = ?", review) == 1);
		});
		s.put("POST /api/teams", (t) -> {
			TestUser user = t.user();
			return new Race(user.client(), "/api/teams", Json.object("name", "Race team"),
					() -> t.count("select count(*) from team where created_by = ?", user.id()) == 1);
		});
		s.put("POST /api/teams/{teamId}/invitations", (t) -> {
			TestUser lead = t.user();
			UUID team = Teams.create(lead, "Race team");
			return new Race(lead.client(), "/api/teams/" + team + "/invitations",
					Json.object("email", TestAccounts.uniqueEmail("invitee")), () -> t
						.count("select count(*) from team_member where team_id = ? and status = 'pending'", team) == 1);
		});
		s.put("POST /api/me/team-invitations/{invitationId}/accept", (t) -> {
			TestUser lead = t.user();
			TestUser member = t.user();
			UUID team = Teams.create(lead, "Race team");
			UUID invitation = Teams.invite(lead, team, member.email());
			return new Race(member.client(), "/api/me/team-invitations/" + invitation + "/accept", null,
					() -> t.count("select count(*) from audit_entry where subject_id = ? and action = 'team-joined'",
							member.id()) == 1);
		});
		s.put("POST /api/me/team-invitations/{invitationId}/decline", (t) -> {
			TestUser lead = t.user();
			TestUser member = t.user();
			UUID team = Teams.create(lead, "Race team");
			UUID invitation = Teams.invite(lead, team, member.email());
			return new Race(member.client(), "/api/me/team-invitations/" + invitation + "/decline", null,
					() -> t.count("select count(*) from audit_entry where subject_id = ? and action = 'team-declined'",
							member.id()) == 1);
		});
		s.put("POST /api/teams/{teamId}/suggestions", (t) -> {
			TestUser lead = t.user();
			TestUser member = t.user();
			UUID team = Teams.create(lead, "Race team");
			Teams.join(lead, team, member);
			return new Race(lead.client(), "/api/teams/" + team + "/suggestions",
					Json.object("itemCode", "lpic-1", "memberIds", List.of(member.id().toString())),
					() -> t.count("select count(*) from team_suggestion where team_id = ?", team) == 1);
		});
		s.put("POST /api/teams/{teamId}/reassessment-requests", (t) -> {
			TestUser lead = t.user();
			TestUser member = t.user();
			UUID team = Teams.create(lead, "Race team");
			Teams.join(lead, team, member);
			t.jdbc
				.sql("insert into skill_assessment (account_id, skill_code, level, source, assessed_by, assessed_at)"
						+ " values (?, 'linux-administration', 3, 'self', ?, now() - interval '8 months')")
				.params(member.id(), member.id())
				.update();
			return new Race(lead.client(), "/api/teams/" + team + "/reassessment-requests", "{}",
					() -> t.count("select count(*) from team_reassessment_request where team_id = ?", team) == 1);
		});
		// the reminders' routes (issue 24)
		s.put("POST /api/me/certifications", (t) -> {
			TestUser user = t.user();
			return new Race(user.client(), "/api/me/certifications",
					Json.object("name", "Race certificate", "issuedOn", "2026-01-15"),
					() -> t.count("select count(*) from certification where account_id = ?", user.id()) == 1);
		});
		s.put("POST /api/me/calendar-feed", (t) -> {
			TestUser user = t.user();
			// each run makes a new secret address: two runs would answer two different
			// ones
			return new Race(user.client(), "/api/me/calendar-feed", null,
					() -> t.count("select count(*) from calendar_feed where account_id = ?", user.id()) == 1);
		});
		s.put("POST /api/me/skills/{skillCode}/confirm", (t) -> {
			TestUser user = t.user();
			t.jdbc
				.sql("insert into skill_assessment (account_id, skill_code, level, source, assessed_by, assessed_at)"
						+ " values (?, 'linux-administration', 3, 'self', ?, now() - interval '8 months')")
				.params(user.id(), user.id())
				.update();
			return new Race(user.client(), "/api/me/skills/linux-administration/confirm", null, () -> t.count(
					"select count(*) from skill_assessment where account_id = ?" + " and confirmed_at is not null",
					user.id()) == 1);
		});
		s.put("POST /api/unsubscribe/{token}", (t) -> {
			TestUser user = t.user();
			String token = t.secrets.sign("unsubscribe", user.id() + " review-written");
			return new Race(null, "/api/unsubscribe/" + token, null,
					() -> t.count("select count(*) from notification_preference where account_id = ?"
							+ " and kind = 'review-written' and delivery = 'app'", user.id()) == 1);
		});
		return s;
	}

	static Stream<String> routes() {
		return SCENARIOS.keySet().stream();
	}

	@AfterAll
	static void stopSecondInstance() {
		if (second != null) {
			second.close();
			second = null;
		}
	}

	@Test
	void everyPostRouteHasAScenario() {
		Set<String> served = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
					info.getPatternValues()
						.stream()
						.filter((pattern) -> pattern.startsWith("/api/"))
						.forEach((pattern) -> served.add("POST " + pattern));
				}
			}
		}
		Set<String> covered = new TreeSet<>(SCENARIOS.keySet());
		covered.addAll(NOT_CHANGING.keySet());
		assertThat(served).as("POST routes found").isNotEmpty();
		assertThat(covered).as("a scenario (or a reason) for every POST route, and none for a route that is gone")
			.isEqualTo(served);
		assertThat(SCENARIOS.keySet()).doesNotContainAnyElementsOf(NOT_CHANGING.keySet());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("routes")
	void theSamePostOnTwoInstancesAtOnceHappensOnceWithOneAnswer(String route) throws Exception {
		Race race = SCENARIOS.get(route).prepare(this);
		int[] ports = { this.port, secondPort() };
		String key = UUID.randomUUID().toString();
		List<HttpTestClient> clients = new ArrayList<>();
		for (int instance : ports) {
			HttpTestClient client = new HttpTestClient(instance);
			if (race.caller() != null) {
				client.cookies().putAll(race.caller().cookies());
			}
			else {
				client.get("/api/auth/csrf");
			}
			clients.add(client);
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
			for (HttpTestClient client : clients) {
				calls.add(() -> {
					start.await();
					return client.send("POST", race.path(),
							(race.body() != null)
									? HttpRequest.BodyPublishers.ofString(race.body(), StandardCharsets.UTF_8)
									: HttpRequest.BodyPublishers.noBody(),
							(race.body() != null) ? "application/json" : null, Map.of(IdempotencyFilter.HEADER, key));
				});
			}
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (Callable<HttpResponse<String>> call : calls) {
				futures.add(pool.submit(call));
			}
			start.countDown();
			HttpResponse<String> first = futures.get(0).get();
			HttpResponse<String> other = futures.get(1).get();

			assertThat(first.statusCode()).as("%s: %s", route, first.body()).isBetween(200, 299);
			assertThat(other.statusCode()).as("the same status twice").isEqualTo(first.statusCode());
			assertThat(other.body()).as("the same body twice").isEqualTo(first.body());
			assertThat(Stream.of(first, other)
				.filter((r) -> "true".equals(r.headers().firstValue(IdempotencyFilter.REPLAYED).orElse(null)))
				.count()).as("one ran, the other got its answer").isEqualTo(1);
			assertThat(race.happenedOnce().getAsBoolean()).as("%s happened once", route).isTrue();
		}
		finally {
			pool.shutdownNow();
		}
	}

	// steps of the scenarios

	TestUser user() throws Exception {
		return new TestAccounts(this.mvc).register();
	}

	/** A mentee and their active mentor. */
	TestUser[] mentorship() throws Exception {
		TestUser mentee = user();
		TestUser mentor = user();
		Mentoring.activate(mentee, mentor);
		return new TestUser[] { mentee, mentor };
	}

	long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

	boolean canLogIn(String email, String password) {
		try {
			new TestAccounts(this.mvc).logIn(email, password);
			return true;
		}
		catch (Exception | AssertionError ex) {
			return false;
		}
	}

	/** The id of the user's first notification, once it arrived. */
	long awaitNotification(TestUser user) {
		return await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("select min(id) from notification where recipient_id = ?")
				.params(user.id())
				.query(Long.class)
				.optional()
				.orElse(null), (id) -> id != null);
	}

	private int secondPort() {
		if (second == null) {
			JdbcConnectionDetails database = this.database;
			second = new SpringApplicationBuilder(SkillgapApplication.class, ThrottleOnTestClock.class).profiles("test")
				.properties("spring.main.banner-mode=off")
				.initializers((context) -> ((GenericApplicationContext) context)
					.registerBean(JdbcConnectionDetails.class, () -> database))
				.run("--server.port=0");
		}
		return Integer.parseInt(second.getEnvironment().getRequiredProperty("local.server.port"));
	}

}

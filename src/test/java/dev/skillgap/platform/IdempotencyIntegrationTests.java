package dev.skillgap.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Mentoring;
import dev.skillgap.ProblemDetails;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every POST is safe to repeat with an {@code Idempotency-Key}: the repeat gets the first
 * answer and changes nothing; another request under the same key is 422; keys are per
 * caller, kept for 24 hours, and only successful answers are kept.
 */
@IntegrationTest
class IdempotencyIntegrationTests {

	static final String KEY = IdempotencyFilter.HEADER;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdempotencyKeys keys;

	TestAccounts accounts() {
		return new TestAccounts(this.mvc);
	}

	private static MvcResult review(TestUser mentor, TestUser mentee, String key, String body) throws Exception {
		return mentor.client()
			.perform(post("/api/mentees/" + mentee.id() + "/reviews").header(KEY, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("body", body)))
			.andReturn();
	}

	private long reviews(TestUser mentee) {
		return this.jdbc.sql("select count(*) from mentor_review where mentee_id = :mentee")
			.param("mentee", mentee.id())
			.query(Long.class)
			.single();
	}

	@Test
	void aRepeatGetsTheFirstAnswerAndChangesNothing() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register();
		Mentoring.activate(mentee, mentor);
		String key = UUID.randomUUID().toString();

		MvcResult first = review(mentor, mentee, key, "Well done");
		MvcResult repeat = review(mentor, mentee, key, "Well done");

		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(repeat.getResponse().getStatus()).isEqualTo(201);
		assertThat(Json.body(repeat)).isEqualTo(Json.body(first));
		assertThat(repeat.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
		assertThat(first.getResponse().getHeader(IdempotencyFilter.REPLAYED)).isNull();
		assertThat(repeat.getResponse().getHeader(IdempotencyFilter.REPLAYED)).isEqualTo("true");
		assertThat(reviews(mentee)).as("one review").isEqualTo(1);

		// a new action (a new key) does it again
		assertThat(review(mentor, mentee, UUID.randomUUID().toString(), "Well done").getResponse().getStatus())
			.isEqualTo(201);
		assertThat(reviews(mentee)).isEqualTo(2);
	}

	@Test
	void theSameKeyForAnotherRequestIs422AndChangesNothing() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register();
		Mentoring.activate(mentee, mentor);
		String key = UUID.randomUUID().toString();
		review(mentor, mentee, key, "First text");

		MvcResult other = review(mentor, mentee, key, "Another text");

		ProblemDetails.assertProblem(other, 422);
		assertThat(Json.<String>read(other, "$.errors[0].field")).isEqualTo(KEY);
		assertThat(reviews(mentee)).isEqualTo(1);
		// the same key on another path too
		MvcResult elsewhere = mentor.client()
			.perform(post("/api/teams").header(KEY, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("name", "Keyed")))
			.andReturn();
		ProblemDetails.assertProblem(elsewhere, 422);
	}

	@Test
	void keysArePerAccount() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register();
		TestUser other = accounts().register();
		Mentoring.activate(mentee, mentor);
		Mentoring.activate(mentee, other);
		String key = UUID.randomUUID().toString();

		review(mentor, mentee, key, "Same text");
		MvcResult second = review(other, mentee, key, "Same text");

		assertThat(second.getResponse().getStatus()).isEqualTo(201);
		assertThat(second.getResponse().getHeader(IdempotencyFilter.REPLAYED)).isNull();
		assertThat(reviews(mentee)).isEqualTo(2);
	}

	@Test
	void errorsAreNotKeptSoTheRepeatRunsAgain() throws Exception {
		TestUser learner = accounts().register();
		String key = UUID.randomUUID().toString();
		String unknown = Json.object("itemCode", "no-such-item");
		for (int i = 0; i < 2; i++) {
			MvcResult result = learner.client()
				.perform(post("/api/me/plan").header(KEY, key).contentType(MediaType.APPLICATION_JSON).content(unknown))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(404);
			assertThat(result.getResponse().getHeader(IdempotencyFilter.REPLAYED)).isNull();
		}
		assertThat(this.jdbc.sql("select count(*) from idempotency_key where scope = :scope")
			.param("scope", "account:" + learner.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aKeyIsKeptForADayThenPurged() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register();
		Mentoring.activate(mentee, mentor);
		String key = UUID.randomUUID().toString();
		review(mentor, mentee, key, "Once");
		this.jdbc.sql("update idempotency_key set created_at = now() - interval '23 hours' where key = :key")
			.param("key", key)
			.update();
		assertThat(review(mentor, mentee, key, "Once").getResponse().getHeader(IdempotencyFilter.REPLAYED))
			.isEqualTo("true");
		assertThat(reviews(mentee)).isEqualTo(1);

		this.jdbc.sql("update idempotency_key set created_at = now() - interval '25 hours' where key = :key")
			.param("key", key)
			.update();
		assertThat(this.keys.purge()).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from idempotency_key where key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isZero();
		// an expired key is a new action
		MvcResult later = review(mentor, mentee, key, "Once");
		assertThat(later.getResponse().getHeader(IdempotencyFilter.REPLAYED)).isNull();
		assertThat(reviews(mentee)).isEqualTo(2);
	}

	@Test
	void anExpiredKeyNotYetPurgedIsANewActionToo() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register();
		Mentoring.activate(mentee, mentor);
		String key = UUID.randomUUID().toString();
		review(mentor, mentee, key, "Once");
		this.jdbc.sql("update idempotency_key set created_at = now() - interval '25 hours' where key = :key")
			.param("key", key)
			.update();
		MvcResult later = review(mentor, mentee, key, "Another text, a day later");
		assertThat(later.getResponse().getStatus()).isEqualTo(201);
		assertThat(reviews(mentee)).isEqualTo(2);
	}

	@Test
	void registrationIsKeyedByTheClientAddress() throws Exception {
		TestClient browser = accounts().anonymous();
		String key = UUID.randomUUID().toString();
		String body = Json.object("email", TestAccounts.uniqueEmail("keyed"), "password", TestAccounts.PASSWORD,
				"displayName", "Keyed");
		MvcResult first = browser
			.perform(post("/api/auth/register").header(KEY, key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn();
		TestClient sameAddress = accounts().anonymous().from(browser.remoteAddress());
		MvcResult repeat = sameAddress
			.perform(post("/api/auth/register").header(KEY, key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn();
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(repeat.getResponse().getStatus()).isEqualTo(201);
		assertThat(Json.body(repeat)).isEqualTo(Json.body(first));
		assertThat(repeat.getResponse().getHeader(IdempotencyFilter.REPLAYED)).isEqualTo("true");

		// another address with the same key is another caller: the email is taken
		MvcResult elsewhere = accounts().anonymous()
			.perform(post("/api/auth/register").header(KEY, key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andReturn();
		assertThat(elsewhere.getResponse().getStatus()).isEqualTo(409);
	}

	@Test
	void loginIsNeverKept() throws Exception {
		TestUser user = accounts().register();
		String key = UUID.randomUUID().toString();
		for (int i = 0; i < 2; i++) {
			MvcResult login = accounts().anonymous()
				.perform(post("/api/auth/login").header(KEY, key)
					.contentType(MediaType.APPLICATION_JSON)
					.content(Json.object("email", user.email(), "password", user.password())))
				.andReturn();
			assertThat(login.getResponse().getStatus()).isEqualTo(200);
			assertThat(login.getResponse().getHeader(IdempotencyFilter.REPLAYED)).isNull();
			assertThat(login.getResponse().getCookie(TestClient.SESSION_COOKIE)).as("a session of its own").isNotNull();
		}
	}

	@Test
	void aMalformedKeyIs400NamingTheHeader() throws Exception {
		TestUser learner = accounts().register();
		for (String bad : List.of("", "with space", "x".repeat(256), "ünïcode")) {
			MvcResult result = learner.client()
				.perform(post("/api/me/plan").header(KEY, bad)
					.contentType(MediaType.APPLICATION_JSON)
					.content(Json.object("itemCode", "lpic-1")))
				.andReturn();
			ProblemDetails.assertProblem(result, 400);
			assertThat(Json.<String>read(result, "$.errors[0].field")).isEqualTo(KEY);
		}
		assertThat(this.jdbc.sql("select count(*) from learning_plan_item where account_id = :account")
			.param("account", learner.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void twoRepeatsAtOnceCreateOneThingAndGetOneAnswer() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register();
		Mentoring.activate(mentee, mentor);
		mentor.client().fetchCsrfToken();
		String key = UUID.randomUUID().toString();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<MvcResult>> calls = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				calls.add(() -> review(mentor, mentee, key, "At once"));
			}
			List<String> bodies = new ArrayList<>();
			for (Future<MvcResult> result : pool.invokeAll(calls)) {
				assertThat(result.get().getResponse().getStatus()).isEqualTo(201);
				bodies.add(Json.body(result.get()));
			}
			assertThat(bodies).as("one answer").containsOnly(bodies.get(0));
			assertThat(reviews(mentee)).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}

package dev.skillgap.identity;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.MutableClock;
import dev.skillgap.ProblemDetails;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestClient;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CSRF, sessions, login throttling and who may call which route. The throttle runs on a
 * clock that stands still unless a test moves it, so that its locks do not expire
 * half-way through a test on a slow machine.
 */
@IntegrationTest
@Import(ThrottleOnTestClock.class)
class SecurityIntegrationTests {

	static final MutableClock clock = ThrottleOnTestClock.clock;

	static final String ADMIN_EMAIL = TestAccounts.uniqueEmail("matrix-admin");

	@DynamicPropertySource
	static void adminEmails(DynamicPropertyRegistry registry) {
		registry.add("skillgap.security.admin-emails", () -> ADMIN_EMAIL);
	}

	@Autowired
	MockMvc mvc;

	TestAccounts accounts;

	@Autowired
	void accounts(MockMvc mvc) {
		this.accounts = new TestAccounts(mvc);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static MockHttpServletRequestBuilder login(String email, String password) {
		return json(post("/api/auth/login"), Json.object("email", email, "password", password));
	}

	// CSRF

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource({ "POST, /api/auth/register", "POST, /api/auth/login", "POST, /api/auth/logout", "PATCH, /api/auth/me" })
	void stateChangingRequestsWithoutTheCsrfTokenAre403(String method, String path) throws Exception {
		TestUser user = this.accounts.register();
		String body = Json.object("email", TestAccounts.uniqueEmail(), "password", user.password(), "displayName",
				"No Token");
		user.client()
			.performWithoutCsrfHeader(json(request(HttpMethod.valueOf(method), path), body))
			.andExpect(problem(403))
			.andExpect(jsonPath("$.detail").value(containsString("CSRF")));
		// nothing happened: still logged in as the same user, with the same name
		user.client()
			.perform(get("/api/auth/me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(user.id().toString()))
			.andExpect(jsonPath("$.displayName").value("Test User"));
	}

	@Test
	void aCsrfHeaderThatDoesNotMatchTheCookieIs403() throws Exception {
		TestClient client = this.accounts.anonymous();
		String token = client.fetchCsrfToken();
		this.mvc
			.perform(login(TestAccounts.uniqueEmail(), TestAccounts.PASSWORD).cookie(new Cookie("XSRF-TOKEN", token))
				.header("X-XSRF-TOKEN", token + "x"))
			.andExpect(problem(403))
			.andExpect(jsonPath("$.detail").value(containsString("CSRF")));
		// a header without the cookie (what a cross-site form or script could send)
		this.mvc.perform(login(TestAccounts.uniqueEmail(), TestAccounts.PASSWORD).header("X-XSRF-TOKEN", token))
			.andExpect(problem(403));
	}

	@Test
	void theCookieToHeaderSchemeWorks() throws Exception {
		MvcResult csrf = this.mvc.perform(get("/api/auth/csrf"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headerName").value("X-XSRF-TOKEN"))
			.andReturn();
		Cookie cookie = csrf.getResponse().getCookie("XSRF-TOKEN");
		assertThat(cookie).isNotNull();
		String token = cookie.getValue();
		assertThat(token).isNotBlank();
		assertThat(Json.<String>read(csrf, "$.token")).isEqualTo(token);
		assertThat(cookie.isHttpOnly()).as("the SPA must be able to read the cookie").isFalse();
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getAttribute("SameSite")).isEqualToIgnoringCase("Lax");

		// echo it by hand, exactly as the SPA does
		String email = TestAccounts.uniqueEmail();
		this.mvc
			.perform(json(post("/api/auth/register"),
					Json.object("email", email, "password", TestAccounts.PASSWORD, "displayName", "By Hand"))
				.cookie(new Cookie("XSRF-TOKEN", token))
				.header("X-XSRF-TOKEN", token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value(email));
	}

	@Test
	void loginChangesTheSessionIdAndTheCsrfToken() throws Exception {
		TestUser user = this.accounts.register();
		TestClient client = user.client();
		String sessionBefore = client.session();
		assertThat(sessionBefore).as("session cookie before login").isNotNull();
		String tokenBefore = client.csrfToken();

		MvcResult result = client.perform(login(user.email(), user.password())).andExpect(status().isOk()).andReturn();

		String sessionAfter = TestClient.lastCookieValue(result, TestClient.SESSION_COOKIE);
		assertThat(sessionAfter).as("session id after login").isNotEmpty().isNotEqualTo(sessionBefore);
		assertThat(client.session()).isEqualTo(sessionAfter);
		String fresh = TestClient.lastCookieValue(result, "XSRF-TOKEN");
		assertThat(fresh).as("the login response sets a fresh XSRF-TOKEN cookie (not only deletes the old one)")
			.isNotEmpty()
			.isNotEqualTo(tokenBefore);
		assertThat(client.csrfToken()).as("CSRF token after login").isEqualTo(fresh);
		// the fresh token works right away, without fetching another one
		this.mvc
			.perform(patch("/api/auth/me").cookie(client.sessionCookie())
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("locale", "ja"))
				.cookie(new Cookie("XSRF-TOKEN", fresh))
				.header("X-XSRF-TOKEN", fresh))
			.andExpect(status().isOk());
		// the old token is not accepted any more
		this.mvc
			.perform(patch("/api/auth/me").cookie(client.sessionCookie())
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("locale", "ja"))
				.cookie(new Cookie("XSRF-TOKEN", client.csrfToken()))
				.header("X-XSRF-TOKEN", tokenBefore))
			.andExpect(problem(403));
	}

	@Test
	void registrationSetsAFreshCsrfTokenInTheSameResponse() throws Exception {
		TestClient client = this.accounts.anonymous();
		String tokenBefore = client.fetchCsrfToken();
		MvcResult result = client
			.perform(
					json(post("/api/auth/register"),
							Json.object("email", TestAccounts.uniqueEmail(), "password", TestAccounts.PASSWORD,
									"displayName", "Fresh Token")))
			.andExpect(status().isCreated())
			.andReturn();
		String fresh = TestClient.lastCookieValue(result, "XSRF-TOKEN");
		assertThat(fresh).as("the registration response sets a fresh XSRF-TOKEN cookie")
			.isNotEmpty()
			.isNotEqualTo(tokenBefore);
		this.mvc
			.perform(patch("/api/auth/me").cookie(client.sessionCookie())
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("displayName", "Still Fresh"))
				.cookie(new Cookie("XSRF-TOKEN", fresh))
				.header("X-XSRF-TOKEN", fresh))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Still Fresh"));
		// the token from before the registration is not accepted any more
		this.mvc
			.perform(patch("/api/auth/me").cookie(client.sessionCookie())
				.contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("displayName", "Stale"))
				.cookie(new Cookie("XSRF-TOKEN", fresh))
				.header("X-XSRF-TOKEN", tokenBefore))
			.andExpect(problem(403));
	}

	@Test
	void registrationAlsoChangesAnExistingSessionId() throws Exception {
		TestUser first = this.accounts.register();
		TestClient client = first.client();
		String before = client.session();
		client
			.perform(
					json(post("/api/auth/register"),
							Json.object("email", TestAccounts.uniqueEmail(), "password", TestAccounts.PASSWORD,
									"displayName", "Second")))
			.andExpect(status().isCreated());
		assertThat(client.session()).isNotNull().isNotEqualTo(before);
		client.perform(get("/api/auth/me")).andExpect(jsonPath("$.displayName").value("Second"));
	}

	// Login throttling

	@Test
	void anAccountIsLockedAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
		TestUser user = this.accounts.register();
		TestClient attacker = this.accounts.anonymous();
		for (int i = 1; i <= LoginThrottle.FREE_FAILURES; i++) {
			attacker.perform(login(user.email(), "wrong guess " + i)).andExpect(problem(401));
		}
		// the free failures are used up: this attempt is still checked, and its failure
		// locks the account for one second
		attacker.perform(login(user.email(), "wrong guess 6")).andExpect(problem(401));

		MvcResult locked = attacker.perform(login(user.email(), user.password()))
			.andExpect(problem(429))
			.andExpect(header().string("Retry-After", "1"))
			.andReturn();
		assertThat(attacker.session()).as("no session while locked").isNull();
		assertThat(locked.getResponse().getHeader("Retry-After")).matches("\\d+");
		// the lock is on the account, whichever address asks
		this.accounts.anonymous().perform(login(user.email(), user.password())).andExpect(problem(429));
		// letter case does not get around it
		this.accounts.anonymous()
			.perform(login(user.email().toUpperCase(java.util.Locale.ROOT), user.password()))
			.andExpect(problem(429));

		clock.advance(Duration.ofSeconds(1));
		attacker.perform(login(user.email(), "wrong guess 7")).andExpect(problem(401));
		attacker.perform(login(user.email(), user.password()))
			.andExpect(problem(429))
			.andExpect(header().string("Retry-After", "2"));

		clock.advance(Duration.ofSeconds(2));
		TestClient owner = this.accounts.anonymous();
		owner.perform(login(user.email(), user.password())).andExpect(status().isOk());
		owner.perform(get("/api/auth/me")).andExpect(status().isOk());
	}

	@Test
	void aSuccessfulLoginResetsTheCount() throws Exception {
		TestUser user = this.accounts.register();
		TestClient client = this.accounts.anonymous();
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			client.perform(login(user.email(), "typo " + i)).andExpect(problem(401));
		}
		client.perform(login(user.email(), user.password())).andExpect(status().isOk());
		for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
			client.perform(login(user.email(), "typo again " + i)).andExpect(problem(401));
		}
		client.perform(login(user.email(), user.password())).andExpect(status().isOk());
	}

	@Test
	void oneAddressIsThrottledAfterManyFailuresAcrossAccounts() throws Exception {
		TestUser victim = this.accounts.register();
		String address = TestClient.uniqueAddress();
		TestClient sprayer = this.accounts.anonymous().from(address);
		for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			// one failure per account: no account gets near its own limit
			sprayer.perform(login(TestAccounts.uniqueEmail("spray"), "Summer2030!!")).andExpect(problem(401));
		}
		sprayer.perform(login(TestAccounts.uniqueEmail("spray"), "Summer2030!!"))
			.andExpect(problem(429))
			.andExpect(header().string("Retry-After", "1"));
		// the right password for another account from that address waits too
		this.accounts.anonymous()
			.from(address)
			.perform(login(victim.email(), victim.password()))
			.andExpect(problem(429));
		// but the account is not locked for everyone else
		this.accounts.anonymous().perform(login(victim.email(), victim.password())).andExpect(status().isOk());
	}

	@Test
	void fewerFailuresThanTheAddressLimitDoNotThrottleTheAddress() throws Exception {
		TestUser user = this.accounts.register();
		TestClient client = this.accounts.anonymous();
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			client.perform(login(TestAccounts.uniqueEmail("forgetful"), TestAccounts.PASSWORD)).andExpect(problem(401));
		}
		client.perform(login(user.email(), user.password())).andExpect(status().isOk());
	}

	// Who may call what

	/** Request bodies by route; routes not listed are sent without a body. */
	private final Map<String, Function<Fixture, String>> bodies = Map.ofEntries(
			// register
			Map.entry("POST /api/auth/register",
					(f) -> Json.object("email", TestAccounts.uniqueEmail("matrix"), "password", TestAccounts.PASSWORD,
							"displayName", "Matrix")),
			// login: with the credentials of an existing account
			Map.entry("POST /api/auth/login",
					(f) -> Json.object("email", f.other().email(), "password", f.other().password())),
			// profile
			Map.entry("PATCH /api/auth/me", (f) -> Json.object("locale", "ja")),
			// skills, fit
			Map.entry("PUT /api/me/skills/linux-administration", (f) -> Json.object("level", 3)),
			Map.entry("POST /api/me/fit/what-if",
					(f) -> Json.object("changes", List.of(Map.of("skillCode", "linux-administration", "level", 4)))),
			// learning plan, goal, career
			Map.entry("POST /api/me/plan", (f) -> Json.object("itemCode", "lpic-1")),
			Map.entry("PUT /api/me/plan/order", (f) -> Json.object("itemCodes", List.of("lpic-1"))),
			Map.entry("PATCH /api/me/plan/lpic-1", (f) -> Json.object("status", "in-progress")),
			Map.entry("POST /api/me/plan/lpic-1/hours", (f) -> Json.object("hours", 1.5)),
			Map.entry("POST /api/me/plan/lpic-1/apply-levels",
					(f) -> Json.object("skillCodes", List.of("linux-administration"))),
			Map.entry("PUT /api/me/goal", (f) -> Json.object("roleCode", "cloud-engineer", "targetDate", "2099-12-31")),
			Map.entry("PUT /api/me/career/current", (f) -> Json.object("roleCode", "infrastructure-engineer")),
			// job postings
			Map.entry("POST /api/postings/analyze", (f) -> Json.object("text", POSTING)),
			Map.entry("POST /api/me/postings", (f) -> Json.object("text", POSTING)));

	/** A short job posting for the postings routes. */
	static final String POSTING = "サーバーエンジニア募集\n【必須スキル】Linuxサーバーの構築経験3年以上、Nginx";

	/**
	 * {@code {posting}} in a row's path: a posting the caller saved first (a random id
	 * for an anonymous caller, who is refused before it is looked up).
	 */
	static final String POSTING_ID = "{posting}";

	private static String savePosting(TestClient client) throws Exception {
		MvcResult saved = client.perform(json(post("/api/me/postings"), Json.object("text", POSTING)))
			.andExpect(status().isCreated())
			.andReturn();
		return Json.read(saved, "$.id");
	}

	/**
	 * What a logged-in caller does before the row's request, by route; for example, put
	 * the item in the plan before changing it.
	 */
	private final Map<String, Setup> setups = Map.of(
			// the item must be in the plan
			"PUT /api/me/plan/order", (client) -> addToPlan(client, "lpic-1"), "PATCH /api/me/plan/lpic-1",
			(client) -> addToPlan(client, "lpic-1"), "DELETE /api/me/plan/lpic-1",
			(client) -> addToPlan(client, "lpic-1"), "POST /api/me/plan/lpic-1/hours",
			(client) -> addToPlan(client, "lpic-1"), "GET /api/me/plan/lpic-1/proposed-levels",
			(client) -> addToPlan(client, "lpic-1"),
			// ... and finished
			"POST /api/me/plan/lpic-1/apply-levels", (client) -> {
				addToPlan(client, "lpic-1");
				client.perform(json(patch("/api/me/plan/lpic-1"), Json.object("status", "done")))
					.andExpect(status().isOk());
			});

	private static void addToPlan(TestClient client, String item) throws Exception {
		client.perform(json(post("/api/me/plan"), Json.object("itemCode", item))).andExpect(status().isCreated());
	}

	/**
	 * Every route against every kind of caller. {@code who}: anonymous, learner (a
	 * registered user) or admin (listed in {@code skillgap.security.admin-emails});
	 * {@code csrf}: whether the {@code X-XSRF-TOKEN} header is sent (the cookie always
	 * is). Add rows as modules add routes; add a body above if the route needs one.
	 * {@code {posting}} in a path stands for a posting the caller saved.
	 */
	@ParameterizedTest(name = "{0} {1} as {2} {3} CSRF header -> {4}")
	@CsvSource(delimiter = '|', textBlock = """
			GET    | /api/auth/me       | anonymous | without | 401
			GET    | /api/auth/me       | learner   | without | 200
			GET    | /api/auth/me       | admin     | without | 200
			PATCH  | /api/auth/me       | anonymous | without | 403
			PATCH  | /api/auth/me       | anonymous | with    | 401
			PATCH  | /api/auth/me       | learner   | without | 403
			PATCH  | /api/auth/me       | learner   | with    | 200
			PATCH  | /api/auth/me       | admin     | with    | 200
			GET    | /api/auth/csrf     | anonymous | without | 200
			GET    | /api/auth/csrf     | learner   | without | 200
			POST   | /api/auth/register | anonymous | without | 403
			POST   | /api/auth/register | anonymous | with    | 201
			POST   | /api/auth/register | learner   | without | 403
			POST   | /api/auth/register | learner   | with    | 201
			POST   | /api/auth/login    | anonymous | without | 403
			POST   | /api/auth/login    | anonymous | with    | 200
			POST   | /api/auth/login    | learner   | without | 403
			POST   | /api/auth/login    | learner   | with    | 200
			POST   | /api/auth/logout   | anonymous | without | 403
			POST   | /api/auth/logout   | anonymous | with    | 204
			POST   | /api/auth/logout   | learner   | without | 403
			POST   | /api/auth/logout   | learner   | with    | 204
			DELETE | /api/auth/me       | learner   | with    | 405
			GET    | /api/no-such-route | anonymous | without | 401
			GET    | /api/no-such-route | learner   | without | 404
			GET    | /actuator/health   | anonymous | without | 200
			GET    | /actuator/info     | anonymous | without | 200
			GET    | /actuator          | anonymous | without | 401
			GET    | /actuator          | learner   | without | 403
			GET    | /actuator          | admin     | without | 200
			GET    | /v3/api-docs       | anonymous | without | 200
			GET    | /api/skills                                   | anonymous | without | 401
			GET    | /api/skills                                   | learner   | without | 200
			GET    | /api/skills/categories                        | anonymous | without | 401
			GET    | /api/skills/categories                        | learner   | without | 200
			GET    | /api/skills/scale                             | anonymous | without | 401
			GET    | /api/skills/scale                             | learner   | without | 200
			GET    | /api/me/skills                                | anonymous | without | 401
			GET    | /api/me/skills                                | learner   | without | 200
			GET    | /api/me/skills/history                        | anonymous | without | 401
			GET    | /api/me/skills/history                        | learner   | without | 200
			GET    | /api/me/skills/linux-administration/history   | anonymous | without | 401
			GET    | /api/me/skills/linux-administration/history   | learner   | without | 200
			PUT    | /api/me/skills/linux-administration           | anonymous | without | 403
			PUT    | /api/me/skills/linux-administration           | anonymous | with    | 401
			PUT    | /api/me/skills/linux-administration           | learner   | without | 403
			PUT    | /api/me/skills/linux-administration           | learner   | with    | 200
			PUT    | /api/me/skills/linux-administration           | admin     | with    | 200
			GET    | /api/roles                                    | anonymous | without | 401
			GET    | /api/roles                                    | learner   | without | 200
			GET    | /api/roles/server-engineer                    | anonymous | without | 401
			GET    | /api/roles/server-engineer                    | learner   | without | 200
			GET    | /api/me/fit                                   | anonymous | without | 401
			GET    | /api/me/fit                                   | learner   | without | 200
			GET    | /api/me/fit/server-engineer                   | anonymous | without | 401
			GET    | /api/me/fit/server-engineer                   | learner   | without | 200
			GET    | /api/me/fit/explanation                       | anonymous | without | 401
			GET    | /api/me/fit/explanation                       | learner   | without | 200
			GET    | /api/me/fit/history                           | anonymous | without | 401
			GET    | /api/me/fit/history                           | learner   | without | 200
			POST   | /api/me/fit/what-if                           | anonymous | without | 403
			POST   | /api/me/fit/what-if                           | anonymous | with    | 401
			POST   | /api/me/fit/what-if                           | learner   | without | 403
			POST   | /api/me/fit/what-if                           | learner   | with    | 200
			GET    | /api/learning/items                           | anonymous | without | 401
			GET    | /api/learning/items                           | learner   | without | 200
			GET    | /api/learning/items/lpic-1                    | anonymous | without | 401
			GET    | /api/learning/items/lpic-1                    | learner   | without | 200
			GET    | /api/me/recommendations                       | anonymous | without | 401
			GET    | /api/me/recommendations                       | learner   | without | 200
			GET    | /api/me/plan                                  | anonymous | without | 401
			GET    | /api/me/plan                                  | learner   | without | 200
			POST   | /api/me/plan                                  | anonymous | without | 403
			POST   | /api/me/plan                                  | anonymous | with    | 401
			POST   | /api/me/plan                                  | learner   | without | 403
			POST   | /api/me/plan                                  | learner   | with    | 201
			PUT    | /api/me/plan/order                            | anonymous | without | 403
			PUT    | /api/me/plan/order                            | anonymous | with    | 401
			PUT    | /api/me/plan/order                            | learner   | without | 403
			PUT    | /api/me/plan/order                            | learner   | with    | 200
			PATCH  | /api/me/plan/lpic-1                           | anonymous | without | 403
			PATCH  | /api/me/plan/lpic-1                           | anonymous | with    | 401
			PATCH  | /api/me/plan/lpic-1                           | learner   | without | 403
			PATCH  | /api/me/plan/lpic-1                           | learner   | with    | 200
			DELETE | /api/me/plan/lpic-1                           | anonymous | without | 403
			DELETE | /api/me/plan/lpic-1                           | anonymous | with    | 401
			DELETE | /api/me/plan/lpic-1                           | learner   | without | 403
			DELETE | /api/me/plan/lpic-1                           | learner   | with    | 204
			POST   | /api/me/plan/lpic-1/hours                     | anonymous | without | 403
			POST   | /api/me/plan/lpic-1/hours                     | anonymous | with    | 401
			POST   | /api/me/plan/lpic-1/hours                     | learner   | without | 403
			POST   | /api/me/plan/lpic-1/hours                     | learner   | with    | 200
			GET    | /api/me/plan/lpic-1/proposed-levels           | anonymous | without | 401
			GET    | /api/me/plan/lpic-1/proposed-levels           | learner   | without | 200
			POST   | /api/me/plan/lpic-1/apply-levels              | anonymous | without | 403
			POST   | /api/me/plan/lpic-1/apply-levels              | anonymous | with    | 401
			POST   | /api/me/plan/lpic-1/apply-levels              | learner   | without | 403
			POST   | /api/me/plan/lpic-1/apply-levels              | learner   | with    | 200
			GET    | /api/me/goal                                  | anonymous | without | 401
			GET    | /api/me/goal                                  | learner   | without | 204
			PUT    | /api/me/goal                                  | anonymous | without | 403
			PUT    | /api/me/goal                                  | anonymous | with    | 401
			PUT    | /api/me/goal                                  | learner   | without | 403
			PUT    | /api/me/goal                                  | learner   | with    | 200
			DELETE | /api/me/goal                                  | anonymous | without | 403
			DELETE | /api/me/goal                                  | anonymous | with    | 401
			DELETE | /api/me/goal                                  | learner   | without | 403
			DELETE | /api/me/goal                                  | learner   | with    | 204
			GET    | /api/me/career                                | anonymous | without | 401
			GET    | /api/me/career                                | learner   | without | 200
			PUT    | /api/me/career/current                        | anonymous | without | 403
			PUT    | /api/me/career/current                        | anonymous | with    | 401
			PUT    | /api/me/career/current                        | learner   | without | 403
			PUT    | /api/me/career/current                        | learner   | with    | 200
			POST   | /api/postings/analyze                         | anonymous | without | 403
			POST   | /api/postings/analyze                         | anonymous | with    | 401
			POST   | /api/postings/analyze                         | learner   | without | 403
			POST   | /api/postings/analyze                         | learner   | with    | 200
			GET    | /api/me/postings                              | anonymous | without | 401
			GET    | /api/me/postings                              | learner   | without | 200
			POST   | /api/me/postings                              | anonymous | without | 403
			POST   | /api/me/postings                              | anonymous | with    | 401
			POST   | /api/me/postings                              | learner   | without | 403
			POST   | /api/me/postings                              | learner   | with    | 201
			GET    | /api/me/postings/{posting}                    | anonymous | without | 401
			GET    | /api/me/postings/{posting}                    | learner   | without | 200
			DELETE | /api/me/postings/{posting}                    | anonymous | without | 403
			DELETE | /api/me/postings/{posting}                    | anonymous | with    | 401
			DELETE | /api/me/postings/{posting}                    | learner   | without | 403
			DELETE | /api/me/postings/{posting}                    | learner   | with    | 204
			GET    | /api/me/postings/{posting}/history            | anonymous | without | 401
			GET    | /api/me/postings/{posting}/history            | learner   | without | 200
			GET    | /api/me/postings/compare?ids={posting}        | anonymous | without | 401
			GET    | /api/me/postings/compare?ids={posting}        | learner   | without | 200
			""")
	void routeMatrix(String method, String path, String who, String csrf, int expected) throws Exception {
		Fixture fixture = new Fixture(this.accounts);
		TestClient client = switch (who) {
			case "anonymous" -> this.accounts.anonymous();
			case "learner" -> this.accounts.register().client();
			case "admin" -> admin();
			default -> throw new IllegalArgumentException("Unknown caller " + who);
		};
		Setup setup = this.setups.get(method + " " + path);
		if (setup != null && !who.equals("anonymous")) {
			setup.prepare(client);
		}
		client.fetchCsrfToken();
		String uri = path;
		if (uri.contains(POSTING_ID)) {
			uri = uri.replace(POSTING_ID,
					who.equals("anonymous") ? java.util.UUID.randomUUID().toString() : savePosting(client));
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), uri);
		Function<Fixture, String> body = this.bodies.get(method + " " + path);
		if (body != null) {
			request = json(request, body.apply(fixture));
		}
		ResultActions result = switch (csrf) {
			case "with" -> client.perform(request);
			case "without" -> client.performWithoutCsrfHeader(request);
			default -> throw new IllegalArgumentException("csrf is 'with' or 'without', not " + csrf);
		};
		MvcResult mvcResult = result.andReturn();
		assertThat(mvcResult.getResponse().getStatus()).as("status; body: %s", Json.body(mvcResult))
			.isEqualTo(expected);
		if (expected >= 400) {
			ProblemDetails.assertProblem(mvcResult, expected);
		}
	}

	private TestClient admin() throws Exception {
		synchronized (SecurityIntegrationTests.class) {
			if (!adminRegistered) {
				TestClient client = this.accounts.register(ADMIN_EMAIL, TestAccounts.PASSWORD, "Admin", null).client();
				adminRegistered = true;
				return client;
			}
		}
		TestClient client = this.accounts.logIn(ADMIN_EMAIL, TestAccounts.PASSWORD);
		client.perform(get("/api/auth/me")).andExpect(jsonPath("$.roles[1]").value("ADMIN"));
		return client;
	}

	private static boolean adminRegistered;

	/**
	 * Data a row may need, such as another account to log in as (registered on first use:
	 * hashing a password takes a while).
	 */
	static final class Fixture {

		private final TestAccounts accounts;

		private TestUser other;

		Fixture(TestAccounts accounts) {
			this.accounts = accounts;
		}

		TestUser other() {
			if (this.other == null) {
				try {
					this.other = this.accounts.register();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
			return this.other;
		}

	}

	/** What a caller does before a row's request. */
	@FunctionalInterface
	interface Setup {

		void prepare(TestClient client) throws Exception;

	}

}

package dev.skillgap.identity;

import java.time.Duration;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestClient;
import dev.skillgap.TestClock;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
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
 * CSRF, sessions and login throttling (who may call which route:
 * {@link RouteMatrixIntegrationTests}). The throttle runs on a clock that stands still
 * unless a test moves it, so that its locks do not expire half-way through a test on a
 * slow machine.
 */
@IntegrationTest
class SecurityIntegrationTests {

	/**
	 * The login throttle's clock stands still during each test, so that a one-second lock
	 * cannot run out half-way through it.
	 */
	@BeforeEach
	void stopTheThrottlesClock() {
		TestClock.freeze();
	}

	@Autowired
	MockMvc mvc;

	TestAccounts accounts;

	@Autowired
	void accounts(MockMvc mvc) {
		this.accounts = new TestAccounts(mvc);
	}

	@Test
	void securityAnswersInTheRequestsLanguage() throws Exception {
		this.mvc.perform(get("/api/me/skills").header("Accept-Language", "ja"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("ログインしてください。"));
		this.mvc.perform(get("/api/me/skills").header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("You need to log in."));
		this.mvc.perform(post("/api/auth/logout").header("Accept-Language", "ja"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("CSRF トークン")));
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

		TestClock.advance(Duration.ofSeconds(1));
		attacker.perform(login(user.email(), "wrong guess 7")).andExpect(problem(401));
		attacker.perform(login(user.email(), user.password()))
			.andExpect(problem(429))
			.andExpect(header().string("Retry-After", "2"));

		TestClock.advance(Duration.ofSeconds(2));
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

}

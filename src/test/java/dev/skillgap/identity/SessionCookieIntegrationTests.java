package dev.skillgap.identity;

import java.net.http.HttpResponse;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.ProblemDetails;
import dev.skillgap.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions and the CSRF cookie through a real Tomcat and a real HTTP client, the way a
 * browser sees them: cookie attributes, the session id changing at login, and logout.
 */
@IntegrationTest
class SessionCookieIntegrationTests {

	@LocalServerPort
	int port;

	private static String register(String email) {
		return Json.object("email", email, "password", TestAccounts.PASSWORD, "displayName", "Browser User");
	}

	@Test
	void theCsrfCookieIsReadableByScriptAndMatchesTheTokenEndpoint() throws Exception {
		HttpTestClient browser = new HttpTestClient(this.port);
		HttpResponse<String> response = browser.get("/api/auth/csrf");
		assertThat(response.statusCode()).isEqualTo(200);
		String setCookie = HttpTestClient.setCookie(response, "XSRF-TOKEN");
		assertThat(setCookie).isNotNull();
		assertThat(HttpTestClient.attributes(setCookie)).contains("path=/", "samesite=lax").doesNotContain("httponly");
		assertThat(Json.<String>read(response.body(), "$.token")).isEqualTo(browser.cookies().get("XSRF-TOKEN"));
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpTestClient browser = new HttpTestClient(this.port);
		browser.get("/api/auth/csrf");
		HttpResponse<String> response = browser.postJson("/api/auth/register",
				register(TestAccounts.uniqueEmail("browser")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String setCookie = HttpTestClient.setCookie(response, "JSESSIONID");
		assertThat(setCookie).as("a session cookie").isNotNull();
		assertThat(HttpTestClient.attributes(setCookie)).contains("httponly", "samesite=lax");
		assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(200);
	}

	@Test
	void behindAnHttpsProxyTheCookiesAreSecure() throws Exception {
		HttpTestClient browser = new HttpTestClient(this.port).withHeader("X-Forwarded-Proto", "https");
		HttpResponse<String> csrf = browser.get("/api/auth/csrf");
		assertThat(HttpTestClient.attributes(HttpTestClient.setCookie(csrf, "XSRF-TOKEN"))).contains("secure");
		HttpResponse<String> response = browser.postJson("/api/auth/register",
				register(TestAccounts.uniqueEmail("secure")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(HttpTestClient.attributes(HttpTestClient.setCookie(response, "JSESSIONID"))).contains("secure",
				"httponly", "samesite=lax");
		assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(200);

		HttpTestClient plain = new HttpTestClient(this.port);
		plain.get("/api/auth/csrf");
		HttpResponse<String> overHttp = plain.postJson("/api/auth/register",
				register(TestAccounts.uniqueEmail("plain")));
		assertThat(HttpTestClient.attributes(HttpTestClient.setCookie(overHttp, "JSESSIONID"))).as("over plain HTTP")
			.doesNotContain("secure");
	}

	@Test
	void registerAndLoginSetAFreshCsrfCookieInTheSameResponse() throws Exception {
		String email = TestAccounts.uniqueEmail("fresh-csrf");
		HttpTestClient browser = new HttpTestClient(this.port);
		browser.get("/api/auth/csrf");
		String beforeRegistration = browser.cookies().get("XSRF-TOKEN");

		HttpResponse<String> registered = browser.postJson("/api/auth/register", register(email));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		String afterRegistration = freshCsrfToken(registered);
		assertThat(afterRegistration).isNotEqualTo(beforeRegistration);
		assertThat(browser.cookies()).containsEntry("XSRF-TOKEN", afterRegistration);
		assertThat(patchLocale(browser).statusCode()).as("a write with the new token").isEqualTo(200);

		HttpResponse<String> login = browser.postJson("/api/auth/login",
				Json.object("email", email, "password", TestAccounts.PASSWORD));
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		String afterLogin = freshCsrfToken(login);
		assertThat(afterLogin).isNotEqualTo(afterRegistration);
		assertThat(patchLocale(browser).statusCode()).as("a write with the token from the login").isEqualTo(200);

		// the token from before the login no longer matches the cookie
		HttpTestClient stale = new HttpTestClient(this.port).withoutCsrfHeader()
			.withHeader("X-XSRF-TOKEN", afterRegistration);
		stale.cookies().putAll(browser.cookies());
		HttpResponse<String> refused = patchLocale(stale);
		ProblemDetails.assertProblem(403, refused.headers().firstValue("Content-Type").orElse(null), refused.body());
	}

	/** The last {@code XSRF-TOKEN} the response sets: present, non-empty, not expired. */
	private static String freshCsrfToken(HttpResponse<String> response) {
		String setCookie = HttpTestClient.setCookie(response, "XSRF-TOKEN");
		assertThat(setCookie).as("Set-Cookie XSRF-TOKEN in %s", response.headers().allValues("Set-Cookie")).isNotNull();
		String value = setCookie.split(";")[0].substring("XSRF-TOKEN=".length());
		assertThat(value).as(setCookie).isNotBlank();
		assertThat(HttpTestClient.attributes(setCookie)).as(setCookie)
			.doesNotContain("max-age=0")
			.noneMatch((attribute) -> attribute.startsWith("expires=thu, 01 jan 1970"));
		return value;
	}

	private static HttpResponse<String> patchLocale(HttpTestClient browser) throws Exception {
		return browser.send("PATCH", "/api/auth/me",
				java.net.http.HttpRequest.BodyPublishers.ofString(Json.object("locale", "ja")), "application/json");
	}

	@Test
	void loginGivesANewSessionIdAndTheOldOneStopsWorking() throws Exception {
		String email = TestAccounts.uniqueEmail("fixation");
		HttpTestClient browser = new HttpTestClient(this.port);
		browser.get("/api/auth/csrf");
		assertThat(browser.postJson("/api/auth/register", register(email)).statusCode()).isEqualTo(201);
		String sessionBefore = browser.cookies().get("JSESSIONID");
		assertThat(sessionBefore).isNotNull();

		HttpResponse<String> login = browser.postJson("/api/auth/login",
				Json.object("email", email, "password", TestAccounts.PASSWORD));
		assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
		String sessionAfter = browser.cookies().get("JSESSIONID");
		assertThat(sessionAfter).isNotNull().isNotEqualTo(sessionBefore);
		assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(200);

		HttpTestClient stale = new HttpTestClient(this.port);
		stale.cookies().put("JSESSIONID", sessionBefore);
		HttpResponse<String> me = stale.get("/api/auth/me");
		ProblemDetails.assertProblem(401, me.headers().firstValue("Content-Type").orElse(null), me.body());
	}

	@Test
	void logoutDeletesTheSessionCookieAndTheSessionIsGone() throws Exception {
		HttpTestClient browser = new HttpTestClient(this.port);
		browser.get("/api/auth/csrf");
		assertThat(browser.postJson("/api/auth/register", register(TestAccounts.uniqueEmail("logout"))).statusCode())
			.isEqualTo(201);
		String session = browser.cookies().get("JSESSIONID");

		HttpResponse<String> logout = browser.postJson("/api/auth/logout", "");
		assertThat(logout.statusCode()).isEqualTo(204);
		assertThat(browser.cookies()).doesNotContainKey("JSESSIONID");
		assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(401);

		// replaying the old cookie does not bring the session back
		HttpTestClient replay = new HttpTestClient(this.port);
		replay.cookies().put("JSESSIONID", session);
		assertThat(replay.get("/api/auth/me").statusCode()).isEqualTo(401);
	}

	@Test
	void aCrossSiteStyleRequestWithoutTheHeaderIsRefused() throws Exception {
		HttpTestClient browser = new HttpTestClient(this.port);
		browser.get("/api/auth/csrf");
		assertThat(browser.postJson("/api/auth/register", register(TestAccounts.uniqueEmail("csrf"))).statusCode())
			.isEqualTo(201);
		// what another site's form could send: the browser adds the cookies, but no
		// header
		HttpTestClient forged = new HttpTestClient(this.port).withoutCsrfHeader();
		forged.cookies().putAll(browser.cookies());
		HttpResponse<String> response = forged.postJson("/api/auth/logout", "");
		ProblemDetails.assertProblem(403, response.headers().firstValue("Content-Type").orElse(null), response.body());
		assertThat(browser.get("/api/auth/me").statusCode()).isEqualTo(200);
	}

}

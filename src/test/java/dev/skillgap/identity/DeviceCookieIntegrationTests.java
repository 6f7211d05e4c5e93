package dev.skillgap.identity;

import java.net.http.HttpResponse;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestClient;
import dev.skillgap.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.skillgap.identity.ForwardedHeadersIntegrationTests.assertTooManyAttempts;
import static dev.skillgap.identity.ForwardedHeadersIntegrationTests.login;
import static dev.skillgap.identity.ForwardedHeadersIntegrationTests.register;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Device cookies (OWASP): someone guessing a password locks the account for browsers that
 * never logged in to it, but not for its owner's browser. Through a real Tomcat behind a
 * trusted proxy ({@code X-Forwarded-For} names each client's address); the throttle's
 * clock stands still.
 */
@IntegrationTest
class DeviceCookieIntegrationTests {

	/**
	 * The login throttle's clock stands still during each test, so that a one-second lock
	 * cannot run out half-way through it.
	 */
	@BeforeEach
	void stopTheThrottlesClock() {
		TestClock.freeze();
	}

	@LocalServerPort
	int port;

	private HttpTestClient clientAt(String address) {
		return new HttpTestClient(this.port).withHeader("X-Forwarded-For", address);
	}

	private static void assertLoggedIn(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	/** Wrong passwords until the account is locked for untrusted clients. */
	private void lockOut(String email, HttpTestClient attacker) throws Exception {
		for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
			HttpResponse<String> response = login(attacker, email, "guess " + i);
			assertThat(response.statusCode()).as("guess %s: %s", i + 1, response.body()).isEqualTo(401);
		}
		assertTooManyAttempts(login(attacker, email, "one more guess"));
	}

	@Test
	void anAttackerCannotLockTheOwnerOutOfTheirOwnBrowser() throws Exception {
		String ownerAddress = TestClient.uniqueAddress();
		HttpTestClient owner = clientAt(ownerAddress);
		String email = register(owner);
		assertLoggedIn(login(owner, email, TestAccounts.PASSWORD));
		assertThat(owner.cookies()).containsKey(DeviceCookies.COOKIE);

		HttpTestClient attacker = clientAt(TestClient.uniqueAddress());
		lockOut(email, attacker);
		assertTooManyAttempts(login(attacker, email, TestAccounts.PASSWORD));
		// a browser that never logged in to the account waits too, even at the owner's
		// address
		assertTooManyAttempts(login(clientAt(ownerAddress), email, TestAccounts.PASSWORD));

		// the owner's browser gets in, and after a typo still does
		assertLoggedIn(login(owner, email, TestAccounts.PASSWORD));
		assertThat(owner.get("/api/auth/me").statusCode()).isEqualTo(200);
		assertThat(login(owner, email, "a typo").statusCode()).isEqualTo(401);
		assertLoggedIn(login(owner, email, TestAccounts.PASSWORD));
		// while the attacker still waits
		assertTooManyAttempts(login(attacker, email, TestAccounts.PASSWORD));
	}

	@Test
	void theOwnersBrowserGetsInEvenFromTheAttackersAddress() throws Exception {
		// one address for everyone, as behind an office NAT
		String shared = TestClient.uniqueAddress();
		HttpTestClient owner = clientAt(shared);
		String email = register(owner);
		HttpTestClient colleague = clientAt(shared);
		String colleagueEmail = register(colleague);
		HttpTestClient sprayer = clientAt(shared);
		for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			HttpResponse<String> response = login(sprayer, TestAccounts.uniqueEmail("spray"), "Summer2030!!");
			assertThat(response.statusCode()).as("attempt %s: %s", i + 1, response.body()).isEqualTo(401);
		}
		assertTooManyAttempts(login(sprayer, TestAccounts.uniqueEmail("spray"), "Summer2030!!"));
		assertTooManyAttempts(login(clientAt(shared), colleagueEmail, TestAccounts.PASSWORD));
		// registration gave both a device cookie: their own browsers are not held up
		assertLoggedIn(login(owner, email, TestAccounts.PASSWORD));
		assertLoggedIn(login(colleague, colleagueEmail, TestAccounts.PASSWORD));
	}

	@Test
	void aDeviceCookieIsGoodOnlyForItsOwnAccountAndCannotBeForged() throws Exception {
		HttpTestClient owner = clientAt(TestClient.uniqueAddress());
		String email = register(owner);
		String ownersCookie = owner.cookies().get(DeviceCookies.COOKIE);
		HttpTestClient attacker = clientAt(TestClient.uniqueAddress());
		register(attacker);
		lockOut(email, attacker);
		assertThat(attacker.cookies()).as("the attacker's own account's device cookie")
			.containsKey(DeviceCookies.COOKIE);
		assertTooManyAttempts(login(attacker, email, TestAccounts.PASSWORD));

		String[] parts = ownersCookie.split("\\.");
		String[] forgeries = { parts[0] + "." + (Long.parseLong(parts[1]) + 1) + "." + parts[2],
				"AAAAAAAAAAAAAAAAAAAAAA." + parts[1] + "." + parts[2], parts[0] + "." + parts[1] + ".",
				ownersCookie + "x" };
		for (String forged : forgeries) {
			HttpTestClient forger = clientAt(TestClient.uniqueAddress());
			forger.cookies().put(DeviceCookies.COOKIE, forged);
			assertTooManyAttempts(login(forger, email, TestAccounts.PASSWORD));
		}
		// the owner's real cookie, from any address
		HttpTestClient ownerElsewhere = clientAt(TestClient.uniqueAddress());
		ownerElsewhere.cookies().put(DeviceCookies.COOKIE, ownersCookie);
		assertLoggedIn(login(ownerElsewhere, email, TestAccounts.PASSWORD));
	}

	@Test
	void theDeviceCookieIsHttpOnlyStrictAndOnlySentToTheAuthRoutes() throws Exception {
		HttpTestClient browser = clientAt(TestClient.uniqueAddress());
		String email = register(browser);
		HttpResponse<String> login = login(browser, email, TestAccounts.PASSWORD);
		String setCookie = HttpTestClient.setCookie(login, DeviceCookies.COOKIE);
		assertThat(setCookie).as("a new device cookie at each login").isNotNull();
		assertThat(HttpTestClient.attributes(setCookie))
			.contains("httponly", "samesite=strict", "path=/api/auth", "max-age=7776000")
			.doesNotContain("secure");

		HttpTestClient secure = clientAt(TestClient.uniqueAddress()).withHeader("X-Forwarded-Proto", "https");
		String secureEmail = register(secure);
		String secureCookie = HttpTestClient.setCookie(login(secure, secureEmail, TestAccounts.PASSWORD),
				DeviceCookies.COOKIE);
		assertThat(HttpTestClient.attributes(secureCookie)).as("behind an HTTPS proxy").contains("secure");
	}

}

package dev.skillgap.identity;

import java.net.http.HttpResponse;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.ProblemDetails;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestClient;
import dev.skillgap.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login throttling per client address through a real Tomcat with
 * {@code server.forward-headers-strategy=native} and its default trusted proxies (which
 * include loopback, where this test's requests come from): the app stands behind a proxy
 * that appends the address of the client it serves to {@code X-Forwarded-For}. The
 * throttle's clock stands still, so that its one-second lock cannot run out mid-test.
 */
@IntegrationTest
class ForwardedHeadersIntegrationTests {

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

	static HttpResponse<String> login(HttpTestClient client, String email, String password) throws Exception {
		return client.postJson("/api/auth/login", Json.object("email", email, "password", password));
	}

	static String register(HttpTestClient client) throws Exception {
		String email = TestAccounts.uniqueEmail("forwarded");
		HttpResponse<String> response = client.postJson("/api/auth/register",
				Json.object("email", email, "password", TestAccounts.PASSWORD, "displayName", "Forwarded"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return email;
	}

	static void assertTooManyAttempts(HttpResponse<String> response) {
		ProblemDetails.assertProblem(429, response.headers().firstValue("Content-Type").orElse(null), response.body());
		assertThat(response.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isPositive());
	}

	@Test
	void aClientCannotEscapeTheThrottleByAddingItsOwnForwardedForEntries() throws Exception {
		// addresses of their own, as the database may hold earlier runs' throttle state
		String client = TestClient.uniqueAddress();
		String neighbour = TestClient.uniqueAddress();
		HttpTestClient attacker = new HttpTestClient(this.port);
		for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			// the client sends a made-up address; the proxy appends the real one
			attacker.withHeader("X-Forwarded-For", "198.51.100." + (i + 1) + ", " + client);
			HttpResponse<String> response = login(attacker, TestAccounts.uniqueEmail("spray"), "Summer2030!!");
			assertThat(response.statusCode()).as("attempt %s: %s", i + 1, response.body()).isEqualTo(401);
		}
		attacker.withHeader("X-Forwarded-For", "198.51.100.250, " + client);
		assertTooManyAttempts(login(attacker, TestAccounts.uniqueEmail("spray"), "Summer2030!!"));

		// another client behind the same proxy is not affected
		HttpTestClient other = new HttpTestClient(this.port).withHeader("X-Forwarded-For", neighbour);
		String email = register(other);
		HttpTestClient owner = new HttpTestClient(this.port).withHeader("X-Forwarded-For", neighbour);
		assertThat(login(owner, email, TestAccounts.PASSWORD).statusCode()).isEqualTo(200);
		// while the throttled client waits even with the right password
		HttpTestClient again = new HttpTestClient(this.port).withHeader("X-Forwarded-For", "198.51.100.251, " + client);
		assertTooManyAttempts(login(again, email, TestAccounts.PASSWORD));
	}

}

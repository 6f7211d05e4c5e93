package dev.skillgap.identity;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestClient;
import dev.skillgap.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.skillgap.identity.ForwardedHeadersIntegrationTests.login;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel bursts of wrong passwords through a real Tomcat get exactly the guesses a
 * sequential attacker gets: the free ones and the one that locks, no more. (The throttle
 * runs on a clock that stands still, so the one-second lock cannot run out during the
 * burst.)
 */
@IntegrationTest
class LoginBurstIntegrationTests {

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

	@Autowired
	JdbcClient jdbc;

	/** A request that a client sends at the same moment as the others. */
	interface Guess {

		HttpResponse<String> send(HttpTestClient client) throws Exception;

	}

	/**
	 * Sends {@code guesses.size()} requests at once, each from its own client (with its
	 * CSRF token fetched beforehand) and with its own {@code X-Forwarded-For}.
	 * @return the status codes
	 */
	private List<Integer> burst(List<String> addresses, Guess guess) throws Exception {
		List<HttpTestClient> clients = new ArrayList<>();
		for (String address : addresses) {
			HttpTestClient client = new HttpTestClient(this.port).withHeader("X-Forwarded-For", address);
			client.get("/api/auth/csrf");
			clients.add(client);
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (HttpTestClient client : clients) {
				results.add(pool.submit(() -> {
					start.await();
					return guess.send(client).statusCode();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : results) {
				statuses.add(result.get(2, TimeUnit.MINUTES));
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int attemptsCounted(String bucket) {
		return this.jdbc.sql("select attempts from login_throttle where bucket = :bucket")
			.param("bucket", bucket)
			.query(Integer.class)
			.single();
	}

	@Test
	void twentyParallelGuessesForOneAccountGetNoExtraGuesses() throws Exception {
		HttpTestClient owner = new HttpTestClient(this.port).withHeader("X-Forwarded-For", TestClient.uniqueAddress());
		String email = ForwardedHeadersIntegrationTests.register(owner);
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			addresses.add(TestClient.uniqueAddress());
		}
		List<Integer> statuses = burst(addresses, (client) -> login(client, email, "parallel guess"));
		assertThat(statuses).as("checked guesses")
			.filteredOn((status) -> status == 401)
			.hasSize(LoginThrottle.FREE_FAILURES + 1);
		assertThat(statuses).as("answered without a guess")
			.filteredOn((status) -> status == 429)
			.hasSize(20 - LoginThrottle.FREE_FAILURES - 1);
		assertThat(attemptsCounted(LoginThrottle.accountKey(email))).isEqualTo(LoginThrottle.FREE_FAILURES + 1);
	}

	@Test
	void thirtyParallelGuessesFromOneAddressGetNoExtraGuesses() throws Exception {
		String address = TestClient.uniqueAddress();
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			addresses.add(address);
		}
		List<Integer> statuses = burst(addresses,
				(client) -> login(client, TestAccounts.uniqueEmail("burst"), "Summer2030!!"));
		assertThat(statuses).as("checked guesses")
			.filteredOn((status) -> status == 401)
			.hasSize(LoginThrottle.FREE_FAILURES_PER_ADDRESS + 1);
		assertThat(statuses).as("answered without a guess")
			.filteredOn((status) -> status == 429)
			.hasSize(30 - LoginThrottle.FREE_FAILURES_PER_ADDRESS - 1);
		assertThat(attemptsCounted("address:" + address)).isEqualTo(LoginThrottle.FREE_FAILURES_PER_ADDRESS + 1);
	}

}

package dev.skillgap.identity;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.MutableClock;
import dev.skillgap.ProblemDetails;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestClient;
import dev.skillgap.platform.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Registrations per client address (as the trusted proxy reports it). The test profile's
 * limit is generous, since many tests register from the loopback address, so each test
 * first uses up all but {@value #LIMIT} of its address's window, as earlier registrations
 * from that address would have.
 */
@IntegrationTest
class RegistrationThrottleIntegrationTests {

	static final int LIMIT = 3;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RegistrationProperties properties;

	/** An address with {@value #LIMIT} registrations left in a window that starts now. */
	private String addressWithThreeLeft() {
		String address = TestClient.uniqueAddress();
		this.jdbc.sql("""
				insert into registration_throttle (address, window_started_at, attempts)
				values (:address, now(), :used)
				""").param("address", address).param("used", this.properties.maxPerAddress() - LIMIT).update();
		return address;
	}

	private HttpTestClient clientAt(String address) {
		return new HttpTestClient(this.port).withHeader("X-Forwarded-For", address);
	}

	private static HttpResponse<String> register(HttpTestClient client, String email) throws Exception {
		return client.postJson("/api/auth/register",
				Json.object("email", email, "password", TestAccounts.PASSWORD, "displayName", "Newcomer"));
	}

	@Test
	void anAddressGetsAFewRegistrationsPerHourThen429WithRetryAfter() throws Exception {
		String address = addressWithThreeLeft();
		String taken = TestAccounts.uniqueEmail("registered");
		assertThat(register(clientAt(address), taken).statusCode()).isEqualTo(201);
		assertThat(register(clientAt(address), TestAccounts.uniqueEmail()).statusCode()).isEqualTo(201);
		assertThat(register(clientAt(address), taken).statusCode()).as("a taken email counts too").isEqualTo(409);

		HttpResponse<String> refused = register(clientAt(address), TestAccounts.uniqueEmail());
		ProblemDetails.assertProblem(429, refused.headers().firstValue("Content-Type").orElse(null), refused.body());
		assertThat(refused.headers().firstValue("Retry-After"))
			.hasValueSatisfying((seconds) -> assertThat(Long.parseLong(seconds)).isBetween(3600L - 120, 3600L));

		assertThat(register(clientAt(TestClient.uniqueAddress()), TestAccounts.uniqueEmail()).statusCode())
			.as("another address")
			.isEqualTo(201);
	}

	@Test
	void aParallelBurstGetsNoExtraRegistrations() throws Exception {
		String address = addressWithThreeLeft();
		List<HttpTestClient> clients = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			HttpTestClient client = clientAt(address);
			client.get("/api/auth/csrf");
			clients.add(client);
		}
		ExecutorService pool = Executors.newFixedThreadPool(clients.size());
		List<Integer> statuses = new ArrayList<>();
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> results = new ArrayList<>();
			for (HttpTestClient client : clients) {
				results.add(pool.submit(() -> {
					start.await();
					return register(client, TestAccounts.uniqueEmail("burst")).statusCode();
				}));
			}
			start.countDown();
			for (Future<Integer> result : results) {
				statuses.add(result.get(2, TimeUnit.MINUTES));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses).filteredOn((status) -> status == 201).hasSize(LIMIT);
		assertThat(statuses).filteredOn((status) -> status == 429).hasSize(12 - LIMIT);
	}

	@Test
	void theWindowEndsAndEndedWindowsAreDeleted() {
		MutableClock clock = new MutableClock(Instant.now());
		RegistrationThrottle throttle = new RegistrationThrottle(this.jdbc,
				new RegistrationProperties(2, Duration.ofHours(1)), clock);
		String address = TestClient.uniqueAddress();
		throttle.recordAttempt(address);
		clock.advance(Duration.ofMinutes(10));
		throttle.recordAttempt(address);
		TooManyAttemptsException refused = catchThrowableOfType(TooManyAttemptsException.class,
				() -> throttle.recordAttempt(address));
		assertThat(refused).isNotNull();
		assertThat(refused.retryAfterSeconds()).as("the window started with the first attempt").isEqualTo(50 * 60);

		clock.advance(Duration.ofMinutes(50));
		assertThatCode(() -> throttle.recordAttempt(address)).as("a new window").doesNotThrowAnyException();
		assertThatCode(() -> throttle.recordAttempt(address)).doesNotThrowAnyException();
		assertThat(catchThrowableOfType(TooManyAttemptsException.class, () -> throttle.recordAttempt(address)))
			.isNotNull();

		clock.advance(Duration.ofMinutes(30));
		String other = TestClient.uniqueAddress();
		throttle.recordAttempt(other);
		clock.advance(Duration.ofMinutes(31));
		throttle.forgetOld();
		assertThat(windowExists(address)).as("ended").isFalse();
		assertThat(windowExists(other)).as("still running").isTrue();
	}

	private boolean windowExists(String address) {
		return this.jdbc.sql("select count(*) from registration_throttle where address = :address")
			.param("address", address)
			.query(Long.class)
			.single() > 0;
	}

}

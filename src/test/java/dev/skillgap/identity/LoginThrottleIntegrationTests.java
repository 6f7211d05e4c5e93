package dev.skillgap.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.skillgap.IntegrationTest;
import dev.skillgap.MutableClock;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestClient;
import dev.skillgap.platform.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * {@link LoginThrottle} on PostgreSQL, on a clock that only moves when a test moves it.
 * Each test uses its own emails and addresses, as the database is shared.
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

	private final MutableClock clock = new MutableClock(Instant.now());

	private final String email = TestAccounts.uniqueEmail("throttle");

	private final String address = TestClient.uniqueAddress();

	@Autowired
	JdbcClient jdbc;

	private LoginThrottle throttle;

	@Autowired
	void throttle(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.throttle = new LoginThrottle(jdbc, transactions, this.clock);
	}

	/** A wrong password: the attempt is counted and never succeeds. */
	private long attempt(String email, String address, Optional<String> device) {
		TooManyAttemptsException ex = catchThrowableOfType(TooManyAttemptsException.class,
				() -> this.throttle.begin(email, address, device));
		return (ex != null) ? ex.retryAfterSeconds() : 0;
	}

	/**
	 * @return the Retry-After seconds, or 0 when the attempt was let through.
	 */
	private long attempt(String email, String address) {
		return attempt(email, address, Optional.empty());
	}

	private long attempt() {
		return attempt(this.email, this.address);
	}

	/** Wrong passwords that all get through (the test makes sure nothing is locked). */
	private void fail(int times, String email, String address) {
		for (int i = 0; i < times; i++) {
			assertThat(attempt(email, address)).as("attempt %s is let through", i + 1).isZero();
		}
	}

	private void fail(int times) {
		fail(times, this.email, this.address);
	}

	/** Whether an attempt would be let through now, without counting it. */
	private long retryAfter(String email, String address) {
		TooManyAttemptsException ex = catchThrowableOfType(TooManyAttemptsException.class, () -> {
			LoginThrottle.Attempt attempt = this.throttle.begin(email, address, Optional.empty());
			this.throttle.succeeded(attempt);
		});
		return (ex != null) ? ex.retryAfterSeconds() : 0;
	}

	@Test
	void theFirstFailuresAreFreeAndEachFurtherOneDoublesTheLock() {
		fail(LoginThrottle.FREE_FAILURES);
		long[] expected = { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900 };
		for (long seconds : expected) {
			assertThat(attempt()).as("a further failure is checked").isZero();
			assertThat(attempt()).as("and locks for %s s", seconds).isEqualTo(seconds);
			this.clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
			assertThat(attempt()).as("still locked a millisecond before the end").isEqualTo(1);
			this.clock.advance(Duration.ofMillis(1));
		}
	}

	@Test
	void retryAfterIsRoundedUpToWholeSeconds() {
		fail(LoginThrottle.FREE_FAILURES + 1);
		this.clock.advance(Duration.ofSeconds(1));
		fail(1);
		this.clock.advance(Duration.ofSeconds(2));
		fail(1);
		assertThat(attempt()).isEqualTo(4);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(attempt()).isEqualTo(4);
		this.clock.advance(Duration.ofMillis(998));
		assertThat(attempt()).isEqualTo(4);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(attempt()).isEqualTo(3);
		this.clock.advance(Duration.ofMillis(2500));
		assertThat(attempt()).isEqualTo(1);
	}

	@Test
	void attemptsWhileLockedAreNotCounted() {
		fail(LoginThrottle.FREE_FAILURES + 1);
		for (int i = 0; i < 10; i++) {
			assertThat(attempt()).isEqualTo(1);
		}
		this.clock.advance(Duration.ofSeconds(1));
		fail(1);
		assertThat(attempt()).as("the seventh counted attempt, not the seventeenth").isEqualTo(2);
	}

	@Test
	void aSuccessClearsAccountAndAddress() {
		fail(LoginThrottle.FREE_FAILURES - 1);
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS - LoginThrottle.FREE_FAILURES; i++) {
			fail(1, TestAccounts.uniqueEmail(), this.address);
		}
		this.throttle.succeeded(this.throttle.begin(this.email, this.address, Optional.empty()));
		fail(LoginThrottle.FREE_FAILURES + 1);
		assertThat(attempt()).as("the count restarted for the account and the address").isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(1));
		this.throttle.succeeded(this.throttle.begin(this.email, this.address, Optional.empty()));
		fail(LoginThrottle.FREE_FAILURES);
	}

	@Test
	void failuresAreRememberedForAnHourThenForgotten() {
		fail(LoginThrottle.FREE_FAILURES);
		this.clock.advance(Duration.ofMinutes(59));
		fail(1);
		assertThat(attempt()).as("the seventh attempt within an hour of the last").isEqualTo(1);
		this.clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
		fail(LoginThrottle.FREE_FAILURES + 1);
		assertThat(attempt()).as("the old failures no longer count").isEqualTo(1);
	}

	@Test
	void forgetOldDeletesOnlyStaleBuckets() {
		String staleAddress = TestClient.uniqueAddress();
		fail(1, this.email, staleAddress);
		this.clock.advance(Duration.ofMinutes(30));
		String freshEmail = TestAccounts.uniqueEmail("fresh");
		String freshAddress = TestClient.uniqueAddress();
		fail(LoginThrottle.FREE_FAILURES + 1, freshEmail, freshAddress);
		this.clock.advance(Duration.ofMinutes(31));
		this.throttle.forgetOld();
		assertThat(bucketExists(LoginThrottle.accountKey(this.email))).isFalse();
		assertThat(bucketExists("address:" + staleAddress)).isFalse();
		assertThat(bucketExists(LoginThrottle.accountKey(freshEmail))).isTrue();
		assertThat(bucketExists("address:" + freshAddress)).isTrue();
		fail(1, freshEmail, TestClient.uniqueAddress());
		assertThat(attempt(freshEmail, TestClient.uniqueAddress())).as("the fresh account still counts").isEqualTo(2);
	}

	private boolean bucketExists(String bucket) {
		return this.jdbc.sql("select count(*) from login_throttle where bucket = :bucket")
			.param("bucket", bucket)
			.query(Long.class)
			.single() > 0;
	}

	@Test
	void theAccountBucketIgnoresCaseAndSpaces() {
		String email = TestAccounts.uniqueEmail("cased");
		fail(3, email.toUpperCase(java.util.Locale.ROOT), TestClient.uniqueAddress());
		fail(3, "  " + email + " ", TestClient.uniqueAddress());
		assertThat(attempt(email, TestClient.uniqueAddress())).isEqualTo(1);
	}

	@Test
	void aLockedAccountIsLockedFromEveryAddressWithoutADeviceCookie() {
		fail(LoginThrottle.FREE_FAILURES + 1);
		assertThat(attempt(this.email, TestClient.uniqueAddress())).isEqualTo(1);
		assertThat(attempt(TestAccounts.uniqueEmail(), TestClient.uniqueAddress())).isZero();
	}

	@Test
	void aTrustedDeviceHasItsOwnBucket() {
		fail(LoginThrottle.FREE_FAILURES + 1);
		assertThat(attempt()).isEqualTo(1);
		Optional<String> device = Optional.of("device-" + this.address);
		for (int i = 0; i < LoginThrottle.FREE_FAILURES + 1; i++) {
			assertThat(attempt(this.email, this.address, device)).as("device attempt %s", i + 1).isZero();
		}
		assertThat(attempt(this.email, this.address, device)).as("the device's own lock").isEqualTo(1);
		assertThat(attempt(this.email, TestClient.uniqueAddress(), Optional.of("another-device-" + this.address)))
			.as("another trusted device")
			.isZero();
	}

	@Test
	void anAddressHasItsOwnLargerLimitAcrossAccounts() {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS + 1; i++) {
			fail(1, TestAccounts.uniqueEmail("spray"), this.address);
		}
		assertThat(attempt(TestAccounts.uniqueEmail(), this.address)).as("every account from that address")
			.isEqualTo(1);
		assertThat(attempt(TestAccounts.uniqueEmail(), TestClient.uniqueAddress())).as("not from other addresses")
			.isZero();
	}

}

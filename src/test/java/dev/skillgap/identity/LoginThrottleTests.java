package dev.skillgap.identity;

import java.time.Duration;
import java.time.Instant;

import dev.skillgap.MutableClock;
import dev.skillgap.platform.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LoginThrottleTests {

	private static final String EMAIL = "ada@example.com";

	private static final String ADDRESS = "192.0.2.10";

	private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(this.clock);

	private void fail(int times) {
		fail(times, EMAIL, ADDRESS);
	}

	private void fail(int times, String email, String address) {
		for (int i = 0; i < times; i++) {
			this.throttle.recordFailure(email, address);
		}
	}

	/**
	 * The Retry-After seconds the throttle asks for, or 0 when the attempt is allowed.
	 */
	private long retryAfter(String email, String address) {
		TooManyAttemptsException ex = catchThrowableOfType(TooManyAttemptsException.class,
				() -> this.throttle.checkAllowed(email, address));
		return (ex != null) ? ex.retryAfterSeconds() : 0;
	}

	private long retryAfter() {
		return retryAfter(EMAIL, ADDRESS);
	}

	@Test
	void aNewKeyIsAllowed() {
		assertThatCode(() -> this.throttle.checkAllowed(EMAIL, ADDRESS)).doesNotThrowAnyException();
		assertThatCode(() -> this.throttle.checkAllowed(null, ADDRESS)).doesNotThrowAnyException();
	}

	@Test
	void theFirstFailuresAreFree() {
		fail(LoginThrottle.FREE_FAILURES);
		assertThat(retryAfter()).isZero();
	}

	@Test
	void eachFurtherFailureDoublesTheLock() {
		fail(LoginThrottle.FREE_FAILURES);
		long[] expected = { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512 };
		for (long seconds : expected) {
			fail(1);
			assertThat(retryAfter()).as("lock after a further failure").isEqualTo(seconds);
			this.clock.advance(Duration.ofSeconds(seconds).minusMillis(1));
			assertThat(retryAfter()).as("still locked a millisecond before the end").isEqualTo(1);
			this.clock.advance(Duration.ofMillis(1));
			assertThat(retryAfter()).as("open when the lock ends").isZero();
		}
	}

	@Test
	void retryAfterIsRoundedUpToWholeSeconds() {
		fail(LoginThrottle.FREE_FAILURES + 3);
		assertThat(retryAfter()).isEqualTo(4);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(retryAfter()).isEqualTo(4);
		this.clock.advance(Duration.ofMillis(998));
		assertThat(retryAfter()).isEqualTo(4);
		this.clock.advance(Duration.ofMillis(1));
		assertThat(retryAfter()).isEqualTo(3);
		this.clock.advance(Duration.ofMillis(2500));
		assertThat(retryAfter()).isEqualTo(1);
	}

	@Test
	void theLockIsCappedAtFifteenMinutes() {
		fail(LoginThrottle.FREE_FAILURES + 10);
		assertThat(retryAfter()).isEqualTo(512);
		fail(1);
		assertThat(retryAfter()).as("1024 s capped").isEqualTo(900);
		fail(100);
		assertThat(retryAfter()).isEqualTo(LoginThrottle.MAX_LOCK.toSeconds()).isEqualTo(900);
		this.clock.advance(LoginThrottle.MAX_LOCK);
		assertThat(retryAfter()).isZero();
	}

	@Test
	void aSuccessClearsAccountAndAddress() {
		fail(LoginThrottle.FREE_FAILURES - 1);
		fail(LoginThrottle.FREE_FAILURES_PER_ADDRESS - LoginThrottle.FREE_FAILURES, "other@example.com", ADDRESS);
		this.throttle.recordSuccess(EMAIL, ADDRESS);
		fail(LoginThrottle.FREE_FAILURES);
		assertThat(retryAfter()).as("count restarted for the account and the address").isZero();
		fail(1);
		assertThat(retryAfter()).isEqualTo(1);
	}

	@Test
	void aSuccessLiftsALock() {
		fail(LoginThrottle.FREE_FAILURES + 4);
		this.throttle.recordSuccess(EMAIL, ADDRESS);
		assertThat(retryAfter()).isZero();
	}

	@Test
	void failuresAreRememberedForAnHour() {
		fail(LoginThrottle.FREE_FAILURES);
		this.clock.advance(Duration.ofMinutes(59));
		fail(1);
		assertThat(retryAfter()).as("the sixth failure within an hour").isEqualTo(1);
	}

	@Test
	void failuresAreForgottenAfterAnHour() {
		fail(LoginThrottle.FREE_FAILURES + 2);
		this.clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
		fail(LoginThrottle.FREE_FAILURES);
		assertThat(retryAfter()).as("the old failures no longer count").isZero();
	}

	@Test
	void forgetOldKeepsRecentFailures() {
		fail(LoginThrottle.FREE_FAILURES, "stale@example.com", "192.0.2.1");
		this.clock.advance(Duration.ofMinutes(30));
		fail(LoginThrottle.FREE_FAILURES, "fresh@example.com", "192.0.2.2");
		this.clock.advance(Duration.ofMinutes(31));
		this.throttle.forgetOld();
		fail(1, "stale@example.com", "192.0.2.1");
		fail(1, "fresh@example.com", "192.0.2.2");
		assertThat(retryAfter("stale@example.com", "192.0.2.1")).isZero();
		assertThat(retryAfter("fresh@example.com", "192.0.2.2")).isEqualTo(1);
	}

	@Test
	void theAccountKeyIgnoresCaseAndSpaces() {
		fail(3, "Ada@Example.com", "192.0.2.1");
		fail(2, " ada@example.COM ", "192.0.2.2");
		fail(1, "ADA@EXAMPLE.COM", "192.0.2.3");
		assertThat(retryAfter("ada@example.com", "192.0.2.4")).isEqualTo(1);
	}

	@Test
	void aLockedAccountIsLockedFromEveryAddress() {
		fail(LoginThrottle.FREE_FAILURES + 1);
		assertThat(retryAfter(EMAIL, "198.51.100.7")).isEqualTo(1);
		assertThat(retryAfter("someone-else@example.com", "198.51.100.7")).isZero();
	}

	@Test
	void anAddressHasItsOwnLargerLimitAcrossAccounts() {
		for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			fail(1, "user" + i + "@example.com", ADDRESS);
		}
		assertThat(retryAfter("new@example.com", ADDRESS)).isZero();
		fail(1, "user-last@example.com", ADDRESS);
		assertThat(retryAfter("new@example.com", ADDRESS)).as("every account from that address").isEqualTo(1);
		assertThat(retryAfter("new@example.com", "198.51.100.7")).as("not from other addresses").isZero();
		assertThat(retryAfter("user1@example.com", "198.51.100.7")).as("one failure does not lock an account").isZero();
	}

	@Test
	void theAddressLimitIsNotTheAccountLimit() {
		assertThat(LoginThrottle.FREE_FAILURES_PER_ADDRESS).isGreaterThan(LoginThrottle.FREE_FAILURES);
		fail(LoginThrottle.FREE_FAILURES + 1, EMAIL, ADDRESS);
		assertThat(retryAfter("other@example.com", ADDRESS)).as("the address is not locked yet").isZero();
	}

}

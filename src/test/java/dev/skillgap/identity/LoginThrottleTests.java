package dev.skillgap.identity;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pure parts of {@link LoginThrottle}; its behaviour over time, on PostgreSQL, is in
 * {@link LoginThrottleIntegrationTests}.
 */
class LoginThrottleTests {

	@Test
	void theFreeAttemptsLockNothing() {
		for (int attempts = 0; attempts <= LoginThrottle.FREE_FAILURES; attempts++) {
			assertThat(LoginThrottle.lockAfter(attempts, LoginThrottle.FREE_FAILURES)).isZero();
		}
		assertThat(LoginThrottle.lockAfter(LoginThrottle.FREE_FAILURES_PER_ADDRESS,
				LoginThrottle.FREE_FAILURES_PER_ADDRESS))
			.isZero();
	}

	@Test
	void eachFurtherAttemptDoublesTheLockUpToFifteenMinutes() {
		long[] expected = { 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900 };
		for (int i = 0; i < expected.length; i++) {
			assertThat(LoginThrottle.lockAfter(LoginThrottle.FREE_FAILURES + 1 + i, LoginThrottle.FREE_FAILURES))
				.as("attempt %s", LoginThrottle.FREE_FAILURES + 1 + i)
				.isEqualTo(Duration.ofSeconds(expected[i]));
		}
		assertThat(LoginThrottle.lockAfter(Integer.MAX_VALUE, LoginThrottle.FREE_FAILURES))
			.isEqualTo(LoginThrottle.MAX_LOCK)
			.isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void theAddressLimitIsNotTheAccountLimit() {
		assertThat(LoginThrottle.FREE_FAILURES_PER_ADDRESS).isGreaterThan(LoginThrottle.FREE_FAILURES);
		assertThat(LoginThrottle.lockAfter(LoginThrottle.FREE_FAILURES + 1, LoginThrottle.FREE_FAILURES_PER_ADDRESS))
			.isZero();
	}

	@Test
	void theAccountKeyIgnoresCaseAndSpacesAndHidesTheEmail() {
		String key = LoginThrottle.accountKey("ada@example.com");
		assertThat(LoginThrottle.accountKey(" Ada@Example.COM ")).isEqualTo(key);
		assertThat(LoginThrottle.accountKey("bob@example.com")).isNotEqualTo(key);
		assertThat(key).startsWith("account:").doesNotContain("ada").doesNotContain("example");
		assertThat(LoginThrottle.accountKey(null)).isEqualTo(LoginThrottle.accountKey(""));
		assertThat(LoginThrottle.accountKey("nul\u0000in the email")).doesNotContain("\u0000");
	}

}

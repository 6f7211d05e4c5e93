package dev.skillgap.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.skillgap.platform.TooManyAttemptsException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per account (email) and per client address. The first
 * {@link #FREE_FAILURES} failures of a key cost nothing; each further failure locks the
 * key for a delay that doubles (1 s, 2 s, 4 s ... up to {@link #MAX_LOCK}); an attempt
 * while locked is answered 429 with {@code Retry-After} without checking the password. A
 * client address gets more free failures than an account (several people may share one
 * address). A successful login clears both keys; failures older than
 * {@link #FORGET_AFTER} are forgotten.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final int FREE_FAILURES_PER_ADDRESS = 20;

	static final Duration MAX_LOCK = Duration.ofMinutes(15);

	static final Duration FORGET_AFTER = Duration.ofHours(1);

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	@Autowired
	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** Throws {@link TooManyAttemptsException} while either key is locked. */
	void checkAllowed(String email, String address) {
		Instant now = this.clock.instant();
		Duration wait = max(remaining(accountKey(email), now), remaining(addressKey(address), now));
		if (!wait.isZero()) {
			throw new TooManyAttemptsException(wait);
		}
	}

	void recordFailure(String email, String address) {
		Instant now = this.clock.instant();
		record(accountKey(email), FREE_FAILURES, now);
		record(addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
	}

	void recordSuccess(String email, String address) {
		this.failures.remove(accountKey(email));
		this.failures.remove(addressKey(address));
	}

	@Scheduled(fixedDelay = 10, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
	void forgetOld() {
		Instant cutoff = this.clock.instant().minus(FORGET_AFTER);
		this.failures.values().removeIf((f) -> f.last().isBefore(cutoff));
	}

	private void record(String key, int free, Instant now) {
		this.failures.compute(key, (k, previous) -> {
			int count = (previous == null || previous.last().isBefore(now.minus(FORGET_AFTER))) ? 1
					: previous.count() + 1;
			Instant lockedUntil = now;
			if (count > free) {
				long seconds = 1L << Math.min(count - free - 1, 20);
				lockedUntil = now.plus(min(Duration.ofSeconds(seconds), MAX_LOCK));
			}
			return new Failures(count, now, lockedUntil);
		});
	}

	private Duration remaining(String key, Instant now) {
		Failures f = this.failures.get(key);
		if (f == null || !f.lockedUntil().isAfter(now)) {
			return Duration.ZERO;
		}
		return Duration.between(now, f.lockedUntil());
	}

	private static String accountKey(String email) {
		return "account:" + Account.normaliseEmail(email == null ? "" : email);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private record Failures(int count, Instant last, Instant lockedUntil) {
	}

}

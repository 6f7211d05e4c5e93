package dev.skillgap.platform;

import java.time.Duration;

/**
 * Thrown when a client must wait before trying again; answered 429 with
 * {@code Retry-After}.
 */
public class TooManyAttemptsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyAttemptsException(Duration retryAfter) {
		super("too many attempts; retry after " + seconds(retryAfter) + " s");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds to wait, rounded up, at least 1 (the {@code Retry-After} value). */
	public long retryAfterSeconds() {
		return seconds(this.retryAfter);
	}

	private static long seconds(Duration duration) {
		return Math.max(1, (duration.toMillis() + 999) / 1000);
	}

}

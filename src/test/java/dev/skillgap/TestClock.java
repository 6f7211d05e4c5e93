package dev.skillgap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The clock of the application's time-dependent components in integration tests (the
 * login throttle, see {@code identity.ThrottleOnTestClock}): real time until a test
 * {@linkplain #freeze() freezes} it, for example so that a one-second lock cannot run out
 * half-way through a test on a slow machine; then it moves only when the test
 * {@linkplain #advance moves} it. There is one per JVM, shared by every application the
 * tests start; {@link IntegrationTest} lets it follow real time again after each test.
 */
public final class TestClock extends Clock {

	private static final TestClock instance = new TestClock();

	private volatile Instant frozen;

	private TestClock() {
	}

	/** The JVM's test clock. */
	public static TestClock get() {
		return instance;
	}

	/** Stops the clock now, for the rest of the test. */
	public static Instant freeze() {
		Instant now = Instant.now();
		instance.frozen = now;
		return now;
	}

	/**
	 * Moves the stopped clock forward (it stops now first when it still follows real
	 * time).
	 */
	public static void advance(Duration duration) {
		Instant current = instance.frozen;
		instance.frozen = ((current != null) ? current : Instant.now()).plus(duration);
	}

	/** Follows real time again. */
	public static void unfreeze() {
		instance.frozen = null;
	}

	@Override
	public Instant instant() {
		Instant current = this.frozen;
		return (current != null) ? current : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock is always UTC");
	}

	/**
	 * Lets the clock follow real time again after each test, so that a test that froze it
	 * cannot affect the next one.
	 */
	static final class Reset implements AfterEachCallback {

		@Override
		public void afterEach(ExtensionContext context) {
			unfreeze();
		}

	}

}

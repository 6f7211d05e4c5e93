package dev.skillgap.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;

import dev.skillgap.platform.TooManyAttemptsException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits registrations per client address (the address a trusted proxy reports):
 * {@code skillgap.security.registration.max-per-address} attempts per window, counted in
 * PostgreSQL by one atomic statement, so that every instance shares the count and a
 * parallel burst gets no more than a sequential one. Every attempt that reaches the
 * registration counts, whether it succeeds or not (a taken email answers 409, which would
 * otherwise let a client test emails for free).
 */
@Component
public class RegistrationThrottle {

	private final JdbcClient jdbc;

	private final RegistrationProperties properties;

	private final Clock clock;

	@Autowired
	RegistrationThrottle(JdbcClient jdbc, RegistrationProperties properties) {
		this(jdbc, properties, Clock.systemUTC());
	}

	RegistrationThrottle(JdbcClient jdbc, RegistrationProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts a registration attempt from this address.
	 * @throws TooManyAttemptsException when the address has used up its window, with the
	 * time until the window ends; counted in a transaction of its own, so that a
	 * registration that fails (409 for a taken email, in a transaction that rolls back)
	 * still counts
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = TooManyAttemptsException.class)
	public void recordAttempt(String address) {
		Instant now = now();
		Window window = this.jdbc.sql("""
				insert into registration_throttle as t (address, window_started_at, attempts)
				values (:address, :now, 1)
				on conflict (address) do update set
				    window_started_at = case when t.window_started_at <= :windowStart then excluded.window_started_at
				                             else t.window_started_at end,
				    attempts = case when t.window_started_at <= :windowStart then 1 else t.attempts + 1 end
				returning window_started_at, attempts
				""")
			.param("address", address)
			.param("now", utc(now))
			.param("windowStart", utc(now.minus(this.properties.window())))
			.query((rs, n) -> new Window(rs.getObject("window_started_at", OffsetDateTime.class).toInstant(),
					rs.getInt("attempts")))
			.single();
		if (window.attempts() > this.properties.maxPerAddress()) {
			throw new TooManyAttemptsException(
					Duration.between(now, window.startedAt().plus(this.properties.window())));
		}
	}

	/** Deletes windows that have ended (safe on several instances at once). */
	@Scheduled(initialDelay = 1, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
	void forgetOld() {
		this.jdbc.sql("delete from registration_throttle where window_started_at <= :windowStart")
			.param("windowStart", utc(this.clock.instant().minus(this.properties.window())))
			.update();
	}

	/** Now, to the microsecond, as PostgreSQL keeps it. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Window(Instant startedAt, int attempts) {
	}

}

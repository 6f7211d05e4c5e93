package dev.skillgap.postings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.skillgap.platform.TooManyAttemptsException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits posting analyses per account ({@code skillgap.postings.throttle.*}), counted in
 * PostgreSQL by one atomic statement (no state in the app), so that every instance shares
 * the count and a parallel burst gets no more than a sequential one. Reading a posting is
 * linear in its length, but 20,000 characters still cost CPU: no one person may keep the
 * service busy.
 */
@Component
class PostingThrottle {

	private final JdbcClient jdbc;

	private final PostingThrottleProperties properties;

	private final Clock clock;

	@Autowired
	PostingThrottle(JdbcClient jdbc, PostingThrottleProperties properties) {
		this(jdbc, properties, Clock.systemUTC());
	}

	PostingThrottle(JdbcClient jdbc, PostingThrottleProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Counts an analysis for the account.
	 * @throws TooManyAttemptsException (429 with {@code Retry-After}) when the account
	 * has used up its window
	 */
	void recordAnalysis(UUID account) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Window window = this.jdbc.sql("""
				insert into posting_analysis_throttle as t (account_id, window_started_at, analyses)
				values (:account, :now, 1)
				on conflict (account_id) do update set
				    window_started_at = case when t.window_started_at <= :windowStart then excluded.window_started_at
				                             else t.window_started_at end,
				    analyses = case when t.window_started_at <= :windowStart then 1 else t.analyses + 1 end
				returning window_started_at, analyses
				""")
			.param("account", account)
			.param("now", utc(now))
			.param("windowStart", utc(now.minus(this.properties.window())))
			.query((rs, n) -> new Window(rs.getObject("window_started_at", OffsetDateTime.class).toInstant(),
					rs.getInt("analyses")))
			.single();
		if (window.analyses() > this.properties.maxPerWindow()) {
			throw new TooManyAttemptsException(
					Duration.between(now, window.startedAt().plus(this.properties.window())));
		}
	}

	/** Deletes windows that have ended (safe on several instances at once). */
	@Scheduled(initialDelay = 2, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
	void forgetOld() {
		this.jdbc.sql("delete from posting_analysis_throttle where window_started_at <= :windowStart")
			.param("windowStart", utc(this.clock.instant().minus(this.properties.window())))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private record Window(Instant startedAt, int analyses) {
	}

}

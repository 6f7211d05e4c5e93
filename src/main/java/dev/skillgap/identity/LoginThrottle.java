package dev.skillgap.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import dev.skillgap.platform.TooManyAttemptsException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down password guessing, in PostgreSQL so that every instance of the app sees the
 * same counts. An attempt is counted in buckets:
 * <ul>
 * <li>without a valid device cookie for the account ({@link DeviceCookies}): the
 * account's bucket for untrusted clients ({@link #FREE_FAILURES}) and the client
 * address's bucket ({@link #FREE_FAILURES_PER_ADDRESS}, more, since several people may
 * share an address);</li>
 * <li>with one: only that device's bucket ({@link #FREE_FAILURES}), so that an attacker
 * who locks the account for untrusted clients does not lock out its owner.</li>
 * </ul>
 * The first free attempts of a bucket cost nothing; each further one locks the bucket for
 * a delay that doubles (1 s, 2 s, 4 s ... up to {@link #MAX_LOCK}); an attempt while a
 * bucket is locked is answered 429 with {@code Retry-After} without checking the
 * password, and is not counted. A successful login clears the buckets it was counted in;
 * buckets with no attempt for {@link #FORGET_AFTER} are forgotten (and deleted).
 * <p>
 * Checking and counting are one transaction that locks the buckets' rows, and the attempt
 * is counted before the password is checked, so a parallel burst of guesses gets no more
 * guesses than a sequential one.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	static final int FREE_FAILURES_PER_ADDRESS = 20;

	static final Duration MAX_LOCK = Duration.ofMinutes(15);

	static final Duration FORGET_AFTER = Duration.ofHours(1);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	@Autowired
	LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this(jdbc, transactionManager, Clock.systemUTC());
	}

	LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		// an attempt counts whatever becomes of the request it is part of (its
		// transaction
		// rolls back when the password is wrong)
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Counts a login attempt before its password is checked.
	 * @param device the id of a trusted device (a valid device cookie for this email), or
	 * empty
	 * @return the attempt, to pass to {@link #succeeded} when the password was right
	 * @throws TooManyAttemptsException while one of the attempt's buckets is locked (the
	 * attempt is not counted then)
	 */
	Attempt begin(String email, String address, Optional<String> device) {
		List<Bucket> buckets = device.map((id) -> List.of(new Bucket("device:" + id, FREE_FAILURES)))
			.orElseGet(() -> List.of(new Bucket(accountKey(email), FREE_FAILURES),
					new Bucket("address:" + address, FREE_FAILURES_PER_ADDRESS)))
			.stream()
			.sorted(Comparator.comparing(Bucket::key))
			.toList();
		Instant now = now();
		this.transactions.executeWithoutResult((status) -> count(buckets, now));
		return new Attempt(buckets.stream().map(Bucket::key).toList());
	}

	/**
	 * Counts a request for a password reset link, throttled like a login attempt but in
	 * buckets of its own (so that asking for links cannot lock anybody's login).
	 * @throws TooManyAttemptsException while one of its buckets is locked
	 */
	void beginReset(String email, String address) {
		List<Bucket> buckets = List.of(new Bucket("reset-" + accountKey(email), FREE_FAILURES),
				new Bucket("reset-address:" + address, FREE_FAILURES_PER_ADDRESS));
		Instant now = now();
		this.transactions.executeWithoutResult((status) -> count(buckets, now));
	}

	/** Clears the buckets of an attempt whose password was right. */
	void succeeded(Attempt attempt) {
		this.jdbc.sql("delete from login_throttle where bucket in (:buckets)")
			.param("buckets", attempt.buckets())
			.update();
	}

	/**
	 * Deletes buckets with no attempt for an hour (safe on several instances at once).
	 */
	@Scheduled(initialDelay = 1, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
	void forgetOld() {
		this.jdbc.sql("delete from login_throttle where last_attempt_at < :cutoff")
			.param("cutoff", utc(this.clock.instant().minus(FORGET_AFTER)))
			.update();
	}

	/**
	 * How long a bucket is locked after its {@code attempts}-th attempt within the hour.
	 */
	static Duration lockAfter(int attempts, int free) {
		if (attempts <= free) {
			return Duration.ZERO;
		}
		Duration lock = Duration.ofSeconds(1L << Math.min(attempts - free - 1, 20));
		return (lock.compareTo(MAX_LOCK) <= 0) ? lock : MAX_LOCK;
	}

	private void count(List<Bucket> buckets, Instant now) {
		OffsetDateTime at = utc(now);
		for (Bucket bucket : buckets) {
			this.jdbc.sql("""
					insert into login_throttle (bucket, attempts, last_attempt_at, locked_until)
					values (:bucket, 0, :now, :now) on conflict (bucket) do nothing
					""").param("bucket", bucket.key()).param("now", at).update();
		}
		// every attempt for these buckets waits here until this one has been counted
		List<Row> rows = this.jdbc.sql("""
				select bucket, attempts, last_attempt_at, locked_until from login_throttle
				where bucket in (:buckets) order by bucket for update
				""")
			.param("buckets", buckets.stream().map(Bucket::key).toList())
			.query((rs, n) -> new Row(rs.getString("bucket"), rs.getInt("attempts"),
					rs.getObject("last_attempt_at", OffsetDateTime.class).toInstant(),
					rs.getObject("locked_until", OffsetDateTime.class).toInstant()))
			.list();
		Duration wait = Duration.ZERO;
		for (Row row : rows) {
			if (row.lockedUntil().isAfter(now)) {
				Duration remaining = Duration.between(now, row.lockedUntil());
				wait = (remaining.compareTo(wait) > 0) ? remaining : wait;
			}
		}
		if (!wait.isZero()) {
			// rolls the transaction back: nothing is counted
			throw new TooManyAttemptsException(wait);
		}
		for (Row row : rows) {
			int free = buckets.stream().filter((b) -> b.key().equals(row.bucket())).findFirst().orElseThrow().free();
			int attempts = row.lastAttemptAt().isBefore(now.minus(FORGET_AFTER)) ? 1 : row.attempts() + 1;
			this.jdbc.sql("""
					update login_throttle set attempts = :attempts, last_attempt_at = :now, locked_until = :lockedUntil
					where bucket = :bucket
					""")
				.param("attempts", attempts)
				.param("now", at)
				.param("lockedUntil", utc(now.plus(lockAfter(attempts, free))))
				.param("bucket", row.bucket())
				.update();
		}
	}

	/**
	 * The account's bucket: a hash of the normalised email, so that the table holds no
	 * email addresses (nor whatever else is typed into the email field).
	 */
	static String accountKey(String email) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(Account.normaliseEmail(email == null ? "" : email).getBytes(StandardCharsets.UTF_8));
			return "account:" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/** Now, to the microsecond, as PostgreSQL keeps it. */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** The buckets an attempt was counted in. */
	record Attempt(List<String> buckets) {
	}

	private record Bucket(String key, int free) {
	}

	private record Row(String bucket, int attempts, Instant lastAttemptAt, Instant lockedUntil) {
	}

}

package dev.skillgap.platform;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The stored answers of requests that carried an {@code Idempotency-Key}
 * ({@code idempotency_key}). Every method runs in the caller's transaction: the
 * request's.
 */
@Repository
public class IdempotencyKeys {

	private final JdbcClient jdbc;

	private final Duration retention;

	IdempotencyKeys(JdbcClient jdbc, @Value("${skillgap.idempotency.retention:24h}") Duration retention) {
		this.jdbc = jdbc;
		this.retention = retention;
	}

	/**
	 * Claims the key for this request, or finds who has it. A row of the same key that a
	 * transaction still holds makes this wait until that transaction ends (the unique
	 * key): then the key is that request's if it committed, or this one's if it rolled
	 * back. A row older than the retention counts as absent and is taken over.
	 * @return empty when this request now holds the key (and must answer it), else the
	 * answer stored with it
	 */
	Optional<Stored> claim(String scope, String key, @Nullable UUID accountId, String fingerprint) {
		int claimed = this.jdbc.sql("""
				insert into idempotency_key as k (scope, key, account_id, fingerprint)
				values (:scope, :key, :account, :fingerprint)
				on conflict (scope, key) do update
				  set account_id = excluded.account_id, fingerprint = excluded.fingerprint, status = null,
				      content_type = null, location = null, body = null, created_at = now()
				  where k.created_at < now() - cast(:retention as interval)
				""")
			.param("scope", scope)
			.param("key", key)
			.param("account", accountId)
			.param("fingerprint", fingerprint)
			.param("retention", this.retention.toSeconds() + " seconds")
			.update();
		if (claimed == 1) {
			return Optional.empty();
		}
		return Optional.of(this.jdbc
			.sql("select fingerprint, status, content_type, location, body from idempotency_key"
					+ " where scope = :scope and key = :key")
			.param("scope", scope)
			.param("key", key)
			.query((rs, row) -> new Stored(rs.getString("fingerprint"), rs.getObject("status", Integer.class),
					rs.getString("content_type"), rs.getString("location"), rs.getBytes("body")))
			.single());
	}

	/** Keeps the answer of the request that holds the key. */
	void complete(String scope, String key, int status, @Nullable String contentType, @Nullable String location,
			byte[] body) {
		this.jdbc.sql("""
				update idempotency_key set status = :status, content_type = :type, location = :location, body = :body
				where scope = :scope and key = :key
				""")
			.param("status", status)
			.param("type", contentType)
			.param("location", location)
			.param("body", body)
			.param("scope", scope)
			.param("key", key)
			.update();
	}

	/**
	 * Deletes the answers kept for an account, in the transaction that deletes it: the
	 * answer of the request that deletes it (not complete yet) stays, without the
	 * account, so that a repeat of that request gets it.
	 */
	public void forgetAnswersOf(UUID accountId) {
		this.jdbc.sql("delete from idempotency_key where account_id = :account and status is not null")
			.param("account", accountId)
			.update();
	}

	/**
	 * Deletes keys older than the retention (safe on several instances at once).
	 * @return how many
	 */
	@Scheduled(initialDelay = 2, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
	int purge() {
		return this.jdbc.sql("delete from idempotency_key where created_at < now() - cast(:retention as interval)")
			.param("retention", this.retention.toSeconds() + " seconds")
			.update();
	}

	/**
	 * What a key holds: the fingerprint of its request and, once answered, the answer.
	 */
	record Stored(String fingerprint, @Nullable Integer status, @Nullable String contentType, @Nullable String location,
			byte @Nullable [] body) {
	}

}

package dev.skillgap.webhooks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.Job;
import dev.skillgap.platform.JobSchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends the queued messages of team chats (every 30 seconds): each pending delivery whose
 * time has come is claimed (so that two runs never send it twice), posted to the team's
 * webhook (its address checked again, redirects not followed) and recorded: delivered on
 * a 2xx answer; otherwise tried again after 1, 2, 4, ... minutes (at most an hour apart)
 * until {@code skillgap.webhooks.max-attempts}, then failed. A team that disconnected
 * gets nothing more. The address never appears in the log or the record.
 */
@Component
class WebhookDeliveries implements Job {

	private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

	static final Duration FIRST_RETRY = Duration.ofMinutes(1);

	static final Duration MAX_RETRY = Duration.ofHours(1);

	/** How long a claimed delivery is kept from other runs while it is being sent. */
	static final Duration CLAIM = Duration.ofMinutes(2);

	private final JdbcClient jdbc;

	private final TeamWebhooks webhooks;

	private final WebhookProperties properties;

	private final HttpClient http;

	WebhookDeliveries(JdbcClient jdbc, TeamWebhooks webhooks, WebhookProperties properties) {
		this.jdbc = jdbc;
		this.webhooks = webhooks;
		this.properties = properties;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public String name() {
		return "webhook-deliveries";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.every(Duration.ofSeconds(30));
	}

	@Override
	public void run(Instant now) {
		deliverDue(now);
	}

	/** Sends every delivery due by {@code now}; how many were delivered. */
	int deliverDue(Instant now) {
		int delivered = 0;
		List<Long> due = this.jdbc.sql("""
				select id from webhook_delivery where status = 'pending' and next_attempt_at <= :now
				order by next_attempt_at, id limit 200
				""").param("now", Timestamp.from(now)).query(Long.class).list();
		for (long id : due) {
			if (deliver(id, now)) {
				delivered++;
			}
		}
		return delivered;
	}

	/** Claims one delivery and sends it; whether the chat took it. */
	boolean deliver(long id, Instant now) {
		Optional<Claimed> claimed = this.jdbc.sql("""
				update webhook_delivery set next_attempt_at = :until, attempts = attempts + 1
				where id = :id and status = 'pending' and next_attempt_at <= :now
				returning team_id, payload::text, attempts
				""")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(CLAIM)))
			.query((rs, row) -> new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3)))
			.optional();
		if (claimed.isEmpty()) {
			return false;
		}
		Optional<String> address = this.webhooks.address(claimed.get().teamId());
		if (address.isEmpty()) {
			this.jdbc.sql("update webhook_delivery set status = 'cancelled' where id = :id").param("id", id).update();
			return false;
		}
		Integer status = null;
		String error = null;
		try {
			URI uri = WebhookAddress.check(address.get(), this.properties.allowLoopback());
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(uri)
				.timeout(this.properties.timeout())
				.header("Content-Type", "application/json; charset=utf-8")
				.header("User-Agent", "Skillgap-Webhook")
				.POST(HttpRequest.BodyPublishers.ofString(claimed.get().payload()))
				.build(), HttpResponse.BodyHandlers.discarding());
			status = response.statusCode();
		}
		catch (DomainException ex) {
			error = "address refused (" + ex.getMessage() + ")";
		}
		catch (IOException ex) {
			error = ex.getClass().getSimpleName();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		if (status != null && status >= 200 && status < 300) {
			this.jdbc.sql("""
					update webhook_delivery set status = 'delivered', delivered_at = :now, last_status = :status,
					  last_error = null where id = :id
					""").param("now", Timestamp.from(now)).param("status", status).param("id", id).update();
			return true;
		}
		int attempts = claimed.get().attempts();
		boolean giveUp = attempts >= this.properties.maxAttempts();
		this.jdbc.sql("""
				update webhook_delivery set status = :state, next_attempt_at = :next, last_status = :status,
				  last_error = :error where id = :id and status = 'pending'
				""")
			.param("state", giveUp ? "failed" : "pending")
			.param("next", Timestamp.from(now.plus(retryDelay(attempts))))
			.param("status", status)
			.param("error", (status != null) ? "HTTP " + status : error)
			.param("id", id)
			.update();
		log.info("Webhook delivery {} of team {} not taken (attempt {}): {}", id, claimed.get().teamId(), attempts,
				(status != null) ? "HTTP " + status : error);
		return false;
	}

	/**
	 * 1 minute after the first failed attempt, then twice as long each time, at most an
	 * hour.
	 */
	static Duration retryDelay(int attempts) {
		Duration delay = FIRST_RETRY;
		for (int i = 1; i < attempts && delay.compareTo(MAX_RETRY) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return (delay.compareTo(MAX_RETRY) > 0) ? MAX_RETRY : delay;
	}

	private record Claimed(UUID teamId, String payload, int attempts) {
	}

}

package dev.skillgap.webhooks;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.Secrets;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's chat webhook and the messages sent to it. The address is sealed with
 * {@link Secrets} (AES-GCM) and shown masked only; the caller has checked that the person
 * is a lead of the team.
 */
@Service
public class TeamWebhooks {

	static final String PURPOSE = "webhook-url";

	static final List<String> KINDS = List.of("slack", "teams");

	private final JdbcClient jdbc;

	private final Secrets secrets;

	private final WebhookProperties properties;

	private final JsonMapper json = JsonMapper.builder().build();

	TeamWebhooks(JdbcClient jdbc, Secrets secrets, WebhookProperties properties) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.properties = properties;
	}

	/**
	 * A team's webhook as shown.
	 *
	 * @param kind {@code slack} or {@code teams}
	 * @param maskedUrl scheme and host, the rest hidden
	 */
	public record Webhook(UUID teamId, String kind, String maskedUrl, String locale, Instant createdAt) {
	}

	/** A message sent (or being sent) to a team's chat. */
	public record Delivery(long id, String event, String status, int attempts, @Nullable Integer lastStatus,
			@Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt,
			@Nullable Instant nextAttemptAt) {
	}

	public Optional<Webhook> of(UUID teamId) {
		return this.jdbc
			.sql("select team_id, kind, url_masked, locale, created_at from team_webhook where team_id = :team")
			.param("team", teamId)
			.query((rs, row) -> new Webhook(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.optional();
	}

	/**
	 * Connects the team to a chat (replacing its webhook, if any).
	 * @param locale the language of the messages ({@code ja} or {@code en})
	 * @throws DomainException 400 ({@code kind}) for a kind other than slack or teams,
	 * 400 ({@code url}) for an address that is not public https
	 */
	@Transactional
	public Webhook connect(UUID teamId, String url, String kind, String locale, UUID by) {
		if (!KINDS.contains(kind)) {
			throw DomainException.invalid("kind", "webhook.kind", kind);
		}
		URI uri = WebhookAddress.check(url, this.properties.allowLoopback());
		this.jdbc.sql("""
				insert into team_webhook (team_id, kind, url_sealed, url_masked, locale, created_by)
				values (:team, :kind, :sealed, :masked, :locale, :by)
				on conflict (team_id) do update set kind = excluded.kind, url_sealed = excluded.url_sealed,
				  url_masked = excluded.url_masked, locale = excluded.locale, created_by = excluded.created_by,
				  created_at = now()
				""")
			.param("team", teamId)
			.param("kind", kind)
			.param("sealed", this.secrets.encrypt(PURPOSE, uri.toString()))
			.param("masked", WebhookAddress.masked(uri))
			.param("locale", "ja".equals(locale) ? "ja" : "en")
			.param("by", by)
			.update();
		return of(teamId).orElseThrow();
	}

	/**
	 * Disconnects the team's chat: nothing more is sent, what was waiting is cancelled.
	 * Without a webhook: no change.
	 */
	@Transactional
	public void disconnect(UUID teamId) {
		this.jdbc.sql("delete from team_webhook where team_id = :team").param("team", teamId).update();
		this.jdbc.sql("update webhook_delivery set status = 'cancelled' where team_id = :team and status = 'pending'")
			.param("team", teamId)
			.update();
	}

	/** The team's latest messages, newest first. */
	public List<Delivery> deliveries(UUID teamId, int limit) {
		return this.jdbc.sql("""
				select id, event, status, attempts, last_status, last_error, created_at, delivered_at, next_attempt_at
				from webhook_delivery where team_id = :team order by created_at desc, id desc limit :limit
				""").param("team", teamId).param("limit", limit).query(TeamWebhooks::delivery).list();
	}

	/**
	 * Queues a message for the team's chat, in the payload its kind takes, once per
	 * {@code dedupeKey}; nothing without a webhook.
	 * @param texts the message in English and Japanese, by language code
	 * @return the delivery queued, empty without a webhook or when it was queued before
	 */
	@Transactional
	public Optional<Long> enqueue(UUID teamId, String event, String dedupeKey, Map<String, String> texts, Instant now) {
		Optional<Webhook> webhook = of(teamId);
		if (webhook.isEmpty()) {
			return Optional.empty();
		}
		String text = texts.getOrDefault(webhook.get().locale(), texts.get("en"));
		return this.jdbc.sql("""
				insert into webhook_delivery (team_id, event, dedupe_key, payload, next_attempt_at)
				values (:team, :event, :key, cast(:payload as jsonb), :now)
				on conflict (dedupe_key) do nothing returning id
				""")
			.param("team", teamId)
			.param("event", event)
			.param("key", dedupeKey)
			.param("payload", this.json.writeValueAsString(payload(webhook.get().kind(), text)))
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	/**
	 * The JSON a chat takes: Slack's incoming webhook {@code {"text": ...}}; for
	 * Microsoft Teams (Workflows webhooks) a message with one Adaptive Card holding the
	 * text.
	 */
	static Map<String, Object> payload(String kind, String text) {
		if ("slack".equals(kind)) {
			return Map.of("text", text);
		}
		Map<String, Object> card = Map.of("$schema", "http://adaptivecards.io/schemas/adaptive-card.json", "type",
				"AdaptiveCard", "version", "1.4", "body",
				List.of(Map.of("type", "TextBlock", "text", text, "wrap", true)));
		return Map.of("type", "message", "attachments",
				List.of(Map.of("contentType", "application/vnd.microsoft.card.adaptive", "content", card)));
	}

	/** The sealed address of the team's webhook, opened, for a delivery. */
	Optional<String> address(UUID teamId) {
		return this.jdbc.sql("select url_sealed from team_webhook where team_id = :team")
			.param("team", teamId)
			.query(String.class)
			.optional()
			.map((sealed) -> this.secrets.decrypt(PURPOSE, sealed));
	}

	private static Delivery delivery(ResultSet rs, int row) throws SQLException {
		int status = rs.getInt("last_status");
		Integer lastStatus = rs.wasNull() ? null : status;
		return new Delivery(rs.getLong("id"), rs.getString("event"), rs.getString("status"), rs.getInt("attempts"),
				lastStatus, rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("delivered_at")), instant(rs.getTimestamp("next_attempt_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}

package dev.skillgap.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's notifications: the bell's list and unread count, marking read. */
@Service
public class Notifications {

	private static final String COLUMNS = "id, recipient_id, kind, actor_name, arguments, link, created_at, read_at, "
			+ "mailed_at";

	private static final TypeReference<Map<String, String>> ARGUMENTS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The recipient's notifications, newest first. */
	public List<Notification> of(UUID recipientId, int limit, int offset) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from notification where recipient_id = :recipient
				order by created_at desc, id desc limit :limit offset :offset
				""")
			.param("recipient", recipientId)
			.param("limit", limit)
			.param("offset", offset)
			.query(this::map)
			.list();
	}

	public long unread(UUID recipientId) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = :recipient and read_at is null")
			.param("recipient", recipientId)
			.query(Long.class)
			.single();
	}

	/**
	 * Marks one of the recipient's notifications read (again: no change).
	 * @throws DomainException 404 unless it is the recipient's
	 */
	@Transactional
	public void markRead(UUID recipientId, long id) {
		int found = this.jdbc.sql("""
				update notification set read_at = coalesce(read_at, now())
				where id = :id and recipient_id = :recipient
				""").param("id", id).param("recipient", recipientId).update();
		if (found == 0) {
			throw DomainException.notFound("notification.notFound");
		}
	}

	/** Marks all of the recipient's notifications read. */
	@Transactional
	public void markAllRead(UUID recipientId) {
		this.jdbc.sql("update notification set read_at = now() where recipient_id = :recipient and read_at is null")
			.param("recipient", recipientId)
			.update();
	}

	/**
	 * Stores a notification unless one for the same recipient, kind and source is there
	 * already (an event delivered again), or the recipient's account is gone.
	 * @return the new notification's id, empty when nothing was stored
	 */
	Optional<Long> store(NotificationDraft draft) {
		return this.jdbc.sql("""
				insert into notification (recipient_id, kind, actor_name, arguments, link, source_key)
				select :recipient, :kind, :actor, cast(:arguments as jsonb), :link, :source
				where exists (select 1 from account where id = :recipient)
				on conflict (recipient_id, kind, source_key) where source_key is not null do nothing
				returning id
				""")
			.param("recipient", draft.recipientId())
			.param("kind", draft.kind().code())
			.param("actor", draft.actorName())
			.param("arguments", this.json.writeValueAsString(draft.arguments()))
			.param("link", draft.link())
			.param("source", draft.sourceKey())
			.query(Long.class)
			.optional();
	}

	/**
	 * The recipient's notifications of these kinds that went out neither by mail nor in a
	 * digest, oldest first.
	 */
	List<Notification> undigested(UUID recipientId, List<String> kinds) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from notification where recipient_id = :recipient and kind = any(:kinds)
				  and mailed_at is null and digested_at is null
				order by created_at, id
				""")
			.param("recipient", recipientId)
			.param("kinds", kinds.toArray(String[]::new))
			.query(this::map)
			.list();
	}

	void markDigested(List<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("update notification set digested_at = now() where id = any(:ids)")
				.param("ids", ids.toArray(Long[]::new))
				.update();
		}
	}

	/** The notification if it is still there and not mailed yet. */
	Optional<Notification> unmailed(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from notification where id = :id and mailed_at is null")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	void markMailed(long id) {
		this.jdbc.sql("update notification set mailed_at = now() where id = :id").param("id", id).update();
	}

	private Notification map(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getLong("id"), rs.getObject("recipient_id", UUID.class),
				NotificationKind.of(rs.getString("kind")), rs.getString("actor_name"),
				this.json.readValue(rs.getString("arguments"), ARGUMENTS), rs.getString("link"),
				rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("read_at")),
				instant(rs.getTimestamp("mailed_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

}

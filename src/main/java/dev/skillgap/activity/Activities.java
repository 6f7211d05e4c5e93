package dev.skillgap.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Learners' latest activity: a skill level they recorded themselves (not one a mentor
 * gave them), a plan item added or completed, a goal set. Kept up to date by
 * {@link ActivityRecorder} shortly after each of those is committed.
 */
@Service
public class Activities {

	private final JdbcClient jdbc;

	Activities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The latest activity of each of the given learners, in one query; learners with no
	 * activity yet are absent from the map.
	 */
	public Map<UUID, LastActivity> lastActivity(Collection<UUID> accountIds) {
		Map<UUID, LastActivity> result = new HashMap<>();
		if (accountIds.isEmpty()) {
			return result;
		}
		this.jdbc.sql("""
				select account_id, last_activity_at, kind, subject from account_activity
				where account_id = any (:accounts)
				""").param("accounts", accountIds.toArray(new UUID[0])).query((rs) -> {
			UUID account = rs.getObject("account_id", UUID.class);
			result.put(account, new LastActivity(account, rs.getTimestamp("last_activity_at").toInstant(),
					ActivityKind.of(rs.getString("kind")), rs.getString("subject")));
		});
		return result;
	}

	public Optional<LastActivity> lastActivity(UUID accountId) {
		return Optional.ofNullable(lastActivity(java.util.List.of(accountId)).get(accountId));
	}

	/**
	 * Records an activity unless the learner's latest one is as recent or more recent:
	 * events may arrive late, out of order or twice (delivery is at least once), and none
	 * of that moves the latest activity back. Accounts that no longer exist are skipped.
	 */
	void record(UUID accountId, Instant at, ActivityKind kind, String subject) {
		this.jdbc.sql("""
				insert into account_activity (account_id, last_activity_at, kind, subject)
				select :account, :at, :kind, :subject where exists (select 1 from account where id = :account)
				on conflict (account_id) do update
				  set last_activity_at = excluded.last_activity_at, kind = excluded.kind, subject = excluded.subject,
				      updated_at = now()
				  where account_activity.last_activity_at < excluded.last_activity_at
				""")
			.param("account", accountId)
			.param("at", Timestamp.from(at))
			.param("kind", kind.code())
			.param("subject", subject)
			.update();
	}

}

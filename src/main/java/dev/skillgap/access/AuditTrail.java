package dev.skillgap.access;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.identity.Accounts;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who saw or changed what about a person. A module that changes someone's data on another
 * person's behalf (a validation, a suggestion, a relationship change) records it here in
 * the same transaction as the change, so the trail cannot miss or lag behind it; views
 * are recorded by the {@link AccessPolicy}. Entries outlive the relationship, and keep
 * the actor's name if the actor's account is deleted.
 */
@Service
public class AuditTrail {

	private static final TypeReference<Map<String, String>> DETAIL = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.json = JsonMapper.builder().build();
	}

	/**
	 * Records that {@code actorId} did {@code action} about {@code subjectId}.
	 * @param detail what it was about (skill code, level, item code...), shown to the
	 * subject
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UUID subjectId, UUID actorId, AuditAction action, Map<String, String> detail) {
		recordAll(List.of(subjectId), actorId, action, detail);
	}

	/**
	 * Records the same action about each of {@code subjectIds} (everyone on a team, say),
	 * in one statement however many they are.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(Collection<UUID> subjectIds, UUID actorId, AuditAction action, Map<String, String> detail) {
		if (subjectIds.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into audit_entry (subject_id, actor_id, actor_name, action, detail, at)
				select subject, :actor, :name, :action, cast(:detail as jsonb), now()
				from unnest(cast(:subjects as uuid[])) as subject
				""")
			.param("subjects", subjectIds.toArray(UUID[]::new))
			.param("actor", actorId)
			.param("name", name(actorId))
			.param("action", action.code())
			.param("detail", this.json.writeValueAsString(detail))
			.update();
	}

	/**
	 * A view of the subject's data by someone else, at most one entry per viewer and
	 * hour.
	 */
	@Transactional
	void viewed(UUID subjectId, UUID viewerId, String relationship) {
		this.jdbc.sql("""
				insert into audit_entry (subject_id, actor_id, actor_name, action, detail, at, view_hour)
				values (:subject, :actor, :name, 'viewed', cast(:detail as jsonb), now(), date_trunc('hour', now()))
				on conflict (subject_id, actor_id, view_hour) where view_hour is not null do nothing
				""")
			.param("subject", subjectId)
			.param("actor", viewerId)
			.param("name", name(viewerId))
			.param("detail", this.json.writeValueAsString(Map.of("relationship", relationship)))
			.update();
	}

	/** The subject's trail, newest first. */
	public List<AuditEntry> of(UUID subjectId, int limit, int offset) {
		return this.jdbc.sql("""
				select id, actor_id, actor_name, action, detail, at from audit_entry
				where subject_id = :subject order by at desc, id desc limit :limit offset :offset
				""")
			.param("subject", subjectId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getObject("actor_id", UUID.class),
					rs.getString("actor_name"), rs.getString("action"),
					this.json.readValue(rs.getString("detail"), DETAIL), rs.getTimestamp("at").toInstant()))
			.list();
	}

	public long count(UUID subjectId) {
		return this.jdbc.sql("select count(*) from audit_entry where subject_id = :subject")
			.param("subject", subjectId)
			.query(Long.class)
			.single();
	}

	private String name(UUID actorId) {
		return this.accounts.displayNames(List.of(actorId)).getOrDefault(actorId, "?");
	}

}

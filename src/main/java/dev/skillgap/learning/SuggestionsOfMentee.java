package dev.skillgap.learning;

import java.util.UUID;

import dev.skillgap.access.OwnedObjects;
import dev.skillgap.access.Owner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A plan suggestion that a route under {@code /api/mentees/{menteeId}} names is one made
 * to the mentee the path names (the access policy checked the caller's active mentorship
 * with them; see {@link OwnedObjects}).
 */
@Component
class SuggestionsOfMentee implements OwnedObjects {

	private final JdbcClient jdbc;

	SuggestionsOfMentee(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String ownerVariable() {
		return "menteeId";
	}

	@Override
	public String objectVariable() {
		return "suggestionId";
	}

	@Override
	public String notFound() {
		return "suggestion.notFound";
	}

	@Override
	public boolean belongs(Owner owner, UUID objectId) {
		return this.jdbc
			.sql("select exists (select 1 from plan_suggestion where id = :suggestion and account_id = :mentee)")
			.param("suggestion", objectId)
			.param("mentee", owner.ownerId())
			.query(Boolean.class)
			.single();
	}

}

package dev.skillgap.learning;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A learning item someone suggested for a learner's plan, with a note. It shows in the
 * plan as "suggested by ..." while {@code open}, until the learner accepts it (the item
 * joins the plan) or declines it.
 *
 * @param suggestedBy who suggested it ({@code null} once that account is deleted)
 * @param suggestedByName their name when they suggested it
 * @param status {@code open}, {@code accepted}, {@code declined} or {@code withdrawn}
 * @param source a mentor, or a lead through a team
 */
public record PlanSuggestion(UUID id, UUID accountId, String itemCode, @Nullable String note,
		@Nullable UUID suggestedBy, String suggestedByName, String status, Instant createdAt,
		@Nullable Instant decidedAt, SuggestionSource source) {

	public static final String OPEN = "open";

	public boolean isOpen() {
		return OPEN.equals(this.status);
	}

}

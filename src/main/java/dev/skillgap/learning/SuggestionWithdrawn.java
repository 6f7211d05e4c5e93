package dev.skillgap.learning;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The one who suggested an item withdrew the suggestion before the learner answered it.
 * Published by {@link PlanSuggestions#withdraw} in the transaction that stores it.
 * {@code teamId}: it was suggested through that team (null: by a mentor).
 */
public record SuggestionWithdrawn(UUID suggestionId, UUID accountId, String itemCode, UUID suggestedBy,
		@Nullable UUID teamId) {
}

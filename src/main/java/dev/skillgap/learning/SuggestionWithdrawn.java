package dev.skillgap.learning;

import java.util.UUID;

/**
 * The one who suggested an item withdrew the suggestion before the learner answered it.
 * Published by {@link PlanSuggestions#withdraw} in the transaction that stores it.
 */
public record SuggestionWithdrawn(UUID suggestionId, UUID accountId, String itemCode, UUID suggestedBy) {
}

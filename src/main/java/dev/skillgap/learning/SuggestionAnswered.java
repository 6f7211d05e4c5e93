package dev.skillgap.learning;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A learner accepted (the item joined their plan) or declined a suggestion. Published by
 * {@link PlanSuggestions} in the transaction that records the answer.
 */
public record SuggestionAnswered(UUID suggestionId, UUID accountId, String itemCode, @Nullable UUID suggestedBy,
		boolean accepted) {
}

package dev.skillgap.learning;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Someone suggested a learning item for a learner's plan. Published by
 * {@link PlanSuggestions#suggest} in the transaction that stores it. {@code teamId} and
 * {@code teamName}: a lead suggested it through that team (null: a mentor).
 */
public record ItemSuggested(UUID suggestionId, UUID accountId, String itemCode, UUID suggestedBy, @Nullable UUID teamId,
		@Nullable String teamName) {
}

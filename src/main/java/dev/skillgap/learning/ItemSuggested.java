package dev.skillgap.learning;

import java.util.UUID;

/**
 * Someone suggested a learning item for a learner's plan. Published by
 * {@link PlanSuggestions#suggest} in the transaction that stores it.
 */
public record ItemSuggested(UUID suggestionId, UUID accountId, String itemCode, UUID suggestedBy) {
}

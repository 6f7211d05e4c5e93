package dev.skillgap.learning;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner put a learning item in their plan. Published by {@link LearningPlans#add} in
 * the transaction that inserts it.
 *
 * @param at when it was added
 */
public record PlanItemAdded(UUID accountId, String itemCode, Instant at) {
}

package dev.skillgap.learning;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner finished an item of their plan (it moved to done). Published by
 * {@link LearningPlans#update} in the transaction that records the move; moving an item
 * that is already done to done again publishes nothing.
 *
 * @param at when it was completed
 */
public record PlanItemCompleted(UUID accountId, String itemCode, Instant at) {
}

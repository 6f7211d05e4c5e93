package dev.skillgap.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A learner set (or changed) their goal: a role by a date. Published by
 * {@link LearningPlans#setGoal} in the transaction that saves it.
 *
 * @param at when the goal was set
 */
public record GoalSet(UUID accountId, String roleCode, LocalDate targetDate, Instant at) {
}

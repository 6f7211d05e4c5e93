package dev.skillgap.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner's latest activity.
 *
 * @param at when it happened
 * @param subject what it was about: the skill code, the learning item code or the goal's
 * role code
 */
public record LastActivity(UUID accountId, Instant at, ActivityKind kind, String subject) {
}

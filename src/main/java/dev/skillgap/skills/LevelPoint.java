package dev.skillgap.skills;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's level of one skill from a moment on (until a newer point of the same person
 * and skill), as {@link SkillLevels#historySince} replays it.
 */
public record LevelPoint(UUID accountId, String skillCode, int level, Instant at) {
}

package dev.skillgap.skills;

import java.util.UUID;

/** Published when a person's level for a skill is set (even to the same value). */
public record SkillLevelChanged(UUID accountId, String skillCode, int level, AssessmentSource source) {
}

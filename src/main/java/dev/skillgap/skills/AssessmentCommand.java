package dev.skillgap.skills;

import java.util.UUID;

/**
 * A request to set a person's level for a skill, built only by {@link SkillLevels}'s
 * entry points, so that nobody outside the module picks the source or the assessor.
 *
 * @param accountId whose level
 * @param assessedBy who sets it
 */
record AssessmentCommand(UUID accountId, String skillCode, int level, AssessmentSource source, String evidence,
		String evidenceUrl, UUID assessedBy, String learningItemCode) {

}

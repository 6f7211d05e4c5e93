package dev.skillgap.skills;

import java.util.UUID;

/**
 * A request to set a person's level for a skill.
 *
 * @param accountId whose level
 * @param assessedBy who sets it
 */
public record AssessmentCommand(UUID accountId, String skillCode, int level, AssessmentSource source, String evidence,
		String evidenceUrl, UUID assessedBy, String learningItemCode) {

	public static AssessmentCommand self(UUID accountId, String skillCode, int level, String evidence,
			String evidenceUrl) {
		return new AssessmentCommand(accountId, skillCode, level, AssessmentSource.SELF, evidence, evidenceUrl,
				accountId, null);
	}

}

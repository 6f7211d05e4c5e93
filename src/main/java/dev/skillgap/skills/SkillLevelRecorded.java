package dev.skillgap.skills;

import java.time.Instant;
import java.util.UUID;

/**
 * A level was recorded for someone's skill (by themself, a mentor or the completion of a
 * learning item). Published by {@link SkillLevels#record} in the transaction that appends
 * it to the history.
 *
 * @param accountId whose level
 * @param level the new level, 0-5
 * @param assessedBy who set it (the person themself unless a mentor did)
 * @param at when it was recorded (the assessment's time)
 */
public record SkillLevelRecorded(UUID accountId, String skillCode, int level, AssessmentSource source, UUID assessedBy,
		Instant at) {

	static SkillLevelRecorded of(SkillAssessment assessment) {
		return new SkillLevelRecorded(assessment.accountId(), assessment.skillCode(), assessment.level(),
				assessment.source(), assessment.assessedBy(), assessment.assessedAt());
	}

	/** Whether the person did this themself rather than a mentor assessing them. */
	public boolean byTheLearner() {
		return this.source != AssessmentSource.MENTOR;
	}

}

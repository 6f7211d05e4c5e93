package dev.skillgap.skills;

import java.time.Instant;
import java.util.UUID;

/**
 * One level given to one person for one skill at one time. The newest per skill is the
 * current level; the older ones are the history.
 *
 * @param assessedBy who set it (the person themself for {@code self})
 * @param learningItemCode the learning item whose completion raised it, if any
 * @param evidenceEditedAt when its evidence was last changed without changing the level
 * (null if never)
 */
public record SkillAssessment(long id, UUID accountId, String skillCode, int level, AssessmentSource source,
		String evidence, String evidenceUrl, UUID assessedBy, String learningItemCode, Instant assessedAt,
		Instant evidenceEditedAt) {

	/**
	 * Whether this assessment was made after the other (by time, then by insertion
	 * order).
	 */
	public boolean isNewerThan(SkillAssessment other) {
		int byTime = this.assessedAt.compareTo(other.assessedAt);
		return byTime > 0 || (byTime == 0 && this.id > other.id);
	}

}

package dev.skillgap.skills;

import java.time.Instant;
import java.util.UUID;

/**
 * A validation next to the self-assessment it judged: the person's own latest level of
 * that skill when the mentor validated it.
 *
 * @param selfLevel the person's own level just before the validation
 * @param validatedLevel the level the mentor gave
 */
public record CalibrationPoint(UUID accountId, String skillCode, int selfLevel, int validatedLevel, UUID validatedBy,
		Instant validatedAt) {

	/** Positive when the person rated themself higher than the mentor did. */
	public int difference() {
		return this.selfLevel - this.validatedLevel;
	}

}

package dev.skillgap.skills;

import java.time.Instant;

/**
 * A person's effective level of one skill as team-wide views read it in bulk: the level
 * of the newest assessment (a mentor's validation when it is newer than the person's own
 * latest assessment, otherwise their own), whether that newest assessment is a
 * validation, and when it was last updated (assessed, validated or its evidence edited).
 */
public record EffectiveLevel(String skillCode, int level, boolean validated, Instant updatedAt) {

	/** Whether nobody updated or validated it since {@code cutoff}. */
	public boolean staleAt(Instant cutoff) {
		return this.updatedAt.isBefore(cutoff);
	}

}

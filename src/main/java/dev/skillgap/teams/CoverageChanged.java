package dev.skillgap.teams;

import java.time.Instant;
import java.util.UUID;

/**
 * A skill of a team met its coverage target ({@code met}) or fell below it, as
 * {@link CoverageWatch} saw it. Published once per change.
 *
 * @param holders members at or above the target level now
 * @param required how many the target asks for
 * @param changedAt when the change was seen
 */
public record CoverageChanged(UUID teamId, String skillCode, int targetLevel, boolean met, int holders, int required,
		Instant changedAt) {
}

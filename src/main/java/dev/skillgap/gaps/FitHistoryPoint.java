package dev.skillgap.gaps;

import java.time.Instant;
import java.util.Map;

/**
 * The fit to every role right after one change of level.
 *
 * @param fits role code to fit, in the roles' order
 */
public record FitHistoryPoint(Instant at, String skillCode, int level, String source, Map<String, Double> fits) {
}

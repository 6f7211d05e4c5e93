package dev.skillgap.access;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of a person's audit trail.
 *
 * @param actorId who did it ({@code null} once that account is deleted)
 * @param actorName their name at the time
 * @param action what ({@link AuditAction#code()} or {@code viewed})
 * @param detail what it was about (skill code, level, item code, relationship...)
 */
public record AuditEntry(long id, @Nullable UUID actorId, String actorName, String action, Map<String, String> detail,
		Instant at) {
}

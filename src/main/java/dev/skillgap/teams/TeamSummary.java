package dev.skillgap.teams;

import java.time.Instant;
import java.util.UUID;

/**
 * A team as one of its people sees it in a list.
 *
 * @param myRole the viewer's role on it
 * @param memberCount its active people, leads included
 * @param leadCount its active leads
 */
public record TeamSummary(UUID id, String name, TeamRole myRole, long memberCount, long leadCount, Instant createdAt) {
}

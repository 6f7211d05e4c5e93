package dev.skillgap.teams;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A pending invitation to a team.
 *
 * @param email the invited address
 * @param invitedBy the lead who invited, null once their account is gone
 * @param invitedByName their display name, null once their account is gone
 */
public record TeamInvitation(UUID id, UUID teamId, String teamName, @Nullable String email, TeamRole role,
		Instant invitedAt, @Nullable UUID invitedBy, @Nullable String invitedByName) {
}

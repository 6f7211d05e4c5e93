package dev.skillgap.teams;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An active member (or lead) of a team as the team's views need them.
 *
 * @param accountId the person
 * @param role {@code lead} or {@code member}
 * @param targetRole the member's target role on this team, or null
 * @param targetSource {@code own} (their goal, chosen by them) or {@code lead} (proposed
 * by a lead), null with no target role
 */
public record TeamMember(UUID membershipId, UUID accountId, String displayName, String role,
		@Nullable String targetRole, @Nullable String targetSource, Instant joinedAt) {

	public boolean isLead() {
		return "lead".equals(this.role);
	}

}

package dev.skillgap.mentoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mentee asking one mentor to review some skills. Open until the mentor has validated
 * every requested skill (or marks it done), or the mentee withdraws it.
 *
 * @param validatedSkillCodes the requested skills validated since the request
 */
public record ReviewRequest(UUID id, UUID mentorshipId, UUID menteeId, UUID mentorId, List<String> skillCodes,
		List<String> validatedSkillCodes, @Nullable String note, String status, Instant createdAt,
		@Nullable Instant closedAt) {

	public boolean isOpen() {
		return "open".equals(this.status);
	}

}

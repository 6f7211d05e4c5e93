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
 * @param targetSource {@code own} (chosen by them for this team) or {@code lead}
 * (proposed by a lead); {@code goal} (their own goal role, from {@link #withGoal}); null
 * with no target role
 */
public record TeamMember(UUID membershipId, UUID accountId, String displayName, String role,
		@Nullable String targetRole, @Nullable String targetSource, Instant joinedAt) {

	/** {@link #targetSource()} of a target role taken from the member's own goal. */
	public static final String GOAL = "goal";

	public boolean isLead() {
		return "lead".equals(this.role);
	}

	/**
	 * The member with their effective target role, the one rule for it: the target role
	 * set on the team (by them or a lead) if any, else their own goal role (source
	 * {@value #GOAL}), else none.
	 * @param goalRole the member's goal role, or null without a goal
	 */
	public TeamMember withGoal(@Nullable String goalRole) {
		if (this.targetRole != null || goalRole == null) {
			return this;
		}
		return new TeamMember(this.membershipId, this.accountId, this.displayName, this.role, goalRole, GOAL,
				this.joinedAt);
	}

}

package dev.skillgap.teams.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.skillgap.teams.TeamInvitation;
import dev.skillgap.teams.TeamMember;
import dev.skillgap.teams.TeamSummary;
import org.jspecify.annotations.Nullable;

/** The bodies of the teams core API. */
final class TeamResponses {

	private TeamResponses() {
	}

	record TeamPersonResponse(UUID id, String displayName) {
	}

	record TeamRef(UUID id, String name) {
	}

	/**
	 * A team in a list.
	 *
	 * @param myRole {@code lead} or {@code member}
	 * @param memberCount its active people, leads included
	 * @param leadCount its active leads
	 */
	record TeamSummaryResponse(UUID id, String name, String myRole, long memberCount, long leadCount,
			Instant createdAt) {

		static TeamSummaryResponse of(TeamSummary team) {
			return new TeamSummaryResponse(team.id(), team.name(), team.myRole().code(), team.memberCount(),
					team.leadCount(), team.createdAt());
		}

	}

	/**
	 * One of the team's people.
	 *
	 * @param id the person's account id
	 * @param role {@code lead} or {@code member}
	 * @param targetRole their target role on the team, or null
	 * @param targetSource {@code own} (they chose it for the team), {@code lead} (a lead
	 * proposed it) or {@code goal} (their own goal role); null with no target role
	 */
	record MemberResponse(UUID id, String displayName, String role, @Nullable String targetRole,
			@Nullable String targetSource, Instant joinedAt) {

		static MemberResponse of(TeamMember member) {
			return new MemberResponse(member.accountId(), member.displayName(), member.role(), member.targetRole(),
					member.targetSource(), member.joinedAt());
		}

	}

	/**
	 * A pending invitation as the team's leads see it.
	 *
	 * @param invitedBy null once the inviting lead's account is gone
	 */
	record TeamInvitationResponse(UUID id, @Nullable String email, String role, Instant invitedAt,
			@Nullable TeamPersonResponse invitedBy) {

		static TeamInvitationResponse of(TeamInvitation invitation) {
			return new TeamInvitationResponse(invitation.id(), invitation.email(), invitation.role().code(),
					invitation.invitedAt(), TeamResponses.invitedBy(invitation));
		}

	}

	/**
	 * A team with its people: a lead sees every active member and the pending
	 * invitations, a member only the leads and no invitations.
	 *
	 * @param countsHidden the team's counts (aggregate, coverage, progress) are hidden
	 * from me: it has fewer people than minGroupSize and I am not a lead
	 * @param minGroupSize the fewest people counts are shown over (to members)
	 */
	record TeamResponse(UUID id, String name, String myRole, long memberCount, long leadCount, Instant createdAt,
			List<MemberResponse> members, List<TeamInvitationResponse> invitations, boolean countsHidden,
			int minGroupSize) {

		static TeamResponse of(TeamSummary team, List<TeamMember> members, List<TeamInvitation> invitations,
				boolean countsHidden, int minGroupSize) {
			return new TeamResponse(team.id(), team.name(), team.myRole().code(), team.memberCount(), team.leadCount(),
					team.createdAt(), members.stream().map(MemberResponse::of).toList(),
					invitations.stream().map(TeamInvitationResponse::of).toList(), countsHidden, minGroupSize);
		}

	}

	/** An invitation just sent. */
	record InvitationCreatedResponse(UUID id, @Nullable String email, String role, String status, TeamRef team) {

		static InvitationCreatedResponse of(TeamInvitation invitation) {
			return new InvitationCreatedResponse(invitation.id(), invitation.email(), invitation.role().code(),
					"pending", new TeamRef(invitation.teamId(), invitation.teamName()));
		}

	}

	/** An invitation as the invited person sees it. */
	record MyInvitationResponse(UUID id, TeamRef team, String role, @Nullable TeamPersonResponse invitedBy,
			Instant invitedAt) {

		static MyInvitationResponse of(TeamInvitation invitation) {
			return new MyInvitationResponse(invitation.id(), new TeamRef(invitation.teamId(), invitation.teamName()),
					invitation.role().code(), TeamResponses.invitedBy(invitation), invitation.invitedAt());
		}

	}

	private static @Nullable TeamPersonResponse invitedBy(TeamInvitation invitation) {
		return (invitation.invitedBy() == null) ? null : new TeamPersonResponse(invitation.invitedBy(),
				(invitation.invitedByName() != null) ? invitation.invitedByName() : "?");
	}

}

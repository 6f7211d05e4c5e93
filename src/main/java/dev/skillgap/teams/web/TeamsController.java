package dev.skillgap.teams.web;

import java.util.List;
import java.util.UUID;

import dev.skillgap.access.Audience;
import dev.skillgap.access.GroupPrivacy;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.teams.TeamSummary;
import dev.skillgap.teams.Teams;
import dev.skillgap.teams.web.TeamResponses.InvitationCreatedResponse;
import dev.skillgap.teams.web.TeamResponses.MemberResponse;
import dev.skillgap.teams.web.TeamResponses.MyInvitationResponse;
import dev.skillgap.teams.web.TeamResponses.TeamResponse;
import dev.skillgap.teams.web.TeamResponses.TeamSummaryResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Teams and their people: anyone creates a team and leads it; leads invite by email,
 * invited people accept or decline; members leave, leads remove, promote and demote.
 * Routes under {@code /api/teams/{teamId}} answer 404 to anyone not an active member or
 * lead of the team, and 403 to a member doing what only leads do.
 */
@RestController
@Tag(name = "Teams", description = "Teams planning training: a lead invites members, members accept")
class TeamsController {

	private final Teams teams;

	private final GroupPrivacy privacy;

	TeamsController(Teams teams, GroupPrivacy privacy) {
		this.teams = teams;
		this.privacy = privacy;
	}

	@PostMapping("/api/teams")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a team; I become its lead",
			description = "400 (name) when the name is blank or longer than 100 characters; 409 (name) when I "
					+ "already created a team of that name.")
	@ApiResponse(responseCode = "409", description = "I already created a team of that name")
	TeamSummaryResponse create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody NameRequest body) {
		return TeamSummaryResponse.of(this.teams.create(user.id(), body.name()));
	}

	@GetMapping("/api/teams")
	@Operation(summary = "My teams (where I am an active member or lead), by name")
	List<TeamSummaryResponse> mine(@AuthenticationPrincipal CurrentUser user) {
		return this.teams.mine(user.id()).stream().map(TeamSummaryResponse::of).toList();
	}

	@GetMapping("/api/teams/{teamId}")
	@Operation(summary = "A team with its people",
			description = "A lead sees every active member and the pending invitations; a member sees the leads "
					+ "only and no invitations. 404 unless I am an active member or lead.")
	TeamResponse team(Audience team, @PathVariable UUID teamId) {
		return detail(team);
	}

	@PatchMapping("/api/teams/{teamId}")
	@Operation(summary = "Rename the team (leads)",
			description = "403 for a member; 400 (name) as on creation; 409 (name) when the team's creator already "
					+ "created another team of that name.")
	@ApiResponse(responseCode = "409", description = "The creator already has another team of that name")
	@ApiResponse(responseCode = "200", description = "The team, renamed")
	TeamResponse rename(Audience team, @PathVariable UUID teamId, @Valid @RequestBody NameRequest body) {
		this.teams.rename(team, body.name());
		return detail(team);
	}

	@DeleteMapping("/api/teams/{teamId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete the team with its memberships and targets (leads)")
	@ApiResponse(responseCode = "204", description = "Deleted")
	void delete(Audience team, @PathVariable UUID teamId) {
		this.teams.delete(team);
	}

	@PostMapping("/api/teams/{teamId}/invitations")
	@ApiResponse(responseCode = "409", description = "The person is on the team, or invited already")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite someone by email, as a member (default) or a lead (leads)",
			description = "201 whether or not the address has an account yet: an invitation to an address with no "
					+ "account waits until that address registers (and is mailed when mail is configured). 409 "
					+ "(email) when the person is on the team (team.alreadyMember) or invited already "
					+ "(team.alreadyInvited); 400 (role) for a role other than member or lead.")
	InvitationCreatedResponse invite(Audience team, @PathVariable UUID teamId,
			@Valid @RequestBody TeamInviteRequest body) {
		return InvitationCreatedResponse.of(this.teams.invite(team, body.email(), body.role()));
	}

	@DeleteMapping("/api/teams/{teamId}/invitations/{invitationId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw a pending invitation (leads)",
			description = "404 unless it is a pending invitation of this team.")
	@ApiResponse(responseCode = "204", description = "Withdrawn")
	void withdraw(Audience team, @PathVariable UUID teamId, @PathVariable UUID invitationId) {
		this.teams.withdraw(team, invitationId);
	}

	@DeleteMapping("/api/teams/{teamId}/members/{memberId}")
	@ApiResponse(responseCode = "409",
			description = "The team's last lead cannot leave or be removed: delete the team instead")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a member (leads), or leave (a member, with my own account id)",
			description = "403 for a member removing someone else; 404 unless that account is an active member; "
					+ "409 (team.lastLead) for the team's last lead, who deletes the team instead.")
	@ApiResponse(responseCode = "204", description = "Removed or left")
	void end(Audience team, @PathVariable UUID teamId, @PathVariable UUID memberId) {
		this.teams.end(team, memberId);
	}

	@PutMapping("/api/teams/{teamId}/members/{memberId}/role")
	@ApiResponse(responseCode = "409", description = "The last lead cannot be made a member")
	@ApiResponse(responseCode = "200", description = "The person with their new role")
	@Operation(summary = "Make a member a lead, or a lead a member (leads)",
			description = "400 (role) unless lead or member; 409 (team.lastLead) when demoting the last lead.")
	MemberResponse role(Audience team, @PathVariable UUID teamId, @PathVariable UUID memberId,
			@Valid @RequestBody RoleRequest body) {
		return MemberResponse.of(this.teams.changeRole(team, memberId, body.role()));
	}

	@PutMapping("/api/teams/{teamId}/members/{memberId}/target-role")
	@Operation(summary = "Set or clear a member's target role on the team",
			description = "A lead for anyone (targetSource lead; their own: own), a member for themself only "
					+ "(targetSource own; 403 for another's). roleCode null clears it (the member's own goal role, "
					+ "if any, shows with targetSource goal). 400 (roleCode) for an unknown role, checked after "
					+ "who may do it.")
	MemberResponse targetRole(Audience team, @PathVariable UUID teamId, @PathVariable UUID memberId,
			@Valid @RequestBody TargetRoleRequest body) {
		return MemberResponse.of(this.teams.setTargetRole(team, memberId, body.roleCode()));
	}

	@GetMapping("/api/me/team-invitations")
	@Operation(summary = "My pending invitations to teams, newest first")
	List<MyInvitationResponse> myInvitations(@AuthenticationPrincipal CurrentUser user) {
		return this.teams.myInvitations(user.id()).stream().map(MyInvitationResponse::of).toList();
	}

	@PostMapping("/api/me/team-invitations/{invitationId}/accept")
	@ApiResponse(responseCode = "409", description = "The invitation was accepted already")
	@ApiResponse(responseCode = "200", description = "The team I joined")
	@Operation(summary = "Accept an invitation to a team; the team",
			description = "404 unless it is my open invitation; 409 when I accepted it already.")
	TeamSummaryResponse accept(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID invitationId) {
		return TeamSummaryResponse.of(this.teams.accept(user.id(), invitationId));
	}

	@PostMapping("/api/me/team-invitations/{invitationId}/decline")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Decline an invitation to a team", description = "404 unless it is my open invitation.")
	@ApiResponse(responseCode = "204", description = "Declined")
	void decline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID invitationId) {
		this.teams.decline(user.id(), invitationId);
	}

	private TeamResponse detail(Audience team) {
		TeamSummary summary = this.teams.summary(team);
		return TeamResponse.of(summary, this.teams.people(team), this.teams.invitations(team),
				!this.privacy.showsCounts(team, (int) summary.memberCount()), this.privacy.minGroupSize());
	}

	record NameRequest(@NotBlank @Size(max = 100) String name) {
	}

	/**
	 * @param role {@code member} (default) or {@code lead}
	 */
	record TeamInviteRequest(@NotBlank @Email @Size(max = 254) String email, @Nullable String role) {
	}

	record RoleRequest(@NotNull String role) {
	}

	/**
	 * @param roleCode a role code, or null to clear the target role
	 */
	record TargetRoleRequest(@Nullable @Size(max = 60) String roleCode) {
	}

}

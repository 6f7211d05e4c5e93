package dev.skillgap.mentoring.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.identity.Accounts;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.mentoring.Mentorship;
import dev.skillgap.mentoring.Mentorships;
import dev.skillgap.mentoring.web.MentoringResponses.MentorshipResponse;
import dev.skillgap.mentoring.web.MentoringResponses.PersonResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Invitations and mentorships, from both sides: a learner invites a mentor by email, the
 * mentor accepts or declines, either ends it.
 */
@RestController
@Tag(name = "Mentorships", description = "A learner invites a mentor; nothing is visible until the mentor accepts")
class MentorshipsController {

	private final Mentorships mentorships;

	private final Accounts accounts;

	MentorshipsController(Mentorships mentorships, Accounts accounts) {
		this.mentorships = mentorships;
		this.accounts = accounts;
	}

	@PostMapping("/api/me/mentors")
	@ApiResponse(responseCode = "409", description = "That address already has a pending or active mentorship with me")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite a mentor by email",
			description = "201 whether or not the address has an account yet: an invitation to an address with no "
					+ "account waits until that address registers (mentor is null until then). 400 for my own email, "
					+ "409 when that address already has a pending or active mentorship with me.")
	MentorshipResponse invite(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody InviteRequest body) {
		return response(this.mentorships.invite(user.id(), body.email()), user.id(), null);
	}

	@GetMapping("/api/mentorships")
	@Operation(summary = "My pending and active mentorships, as mentee and as mentor")
	List<MentorshipResponse> list(@AuthenticationPrincipal CurrentUser user) {
		List<Mentorship> all = this.mentorships.of(user.id());
		Set<UUID> people = new HashSet<>();
		all.forEach((m) -> {
			people.add(m.menteeId());
			if (m.mentorId() != null) {
				people.add(m.mentorId());
			}
		});
		Map<UUID, String> names = this.accounts.displayNames(people);
		return all.stream().map((m) -> response(m, user.id(), names)).toList();
	}

	@PostMapping("/api/mentorships/{id}/accept")
	@ApiResponse(responseCode = "409", description = "The invitation is no longer pending")
	@ApiResponse(responseCode = "200", description = "The mentorship")
	@Operation(summary = "Accept an invitation to mentor (the invited mentor only)",
			description = "404 unless I am the invited mentor; 409 unless the invitation is pending.")
	MentorshipResponse accept(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return response(this.mentorships.accept(user.id(), id), user.id(), null);
	}

	@PostMapping("/api/mentorships/{id}/decline")
	@ApiResponse(responseCode = "409", description = "The invitation is no longer pending")
	@ApiResponse(responseCode = "200", description = "The mentorship")
	@Operation(summary = "Decline an invitation to mentor (the invited mentor only)",
			description = "404 unless I am the invited mentor; 409 unless the invitation is pending.")
	MentorshipResponse decline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return response(this.mentorships.decline(user.id(), id), user.id(), null);
	}

	@DeleteMapping("/api/mentorships/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End a mentorship or withdraw an invitation (either side); access ends at once")
	@ApiResponse(responseCode = "204", description = "Ended")
	void end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		this.mentorships.end(user.id(), id);
	}

	private MentorshipResponse response(Mentorship m, UUID caller, @Nullable Map<UUID, String> known) {
		Map<UUID, String> names = (known != null) ? known : this.accounts
			.displayNames((m.mentorId() == null) ? List.of(m.menteeId()) : List.of(m.menteeId(), m.mentorId()));
		boolean mentee = m.menteeId().equals(caller);
		PersonResponse mentor = (m.mentorId() == null) ? null
				: new PersonResponse(m.mentorId(), names.getOrDefault(m.mentorId(), "?"));
		return new MentorshipResponse(m.id(), m.status().code(), mentor,
				new PersonResponse(m.menteeId(), names.getOrDefault(m.menteeId(), "?")),
				mentee ? m.invitedEmail() : null, mentee ? "mentee" : "mentor", m.createdAt(), m.acceptedAt());
	}

	record InviteRequest(@NotBlank @Email @Size(max = 254) String email) {
	}

}

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
import dev.skillgap.mentoring.web.MentoringResponses.PartyResponse;
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
 * Invitations and mentorships, from both sides: a learner invites a mentor by email, or a
 * mentor offers to mentor someone by email; the other accepts or declines, either ends
 * it.
 */
@RestController
@Tag(name = "Mentorships",
		description = "A learner invites a mentor or a mentor offers to mentor; nothing is visible until the other accepts")
class MentorshipsController {

	private final Mentorships mentorships;

	private final Accounts accounts;

	MentorshipsController(Mentorships mentorships, Accounts accounts) {
		this.mentorships = mentorships;
		this.accounts = accounts;
	}

	@PostMapping("/api/me/mentors")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Invite a mentor by email",
			description = "201 whether or not the address has an account yet, with the same answer either way: "
					+ "mentor is {id: null, displayName: null} until the invitation is accepted (invitedEmail is "
					+ "the address typed). An invitation to an address with no account waits until that address "
					+ "registers. 400 for my own email, 409 when I have a pending or active mentorship with that "
					+ "address already (in either direction).")
	@ApiResponse(responseCode = "409", description = "A pending or active mentorship with that address already")
	MentorshipResponse invite(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody InviteRequest body) {
		return response(this.mentorships.invite(user.id(), body.email()), user.id(), null);
	}

	@PostMapping("/api/me/mentees")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Offer to mentor someone by email; they accept or decline",
			description = "201 whether or not the address has an account yet, with the same answer either way: "
					+ "mentee is {id: null, displayName: null} until the offer is accepted (invitedEmail is the "
					+ "address typed). An offer to an address with no account waits until that address registers "
					+ "(and is mailed when mail is configured). Nothing of theirs is visible before they accept. 400 "
					+ "for my own email, 409 when I have a pending or active mentorship with that address already.")
	@ApiResponse(responseCode = "409", description = "A pending or active mentorship with that address already")
	MentorshipResponse offer(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody InviteRequest body) {
		return response(this.mentorships.offer(user.id(), body.email()), user.id(), null);
	}

	@GetMapping("/api/mentorships")
	@Operation(summary = "My pending and active mentorships, as mentee and as mentor, both directions")
	List<MentorshipResponse> list(@AuthenticationPrincipal CurrentUser user) {
		List<Mentorship> all = this.mentorships.of(user.id());
		Set<UUID> people = new HashSet<>();
		all.forEach((m) -> {
			if (m.menteeId() != null) {
				people.add(m.menteeId());
			}
			if (m.mentorId() != null) {
				people.add(m.mentorId());
			}
		});
		Map<UUID, String> names = this.accounts.displayNames(people);
		return all.stream().map((m) -> response(m, user.id(), names)).toList();
	}

	@PostMapping("/api/mentorships/{id}/accept")
	@ApiResponse(responseCode = "409", description = "The invitation or offer is no longer pending")
	@ApiResponse(responseCode = "200", description = "The mentorship")
	@Operation(summary = "Accept an invitation to mentor, or an offer of mentoring (the invited side only)",
			description = "404 unless I am the invited side; 409 unless it is pending.")
	MentorshipResponse accept(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return response(this.mentorships.accept(user.id(), id), user.id(), null);
	}

	@PostMapping("/api/mentorships/{id}/decline")
	@ApiResponse(responseCode = "409", description = "The invitation or offer is no longer pending")
	@ApiResponse(responseCode = "200", description = "The mentorship")
	@Operation(summary = "Decline an invitation to mentor, or an offer of mentoring (the invited side only)",
			description = "404 unless I am the invited side; 409 unless it is pending.")
	MentorshipResponse decline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		return response(this.mentorships.decline(user.id(), id), user.id(), null);
	}

	@DeleteMapping("/api/mentorships/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(
			summary = "End a mentorship, or withdraw my pending invitation or offer (either side); access ends "
					+ "at once",
			description = "The other side is told (a withdrawn invitation's notification says it was withdrawn); "
					+ "kept on the audit trail.")
	@ApiResponse(responseCode = "204", description = "Ended")
	void end(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		this.mentorships.end(user.id(), id);
	}

	/**
	 * The inviter of a pending mentorship sees the other side only as the address typed;
	 * the invited side, and both once accepted, see names. The inviter's answer reads no
	 * more for a known address than for an unknown one.
	 */
	private MentorshipResponse response(Mentorship m, UUID caller, @Nullable Map<UUID, String> known) {
		boolean reveal = m.revealsOtherSideTo(caller);
		Map<UUID, String> names = (known != null) ? known
				: this.accounts.displayNames(reveal ? people(m) : List.of(caller));
		boolean mentee = caller.equals(m.menteeId());
		return new MentorshipResponse(m.id(), m.status().code(), party(m.mentorId(), caller, reveal, names),
				party(m.menteeId(), caller, reveal, names), m.isInviter(caller) ? m.invitedEmail() : null,
				mentee ? "mentee" : "mentor", m.offer() ? "mentor" : "mentee", m.createdAt(), m.acceptedAt());
	}

	private static PartyResponse party(@Nullable UUID id, UUID caller, boolean reveal, Map<UUID, String> names) {
		if (id == null || (!reveal && !id.equals(caller))) {
			return new PartyResponse(null, null);
		}
		return new PartyResponse(id, names.getOrDefault(id, "?"));
	}

	private static List<UUID> people(Mentorship m) {
		return java.util.stream.Stream.of(m.menteeId(), m.mentorId()).filter(java.util.Objects::nonNull).toList();
	}

	record InviteRequest(@NotBlank @Email @Size(max = 254) String email) {
	}

}

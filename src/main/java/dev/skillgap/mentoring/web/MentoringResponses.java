package dev.skillgap.mentoring.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The bodies of the mentoring API. */
final class MentoringResponses {

	private MentoringResponses() {
	}

	record PersonResponse(UUID id, String displayName) {
	}

	/**
	 * One side of a mentorship. While it is pending, its inviter sees the other side as
	 * {@code {id: null, displayName: null}} whether or not the address they typed has an
	 * account (the address is {@code invitedEmail}): an invitation tells nobody who has
	 * an account.
	 */
	record PartyResponse(@Nullable UUID id, @Nullable String displayName) {
	}

	/**
	 * @param invitedEmail the address the inviter typed (shown to the inviter only)
	 * @param myRole {@code mentor} or {@code mentee}: which side the caller is on
	 * @param offeredBy {@code mentee} (a learner invited a mentor) or {@code mentor} (a
	 * mentor offered to mentor): the other side is the one who accepts or declines
	 */
	record MentorshipResponse(UUID id, String status, PartyResponse mentor, PartyResponse mentee,
			@Nullable String invitedEmail, String myRole, String offeredBy, Instant createdAt,
			@Nullable Instant acceptedAt) {
	}

	record BestFitResponse(String roleCode, String roleName, double fit) {
	}

	/**
	 * A mentee's goal with the numbers behind its pace status: the very pace of
	 * {@code GET /api/mentees/{id}/goal} (and of the mentee's own
	 * {@code GET /api/me/goal}).
	 *
	 * @param paceStatus done, starting, on-track or behind
	 * @param onTrack whether paceStatus is on-track, or done by the target date
	 */
	record GoalSummaryResponse(String roleCode, String roleName, java.time.LocalDate targetDate, double fit,
			@io.swagger.v3.oas.annotations.media.Schema(allowableValues = {
					"done", "starting", "on-track", "behind" }) String paceStatus,
			boolean onTrack, double hoursLogged, double hoursPerWeek, double remainingHours,
			@Nullable Double requiredHoursPerWeek, java.time.@Nullable LocalDate projectedDate){
	}

	record LastActivityResponse(Instant at, String kind, String subject) {
	}

	/**
	 * One mentee on the mentor dashboard.
	 *
	 * @param bestFit {@code null} before the mentee recorded any level
	 * @param neverValidated skills self-assessed that no mentor validated yet
	 */
	record MenteeResponse(UUID id, UUID mentorshipId, String displayName, @Nullable Instant since,
			@Nullable BestFitResponse bestFit, @Nullable GoalSummaryResponse goal,
			@Nullable LastActivityResponse lastActivity, int openReviewRequests, int neverValidated) {
	}

	record RecordedValidationResponse(String skillCode, String skillName, int level, @Nullable String note,
			PersonResponse validatedBy, Instant validatedAt) {
	}

	record ReviewRequestResponse(UUID id, UUID mentorshipId, PersonResponse mentee, PersonResponse mentor,
			List<SkillRef> skills, List<String> validatedSkillCodes, @Nullable String note, String status,
			Instant createdAt, @Nullable Instant closedAt) {
	}

	record SkillRef(String code, String name) {
	}

	/**
	 * A review note (Markdown, to be rendered without raw HTML) or a reply.
	 *
	 * @param author {@code null} id once the author's account is deleted
	 * @param mine whether the caller wrote it (and so may edit it)
	 * @param editCount how many times it was edited (the edits: GET .../edits)
	 */
	record ReviewResponse(UUID id, AuthorResponse author, String body, Instant createdAt, @Nullable Instant editedAt,
			int editCount, boolean mine, List<ReviewResponse> replies) {
	}

	record AuthorResponse(@Nullable UUID id, String displayName, String role) {
	}

	record ReviewEditResponse(AuthorResponse editor, String previousBody, Instant editedAt) {
	}

	record CalibrationResponse(String skillCode, String skillName, int validations, int overRated, int underRated,
			int matched, double meanDifference) {
	}

	/**
	 * One validation next to the self-assessment it judged, for the learner's own view.
	 */
	record CalibrationPointResponse(String skillCode, String skillName, int selfLevel, int validatedLevel,
			int difference, Instant validatedAt, @Nullable PersonResponse validatedBy) {
	}

	record MyCalibrationResponse(List<CalibrationResponse> perSkill, List<CalibrationPointResponse> points) {
	}

	record SentSuggestionResponse(UUID id, String itemCode, String itemTitle, @Nullable String note, String status,
			Instant createdAt, @Nullable Instant decidedAt) {
	}

}

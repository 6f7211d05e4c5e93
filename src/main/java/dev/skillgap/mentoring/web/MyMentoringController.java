package dev.skillgap.mentoring.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.identity.Accounts;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.mentoring.Calibration;
import dev.skillgap.mentoring.ReviewRequests;
import dev.skillgap.mentoring.Reviews;
import dev.skillgap.mentoring.web.MentoringResponses.CalibrationPointResponse;
import dev.skillgap.mentoring.web.MentoringResponses.MyCalibrationResponse;
import dev.skillgap.mentoring.web.MentoringResponses.PersonResponse;
import dev.skillgap.mentoring.web.MentoringResponses.ReviewEditResponse;
import dev.skillgap.mentoring.web.MentoringResponses.ReviewRequestResponse;
import dev.skillgap.mentoring.web.MentoringResponses.ReviewResponse;
import dev.skillgap.skills.CalibrationPoint;
import dev.skillgap.skills.SkillLevels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learner's side of mentoring: asking mentors for a review of chosen skills, reading
 * and answering review notes, and seeing how their self-assessments compared with
 * validations.
 */
@RestController
@Tag(name = "My mentoring", description = "Review requests, reviews and calibration, as the mentee")
class MyMentoringController {

	private final ReviewRequests requests;

	private final Reviews reviews;

	private final SkillLevels levels;

	private final Accounts accounts;

	private final MentoringViews views;

	MyMentoringController(ReviewRequests requests, Reviews reviews, SkillLevels levels, Accounts accounts,
			MentoringViews views) {
		this.requests = requests;
		this.reviews = reviews;
		this.levels = levels;
		this.accounts = accounts;
		this.views = views;
	}

	@PostMapping("/api/me/review-requests")
	@ApiResponse(responseCode = "404",
			description = "A mentorship that is not one of my active ones, or an unknown skill")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask chosen mentors to review chosen skills (one request per mentorship)",
			description = "404 for a mentorship that is not one of my active ones, or an unknown skill.")
	List<ReviewRequestResponse> request(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody ReviewRequestRequest body, Locale locale) {
		return this.views
			.requests(this.requests.request(user.id(), body.mentorshipIds(), body.skillCodes(), body.note()), locale);
	}

	@GetMapping("/api/me/review-requests")
	@Operation(summary = "My review requests, open first")
	List<ReviewRequestResponse> myRequests(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return this.views.requests(this.requests.ofMentee(user.id()), locale);
	}

	@DeleteMapping("/api/me/review-requests/{requestId}")
	@ApiResponse(responseCode = "409", description = "The request is closed already")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw an open review request")
	@ApiResponse(responseCode = "204", description = "Withdrawn")
	void withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID requestId) {
		this.requests.withdraw(user.id(), requestId);
	}

	@GetMapping("/api/me/reviews")
	@Operation(summary = "Review notes on my progress, newest first, with replies")
	List<ReviewResponse> myReviews(@AuthenticationPrincipal CurrentUser user) {
		return this.reviews.of(user.id()).stream().map((r) -> this.views.review(r, user.id())).toList();
	}

	@PostMapping("/api/me/reviews/{reviewId}/replies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Reply to a review of my progress (Markdown)")
	ReviewResponse reply(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID reviewId,
			@Valid @RequestBody MenteesController.TextRequest body) {
		return this.views.review(this.reviews.reply(user.id(), user.id(), reviewId, body.body()), user.id());
	}

	@PatchMapping("/api/me/reviews/{reviewId}")
	@Operation(summary = "Edit my reply; the previous text is kept (404 unless I wrote it)")
	ReviewResponse edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID reviewId,
			@Valid @RequestBody MenteesController.TextRequest body) {
		return this.views.review(this.reviews.edit(user.id(), user.id(), reviewId, body.body()), user.id());
	}

	@GetMapping("/api/me/reviews/{reviewId}/edits")
	@Operation(summary = "Every edit of a review or reply about me: who, when, the text before")
	List<ReviewEditResponse> edits(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID reviewId) {
		return this.views.edits(user.id(), this.reviews.edits(user.id(), reviewId));
	}

	@GetMapping("/api/me/calibration")
	@Operation(summary = "How my self-assessments compared with mentors' validations, per skill and over time",
			description = "difference = self − validated: positive when I rated myself higher than the mentor did.")
	MyCalibrationResponse calibration(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		List<CalibrationPoint> points = this.levels.calibrationOf(user.id());
		Set<UUID> mentors = new HashSet<>();
		points.forEach((p) -> mentors.add(p.validatedBy()));
		Map<UUID, String> names = this.accounts.displayNames(mentors);
		return new MyCalibrationResponse(this.views.calibration(Calibration.perSkill(points), locale),
				points.stream()
					.map((p) -> new CalibrationPointResponse(p.skillCode(), this.views.skillName(p.skillCode(), locale),
							p.selfLevel(), p.validatedLevel(), p.difference(), p.validatedAt(),
							names.containsKey(p.validatedBy())
									? new PersonResponse(p.validatedBy(), names.get(p.validatedBy())) : null))
					.toList());
	}

	record ReviewRequestRequest(@NotEmpty @Size(max = 20) List<@NotNull UUID> mentorshipIds,
			@NotEmpty @Size(max = 50) List<@NotNull @Size(max = 60) String> skillCodes,
			@Size(max = 2000) @Nullable String note) {
	}

}

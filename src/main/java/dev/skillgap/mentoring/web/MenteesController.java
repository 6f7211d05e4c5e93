package dev.skillgap.mentoring.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.skillgap.access.Subject;
import dev.skillgap.identity.Accounts;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.PlanSuggestion;
import dev.skillgap.learning.PlanSuggestions;
import dev.skillgap.mentoring.Calibration;
import dev.skillgap.mentoring.MentorDashboard;
import dev.skillgap.mentoring.Mentorships;
import dev.skillgap.mentoring.ReviewRequests;
import dev.skillgap.mentoring.Reviews;
import dev.skillgap.mentoring.Validations;
import dev.skillgap.mentoring.web.MentoringResponses.CalibrationResponse;
import dev.skillgap.mentoring.web.MentoringResponses.MenteeResponse;
import dev.skillgap.mentoring.web.MentoringResponses.PersonResponse;
import dev.skillgap.mentoring.web.MentoringResponses.ReviewEditResponse;
import dev.skillgap.mentoring.web.MentoringResponses.ReviewRequestResponse;
import dev.skillgap.mentoring.web.MentoringResponses.ReviewResponse;
import dev.skillgap.mentoring.web.MentoringResponses.SentSuggestionResponse;
import dev.skillgap.mentoring.web.MentoringResponses.RecordedValidationResponse;
import dev.skillgap.platform.DomainException;
import dev.skillgap.skills.SkillAssessment;
import dev.skillgap.skills.SkillLevels;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mentor's side: the dashboard of active mentees and, per mentee, validations, review
 * requests, reviews and suggestions. Every route naming a mentee takes a {@link Subject}
 * that the access policy resolved (404 unless the caller is an active mentor of them);
 * the mentee's skills, fit, plan and goal are served, read only, by their own modules
 * under the same {@code /api/mentees/{menteeId}} prefix.
 */
@RestController
@Tag(name = "Mentees", description = "A mentor's read-only view of an active mentee's data")
class MenteesController {

	private final MentorDashboard dashboard;

	private final Mentorships mentorships;

	private final Validations validations;

	private final ReviewRequests requests;

	private final Reviews reviews;

	private final PlanSuggestions suggestions;

	private final LearningCatalog catalog;

	private final SkillLevels levels;

	private final Accounts accounts;

	private final MentoringViews views;

	MenteesController(MentorDashboard dashboard, Mentorships mentorships, Validations validations,
			ReviewRequests requests, Reviews reviews, PlanSuggestions suggestions, LearningCatalog catalog,
			SkillLevels levels, Accounts accounts, MentoringViews views) {
		this.dashboard = dashboard;
		this.mentorships = mentorships;
		this.validations = validations;
		this.requests = requests;
		this.reviews = reviews;
		this.suggestions = suggestions;
		this.catalog = catalog;
		this.levels = levels;
		this.accounts = accounts;
		this.views = views;
	}

	@GetMapping("/api/mentees")
	@Operation(summary = "My active mentees at a glance (the mentor dashboard)",
			description = "Best-fit role and fit (null before any level is recorded), goal and whether it is on "
					+ "track, last activity, open review requests to me, skills self-assessed but never validated. "
					+ "A fixed number of SQL statements whatever the number of mentees.")
	List<MenteeResponse> mentees(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return this.dashboard.of(user.id()).stream().map((m) -> this.views.mentee(m, locale)).toList();
	}

	@GetMapping("/api/mentees/{menteeId}")
	@Operation(summary = "One active mentee's summary (404 unless I am their active mentor)")
	MenteeResponse mentee(@PathVariable UUID menteeId, Subject subject, Locale locale) {
		return this.dashboard.of(subject.viewerId(), subject.id())
			.map((m) -> this.views.mentee(m, locale))
			.orElseThrow(() -> DomainException.notFound("person.notFound"));
	}

	@PostMapping("/api/mentees/{menteeId}/validations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Validate (confirm or adjust) a mentee's level for a skill, with a note",
			description = "Kept in the mentee's history (source mentor) beside the self-assessment; it is the "
					+ "effective level until the mentee assesses the skill again. 404 unless I am their active mentor "
					+ "or for an unknown skill.")
	RecordedValidationResponse validate(@PathVariable UUID menteeId, Subject subject,
			@Valid @RequestBody ValidationRequest body, Locale locale) {
		SkillAssessment v = this.validations.validate(subject, body.skillCode(), body.level(), body.note());
		return new RecordedValidationResponse(v.skillCode(), this.views.skillName(v.skillCode(), locale), v.level(),
				v.evidence(),
				new PersonResponse(subject.viewerId(),
						this.accounts.displayNames(List.of(subject.viewerId())).getOrDefault(subject.viewerId(), "?")),
				v.assessedAt());
	}

	@GetMapping("/api/mentees/{menteeId}/review-requests")
	@Operation(summary = "The mentee's review requests to me, open first")
	List<ReviewRequestResponse> reviewRequests(@PathVariable UUID menteeId, Subject subject, Locale locale) {
		return this.views.requests(this.requests.between(subject.viewerId(), subject.id()), locale);
	}

	@PostMapping("/api/mentees/{menteeId}/review-requests/{requestId}/done")
	@ApiResponse(responseCode = "409", description = "The request is closed already")
	@ApiResponse(responseCode = "200", description = "The request, done")
	@Operation(summary = "Mark a review request done (it also closes by itself once every skill is validated)")
	ReviewRequestResponse requestDone(@PathVariable UUID menteeId, Subject subject, @PathVariable UUID requestId,
			Locale locale) {
		return this.views.requests(List.of(this.requests.markDone(subject.viewerId(), subject.id(), requestId)), locale)
			.get(0);
	}

	@GetMapping("/api/mentees/{menteeId}/reviews")
	@Operation(summary = "Review notes on the mentee's progress, newest first, with replies")
	List<ReviewResponse> reviews(@PathVariable UUID menteeId, Subject subject) {
		return this.reviews.of(subject.id()).stream().map((r) -> this.views.review(r, subject.viewerId())).toList();
	}

	@PostMapping("/api/mentees/{menteeId}/reviews")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Write a review note (Markdown; raw HTML is never rendered)")
	ReviewResponse writeReview(@PathVariable UUID menteeId, Subject subject, @Valid @RequestBody TextRequest body) {
		return this.views.review(this.reviews.write(subject.viewerId(), subject.id(), body.body()), subject.viewerId());
	}

	@PatchMapping("/api/mentees/{menteeId}/reviews/{reviewId}")
	@Operation(summary = "Edit my review or reply; the previous text is kept (404 unless I wrote it)")
	ReviewResponse editReview(@PathVariable UUID menteeId, Subject subject, @PathVariable UUID reviewId,
			@Valid @RequestBody TextRequest body) {
		return this.views.review(this.reviews.edit(subject.viewerId(), subject.id(), reviewId, body.body()),
				subject.viewerId());
	}

	@PostMapping("/api/mentees/{menteeId}/reviews/{reviewId}/replies")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Reply to a review of the mentee")
	ReviewResponse reply(@PathVariable UUID menteeId, Subject subject, @PathVariable UUID reviewId,
			@Valid @RequestBody TextRequest body) {
		return this.views.review(this.reviews.reply(subject.viewerId(), subject.id(), reviewId, body.body()),
				subject.viewerId());
	}

	@GetMapping("/api/mentees/{menteeId}/reviews/{reviewId}/edits")
	@Operation(summary = "Every edit of a review or reply: who, when, the text before")
	List<ReviewEditResponse> edits(@PathVariable UUID menteeId, Subject subject, @PathVariable UUID reviewId) {
		return this.views.edits(subject.id(), this.reviews.edits(subject.id(), reviewId));
	}

	@GetMapping("/api/mentees/{menteeId}/suggestions")
	@Operation(summary = "The items I suggested to the mentee, answered or not, newest first")
	List<SentSuggestionResponse> suggestions(@PathVariable UUID menteeId, Subject subject, Locale locale) {
		return this.suggestions.by(subject.viewerId(), subject.id())
			.stream()
			.map((s) -> suggestion(s, locale))
			.toList();
	}

	@PostMapping("/api/mentees/{menteeId}/suggestions")
	@ApiResponse(responseCode = "409", description = "The item is in their plan already, or already suggested")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Suggest a learning item, with a note",
			description = "It shows in the mentee's plan as suggested by me until they accept (it joins the plan) "
					+ "or decline. 404 unknown item; 409 already in their plan or already suggested.")
	SentSuggestionResponse suggest(@PathVariable UUID menteeId, Subject subject,
			@Valid @RequestBody SuggestRequest body, Locale locale) {
		return suggestion(this.mentorships.suggest(subject, body.itemCode(), body.note()), locale);
	}

	@GetMapping("/api/mentor/calibration")
	@Operation(summary = "Per skill, how my active mentees' self-assessments compare with my validations",
			description = "meanDifference = mean of self − validated: positive when mentees rate themselves higher.")
	List<CalibrationResponse> calibration(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		List<UUID> mentees = this.mentorships.activeMentees(user.id()).stream().map((m) -> m.menteeId()).toList();
		return this.views.calibration(Calibration.perSkill(this.levels.calibrationBy(user.id(), mentees)), locale);
	}

	private SentSuggestionResponse suggestion(PlanSuggestion s, Locale locale) {
		return new SentSuggestionResponse(s.id(), s.itemCode(),
				this.catalog.findIncludingRetired(s.itemCode()).map((i) -> i.title().in(locale)).orElse(s.itemCode()),
				s.note(), s.status(), s.createdAt(), s.decidedAt());
	}

	record ValidationRequest(@NotBlank @Size(max = 60) String skillCode, @NotNull @Min(0) @Max(5) Integer level,
			@Size(max = 2000) @Nullable String note) {
	}

	record TextRequest(@NotBlank @Size(max = 20000) String body) {
	}

	record SuggestRequest(@NotBlank @Size(max = 80) String itemCode, @Size(max = 2000) @Nullable String note) {
	}

}

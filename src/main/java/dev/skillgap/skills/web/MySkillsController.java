package dev.skillgap.skills.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.skillgap.access.Subject;
import dev.skillgap.identity.Accounts;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.skills.AssessmentSource;
import dev.skillgap.skills.SkillAssessment;
import dev.skillgap.skills.SkillLevels;
import dev.skillgap.skills.SkillStanding;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's levels: the caller's own under {@code /api/me/skills}, and a mentee's (read
 * only) under {@code /api/mentees/{menteeId}/skills}, resolved by the access policy as a
 * {@link Subject}.
 */
@RestController
@Tag(name = "My skills", description = "The logged-in person's levels per skill, with history")
class MySkillsController {

	private static final String ME = "/api/me/skills";

	private static final String MENTEE = "/api/mentees/{menteeId}/skills";

	private final SkillLevels levels;

	private final Accounts accounts;

	MySkillsController(SkillLevels levels, Accounts accounts) {
		this.levels = levels;
		this.accounts = accounts;
	}

	@GetMapping(ME)
	@Operation(summary = "My current level per assessed skill (skills never assessed count as level 0)",
			description = "level/source are my own newest assessment; effectiveLevel is what gap and fit use: "
					+ "a mentor's validation when it is newer than my latest self-assessment, otherwise my own level.")
	List<CurrentLevelResponse> current(Subject subject) {
		List<SkillStanding> standings = this.levels.standings(subject.id());
		Map<UUID, String> names = this.accounts.displayNames(standings.stream()
			.map(SkillStanding::validation)
			.filter(Objects::nonNull)
			.map(SkillAssessment::assessedBy)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return standings.stream().map((standing) -> CurrentLevelResponse.of(standing, names)).toList();
	}

	@GetMapping(MENTEE)
	@Operation(summary = "A mentee's current levels (the same body as GET /api/me/skills)",
			description = "404 unless the caller is an active mentor of that person.")
	List<CurrentLevelResponse> menteeCurrent(@PathVariable UUID menteeId, Subject subject) {
		return current(subject);
	}

	@PutMapping(ME + "/{skillCode}")
	@Operation(summary = "Set my level for a skill",
			description = "Appends to the history; the previous level is kept. At the level of my newest "
					+ "self-assessment it edits that entry's evidence instead (evidenceEditedAt), so the history "
					+ "has no duplicate entries. 404 for an unknown skill, 400 for a level outside 0-5.")
	AssessmentResponse set(@AuthenticationPrincipal CurrentUser user, @PathVariable String skillCode,
			@Valid @RequestBody SetLevelRequest body) {
		return AssessmentResponse.of(
				this.levels.selfAssess(user.id(), skillCode, body.level(), body.evidence(), body.evidenceUrl()),
				Map.of());
	}

	@PostMapping(ME + "/{skillCode}/confirm")
	@Operation(summary = "Confirm my level of a skill is unchanged",
			description = "A reassessment that changes nothing: it counts as an update (the skill is no longer "
					+ "due for reassessment nor stale) without a new history entry. 404 for a skill I never assessed.")
	AssessmentResponse confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable String skillCode) {
		return AssessmentResponse.of(this.levels.confirm(user.id(), skillCode), Map.of());
	}

	@GetMapping(ME + "/history")
	@Operation(summary = "Every level I was given, oldest first")
	List<AssessmentResponse> history(Subject subject) {
		return responses(this.levels.history(subject.id()));
	}

	@GetMapping(MENTEE + "/history")
	@Operation(summary = "Every level a mentee was given, oldest first (404 unless their active mentor)")
	List<AssessmentResponse> menteeHistory(@PathVariable UUID menteeId, Subject subject) {
		return history(subject);
	}

	@GetMapping(ME + "/{skillCode}/history")
	@Operation(summary = "Every level I was given for one skill, newest first")
	List<AssessmentResponse> skillHistory(Subject subject, @PathVariable String skillCode) {
		return responses(this.levels.history(subject.id(), skillCode));
	}

	@GetMapping(MENTEE + "/{skillCode}/history")
	@Operation(summary = "Every level a mentee was given for one skill, newest first (404 unless their active mentor)")
	List<AssessmentResponse> menteeSkillHistory(@PathVariable UUID menteeId, Subject subject,
			@PathVariable String skillCode) {
		return skillHistory(subject, skillCode);
	}

	private List<AssessmentResponse> responses(List<SkillAssessment> assessments) {
		Map<UUID, String> names = this.accounts.displayNames(assessments.stream()
			.filter((a) -> a.source() == AssessmentSource.MENTOR && a.assessedBy() != null)
			.map(SkillAssessment::assessedBy)
			.collect(Collectors.toSet()));
		return assessments.stream().map((a) -> AssessmentResponse.of(a, names)).toList();
	}

	record SetLevelRequest(@NotNull @Min(0) @Max(5) Integer level, @Size(max = 2000) String evidence,
			@Size(max = 2000) @Pattern(regexp = "(?i)\\s*(https?://\\S+)?\\s*",
					message = "must be an http or https URL") String evidenceUrl) {
	}

	/** A person named in a response. */
	record ValidatorResponse(UUID id, String displayName) {

		static @Nullable ValidatorResponse of(@Nullable UUID id, Map<UUID, String> names) {
			return (id == null || !names.containsKey(id)) ? null : new ValidatorResponse(id, names.get(id));
		}

	}

	/**
	 * One assessment. {@code validatedBy}: the mentor, for source {@code mentor} (null
	 * once their account is deleted).
	 */
	record AssessmentResponse(String skillCode, int level, String source, @Nullable String evidence,
			@Nullable String evidenceUrl, @Nullable String learningItemCode, Instant assessedAt,
			@Nullable ValidatorResponse validatedBy, @Nullable Instant evidenceEditedAt) {

		static AssessmentResponse of(SkillAssessment a, Map<UUID, String> names) {
			return new AssessmentResponse(a.skillCode(), a.level(), a.source().code(), a.evidence(), a.evidenceUrl(),
					a.learningItemCode(), a.assessedAt(),
					(a.source() == AssessmentSource.MENTOR) ? ValidatorResponse.of(a.assessedBy(), names) : null,
					a.evidenceEditedAt());
		}

	}

	/**
	 * A mentor's newest validation of the skill. {@code current}: newer than the person's
	 * own latest assessment (then it is the effective level); false means "not yet
	 * validated" since the person assessed themself again.
	 */
	record SkillValidationResponse(int level, @Nullable String note, @Nullable ValidatorResponse validatedBy,
			Instant validatedAt, boolean current) {

	}

	/**
	 * Where the person stands on one skill. {@code level}, {@code source},
	 * {@code evidence}...: the person's own newest assessment (a validation's when they
	 * never assessed the skill themself); {@code effectiveLevel}: what gap and fit use.
	 */
	record CurrentLevelResponse(String skillCode, int level, String source, @Nullable String evidence,
			@Nullable String evidenceUrl, @Nullable String learningItemCode, Instant assessedAt, int effectiveLevel,
			@Nullable SkillValidationResponse validation, @Nullable Instant evidenceEditedAt) {

		static CurrentLevelResponse of(SkillStanding standing, Map<UUID, String> names) {
			SkillAssessment own = (standing.own() != null) ? standing.own() : standing.validation();
			SkillAssessment v = standing.validation();
			return new CurrentLevelResponse(standing.skillCode(), own.level(), own.source().code(), own.evidence(),
					own.evidenceUrl(), own.learningItemCode(), own.assessedAt(), standing.effectiveLevel(),
					(v == null) ? null : new SkillValidationResponse(v.level(), v.evidence(),
							ValidatorResponse.of(v.assessedBy(), names), v.assessedAt(), standing.validationCurrent()),
					own.evidenceEditedAt());
		}

	}

}

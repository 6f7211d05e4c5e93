package dev.skillgap.skills.web;

import java.time.Instant;
import java.util.List;

import dev.skillgap.identity.CurrentUser;
import dev.skillgap.skills.SkillAssessment;
import dev.skillgap.skills.SkillLevels;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me/skills")
@Tag(name = "My skills", description = "The logged-in person's levels per skill, with history")
class MySkillsController {

	private final SkillLevels levels;

	MySkillsController(SkillLevels levels) {
		this.levels = levels;
	}

	@GetMapping
	@Operation(summary = "My current level per assessed skill (skills never assessed count as level 0)")
	List<AssessmentResponse> current(@AuthenticationPrincipal CurrentUser user) {
		return this.levels.current(user.id()).stream().map(AssessmentResponse::of).toList();
	}

	@PutMapping("/{skillCode}")
	@Operation(summary = "Set my level for a skill",
			description = "Appends to the history; the previous level is kept. At the level of my newest "
					+ "self-assessment it edits that entry's evidence instead (evidenceEditedAt), so the history "
					+ "has no duplicate entries. 404 for an unknown skill, 400 for a level outside 0-5.")
	AssessmentResponse set(@AuthenticationPrincipal CurrentUser user, @PathVariable String skillCode,
			@Valid @RequestBody SetLevelRequest body) {
		return AssessmentResponse
			.of(this.levels.selfAssess(user.id(), skillCode, body.level(), body.evidence(), body.evidenceUrl()));
	}

	@GetMapping("/history")
	@Operation(summary = "Every level I was given, oldest first")
	List<AssessmentResponse> history(@AuthenticationPrincipal CurrentUser user) {
		return this.levels.history(user.id()).stream().map(AssessmentResponse::of).toList();
	}

	@GetMapping("/{skillCode}/history")
	@Operation(summary = "Every level I was given for one skill, newest first")
	List<AssessmentResponse> skillHistory(@AuthenticationPrincipal CurrentUser user, @PathVariable String skillCode) {
		return this.levels.history(user.id(), skillCode).stream().map(AssessmentResponse::of).toList();
	}

	record SetLevelRequest(@NotNull @Min(0) @Max(5) Integer level, @Size(max = 2000) String evidence,
			@Size(max = 2000) @Pattern(regexp = "(?i)\\s*(https?://\\S+)?\\s*",
					message = "must be an http or https URL") String evidenceUrl) {
	}

	record AssessmentResponse(String skillCode, int level, String source, @Nullable String evidence,
			@Nullable String evidenceUrl, @Nullable String learningItemCode, Instant assessedAt,
			@Nullable Instant evidenceEditedAt) {

		static AssessmentResponse of(SkillAssessment a) {
			return new AssessmentResponse(a.skillCode(), a.level(), a.source().code(), a.evidence(), a.evidenceUrl(),
					a.learningItemCode(), a.assessedAt(), a.evidenceEditedAt());
		}

	}

}

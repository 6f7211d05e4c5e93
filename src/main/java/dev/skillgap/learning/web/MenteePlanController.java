package dev.skillgap.learning.web;

import java.util.Locale;
import java.util.UUID;

import dev.skillgap.access.Subject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mentee's plan, goal and recommendations, read only, with the same bodies as the
 * learner's own routes; the {@link Subject} is resolved by the access policy (404 unless
 * the caller is an active mentor of that person).
 */
@RestController
@RequestMapping("/api/mentees/{menteeId}")
@Tag(name = "Mentees", description = "A mentor's read-only view of an active mentee's data")
class MenteePlanController {

	private final PlanController plans;

	private final LearningController learning;

	MenteePlanController(PlanController plans, LearningController learning) {
		this.plans = plans;
		this.learning = learning;
	}

	@GetMapping("/plan")
	@Operation(summary = "A mentee's plan (the body of GET /api/me/plan)")
	PlanController.PlanResponse plan(@PathVariable UUID menteeId, Subject subject, Locale locale) {
		return this.plans.plan(subject, locale);
	}

	@GetMapping("/goal")
	@Operation(summary = "A mentee's goal and pace; 204 when none is set")
	@ApiResponse(responseCode = "200", description = "The mentee's goal")
	@ApiResponse(responseCode = "204", description = "No goal is set", content = @Content)
	ResponseEntity<PlanController.GoalResponse> goal(@PathVariable UUID menteeId, Subject subject, Locale locale) {
		return this.plans.goal(subject, locale);
	}

	@GetMapping("/recommendations")
	@Operation(summary = "Items that close a mentee's gaps (the body of GET /api/me/recommendations)")
	LearningController.RecommendationsResponse recommendations(@PathVariable UUID menteeId, Subject subject,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit, Locale locale) {
		return this.learning.recommendations(subject, role, limit, locale);
	}

}

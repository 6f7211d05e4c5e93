package dev.skillgap.learning.web;

import java.util.List;
import java.util.Locale;

import dev.skillgap.access.Subject;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.Recommendations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Learning", description = "The learning catalog and recommendations that close my gaps")
class LearningController {

	private final LearningCatalog catalog;

	private final Recommendations recommendations;

	private final LearningResponses responses;

	LearningController(LearningCatalog catalog, Recommendations recommendations, LearningResponses responses) {
		this.catalog = catalog;
		this.recommendations = recommendations;
		this.responses = responses;
	}

	@GetMapping("/api/learning/items")
	@Operation(summary = "The learning catalog: certifications, exams, courses, books, labs, documentation")
	List<LearningResponses.ItemResponse> items(@RequestParam(required = false) String skill,
			@RequestParam(required = false) String kind, Locale locale) {
		return this.catalog.items()
			.stream()
			.filter((item) -> kind == null || item.kind().equals(kind))
			.filter((item) -> skill == null || item.raises().stream().anyMatch((r) -> r.skillCode().equals(skill)))
			.map((item) -> this.responses.item(item, locale))
			.toList();
	}

	@GetMapping("/api/learning/items/{code}")
	@Operation(summary = "One learning item (404 for an unknown code)")
	LearningResponses.ItemResponse item(@PathVariable String code, Locale locale) {
		return this.responses.item(this.catalog.get(code), locale);
	}

	@GetMapping("/api/me/recommendations")
	@Operation(summary = "Items that close my gaps to a role, best first, and the path that closes them all",
			description = "Ranked by weighted gap closed per hour; an item is offered only once its starting "
					+ "level is reached; items done or in my plan are left out. Without `role`, the best-fitting role.")
	RecommendationsResponse recommendations(Subject subject,
			@Parameter(description = "target role code; default: my best fit") @RequestParam(
					required = false) String role,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit, Locale locale) {
		Recommendations.Result result = this.recommendations.forRole(subject.id(), role);
		return new RecommendationsResponse(this.responses.fit(result.fit(), locale), result.bestFit(),
				result.items().stream().limit(limit).map((r) -> this.responses.recommendation(r, locale)).toList(),
				result.items().size(),
				new PathResponse(
						result.path().steps().stream().map((r) -> this.responses.recommendation(r, locale)).toList(),
						result.path().totalHours(),
						result.path().unclosed().stream().map((c) -> this.responses.closure(c, locale)).toList()));
	}

	/**
	 * @param bestFit whether the role is my best fit (no role was asked for)
	 * @param total how many items help now (items holds at most {@code limit})
	 */
	record RecommendationsResponse(LearningResponses.FitSummary role, boolean bestFit,
			List<LearningResponses.RecommendationResponse> items, int total, PathResponse path) {
	}

	/**
	 * @param unclosed gaps no catalog item closes (from = level reached, to = target)
	 */
	record PathResponse(List<LearningResponses.RecommendationResponse> steps, int totalHours,
			List<LearningResponses.ClosureResponse> unclosed) {
	}

}

package dev.skillgap.learning.web;

import java.util.List;
import java.util.Locale;

import dev.skillgap.access.Subject;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.Preference;
import dev.skillgap.learning.Recommendations;
import dev.skillgap.platform.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

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
	@ApiResponse(responseCode = "404", description = "No role with the code given as role")
	@ApiResponse(responseCode = "200", description = "The recommendations and the path")
	@Operation(summary = "Items that close my gaps to a role, best first, and the path that closes them all",
			description = "Ranked by my preference, then fundamentals (a core skill from below level 2), then "
					+ "weighted gap closed per hour; each item says why it stands where it does. An item is offered "
					+ "only once its starting level is reached; items done or in my plan are left out. Without "
					+ "`role`, the best-fitting role; while nothing is recorded there is none (`role` is null).")
	RecommendationsResponse recommendations(Subject subject,
			@Parameter(
					description = "target role code; default: my best fit") @RequestParam(required = false) String role,
			@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
			@Parameter(description = "what to rank first: balanced (fundamentals first, a credential counting "
					+ "half as much again), fastest (gap closed per hour only), credential (certifications and "
					+ "exams first), free, japanese (offered in Japanese first)") @RequestParam(
							defaultValue = "balanced") @Schema(allowableValues = { "balanced", "fastest", "credential",
									"free", "japanese" }) String preference,
			Locale locale) {
		Preference chosen = preference(preference);
		Recommendations.Result result = this.recommendations.forRole(subject.id(), role, chosen);
		return new RecommendationsResponse((result.fit() == null) ? null : this.responses.fit(result.fit(), locale),
				result.bestFit(), chosen.code(),
				result.items().stream().limit(limit).map((r) -> this.responses.recommendation(r, locale)).toList(),
				result.items().size(),
				new PathResponse(
						result.path().steps().stream().map((r) -> this.responses.recommendation(r, locale)).toList(),
						result.path().totalHours(),
						result.path().unclosed().stream().map((c) -> this.responses.closure(c, locale)).toList()));
	}

	private static Preference preference(String code) {
		try {
			return Preference.of(code);
		}
		catch (IllegalArgumentException ex) {
			throw DomainException.invalid("preference", "recommendation.preference.unknown", code);
		}
	}

	/**
	 * @param role the target role and my fit to it; null when no role was asked for and
	 * nothing is recorded yet (there is no best fit: pick a role for a "start here" path)
	 * @param bestFit whether the role is my best fit (no role was asked for)
	 * @param preference what the items were ranked for
	 * @param total how many items help now (items holds at most {@code limit})
	 */
	record RecommendationsResponse(LearningResponses.@Nullable FitSummary role, boolean bestFit,
			@Schema(allowableValues = {
					"balanced", "fastest", "credential", "free", "japanese" }) String preference,
			List<LearningResponses.RecommendationResponse> items, int total, PathResponse path){
	}

	/**
	 * @param unclosed gaps no catalog item closes (from = level reached, to = target)
	 */
	record PathResponse(List<LearningResponses.RecommendationResponse> steps, int totalHours,
			List<LearningResponses.ClosureResponse> unclosed) {
	}

}

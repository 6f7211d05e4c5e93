package dev.skillgap.gaps.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.skillgap.access.Subject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A mentee's fit, read only, with the same bodies as {@code /api/me/fit}; the
 * {@link Subject} is resolved by the access policy (404 unless the caller is an active
 * mentor of that person).
 */
@RestController
@RequestMapping("/api/mentees/{menteeId}/fit")
@Tag(name = "Mentees", description = "A mentor's read-only view of an active mentee's data")
class MenteeFitController {

	private final FitController fit;

	MenteeFitController(FitController fit) {
		this.fit = fit;
	}

	@GetMapping
	@Operation(summary = "A mentee's fit to every role, best first (the body of GET /api/me/fit)")
	List<FitController.RoleFitResponse> ranking(@PathVariable UUID menteeId, Subject subject, Locale locale) {
		return this.fit.ranking(subject, locale);
	}

	@GetMapping("/{roleCode}")
	@Operation(summary = "A mentee's gap to one role")
	FitController.RoleFitResponse role(@PathVariable UUID menteeId, Subject subject, @PathVariable String roleCode,
			Locale locale) {
		return this.fit.role(subject, roleCode, locale);
	}

	@GetMapping("/explanation")
	@Operation(summary = "Which role suits a mentee best and why, in words")
	FitController.ExplanationResponse explanation(@PathVariable UUID menteeId, Subject subject, Locale locale) {
		return this.fit.explanation(subject, locale);
	}

	@GetMapping("/history")
	@Operation(summary = "A mentee's fit to every role after each change of level, oldest first")
	FitController.HistoryResponse history(@PathVariable UUID menteeId, Subject subject, Locale locale) {
		return this.fit.history(subject, locale);
	}

}

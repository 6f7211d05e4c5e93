package dev.skillgap.learning.web;

import java.util.List;
import java.util.Locale;

import dev.skillgap.identity.CurrentUser;
import dev.skillgap.learning.CareerPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me/career")
@Tag(name = "Career path", description = "The article's career graph seen from where I stand")
class CareerController {

	private final CareerPaths careers;

	private final LearningResponses responses;

	CareerController(CareerPaths careers, LearningResponses responses) {
		this.careers = careers;
		this.responses = responses;
	}

	@GetMapping
	@Operation(summary = "My current role (chosen, or my best fit), the next steps with fit, gaps and hours, "
			+ "and the whole graph")
	CareerResponse career(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return response(this.careers.career(user.id()), locale);
	}

	@PutMapping("/current")
	@ApiResponse(responseCode = "404", description = "No role with this code")
	@ApiResponse(responseCode = "200", description = "My career path from that role")
	@Operation(summary = "Choose the role I hold now (null: follow my best fit)")
	CareerResponse choose(@AuthenticationPrincipal CurrentUser user, @RequestBody CurrentRoleRequest body,
			Locale locale) {
		return response(this.careers.choose(user.id(), body.roleCode()), locale);
	}

	private CareerResponse response(CareerPaths.Career career, Locale locale) {
		return new CareerResponse(career.currentRoleCode(), this.responses.roleName(career.currentRoleCode(), locale),
				career.chosen(), career.nodes().stream().map((fit) -> this.responses.fit(fit, locale)).toList(),
				career.edges().stream().map((e) -> new EdgeResponse(e.from(), e.to())).toList(),
				career.nextSteps()
					.stream()
					.map((step) -> new NextStepResponse(this.responses.fit(step.fit(), locale), step.estimatedHours(),
							step.items(), step.unclosedGaps()))
					.toList());
	}

	record CurrentRoleRequest(@Nullable String roleCode) {
	}

	record CareerResponse(@Nullable String currentRoleCode, @Nullable String currentRoleName, boolean chosen,
			List<LearningResponses.FitSummary> nodes, List<EdgeResponse> edges, List<NextStepResponse> nextSteps) {
	}

	record EdgeResponse(String from, String to) {
	}

	/**
	 * @param estimatedHours hours of the learning path that closes the gaps to this role
	 * @param items how many items that path takes
	 * @param unclosedGaps gaps no catalog item closes
	 */
	record NextStepResponse(LearningResponses.FitSummary role, int estimatedHours, int items, int unclosedGaps) {
	}

}

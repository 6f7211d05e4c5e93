package dev.skillgap.gaps.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.skillgap.gaps.FitExplanation;
import dev.skillgap.gaps.FitHistoryPoint;
import dev.skillgap.gaps.FitService;
import dev.skillgap.gaps.RoleFit;
import dev.skillgap.gaps.SkillGap;
import dev.skillgap.access.Subject;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.platform.MessageRenderer;
import dev.skillgap.platform.Shares;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me/fit")
@Tag(name = "My fit", description = "How far I am from each role: gaps, fit (0 to 1), explanation, what-if and "
		+ "progress. fit = Σ weight × min(current, target) / Σ weight × target.")
class FitController {

	private final FitService fits;

	private final RoleCatalog roles;

	private final SkillCatalog skills;

	private final MessageRenderer messages;

	FitController(FitService fits, RoleCatalog roles, SkillCatalog skills, MessageRenderer messages) {
		this.fits = fits;
		this.roles = roles;
		this.skills = skills;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "My fit to every role, best first, with the gap per required skill")
	List<RoleFitResponse> ranking(Subject subject, Locale locale) {
		return this.fits.rank(subject.id()).stream().map((fit) -> response(fit, locale)).toList();
	}

	@GetMapping("/{roleCode}")
	@Operation(summary = "My gap to one role (404 for an unknown role)")
	RoleFitResponse role(Subject subject, @PathVariable String roleCode, Locale locale) {
		this.roles.get(roleCode);
		return this.fits.rank(subject.id())
			.stream()
			.filter((fit) -> fit.roleCode().equals(roleCode))
			.findFirst()
			.map((fit) -> response(fit, locale))
			.orElseThrow();
	}

	@GetMapping("/explanation")
	@Operation(summary = "Which role suits me best and why, in words")
	ExplanationResponse explanation(Subject subject, Locale locale) {
		List<RoleFit> ranking = this.fits.rank(subject.id());
		// a mentor reads about their mentee ("They fit…"), the learner about themself
		FitExplanation explanation = FitExplanation.of(ranking, (code) -> this.roles.name(code).in(locale),
				(code) -> this.skills.name(code).in(locale), subject.isSelf());
		RoleFit best = find(ranking, explanation.bestRoleCode());
		RoleFit compared = find(ranking, explanation.comparedRoleCode());
		return new ExplanationResponse(explanation.bestRoleCode(), roleName(explanation.bestRoleCode(), locale),
				explanation.bestRoleCode() == null ? null : Shares.round(explanation.bestFit()),
				gaps(explanation.strengths(), null, locale), gaps(explanation.gapsToBest(), best, locale),
				explanation.comparedRoleCode(), roleName(explanation.comparedRoleCode(), locale),
				gaps(explanation.gapsToCompared(), compared, locale), this.messages.render(explanation.text(), locale));
	}

	@PostMapping("/what-if")
	@Operation(summary = "The fits I would have with some levels changed; nothing is saved")
	List<WhatIfResponse> whatIf(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody WhatIfRequest body,
			Locale locale) {
		List<FitService.LevelChange> changes = body.changes()
			.stream()
			.map((change) -> new FitService.LevelChange(change.skillCode(), change.level()))
			.toList();
		return this.fits.whatIf(user.id(), changes).stream().map((whatIf) -> {
			RoleFit fit = whatIf.fit();
			return new WhatIfResponse(fit.roleCode(), roleName(fit.roleCode(), locale),
					Shares.round(whatIf.currentFit()), Shares.round(fit.fit()),
					Shares.round(fit.fit() - whatIf.currentFit()), gaps(fit, locale));
		}).toList();
	}

	@GetMapping("/history")
	@Operation(summary = "My fit to every role after each change of level, oldest first")
	HistoryResponse history(Subject subject, Locale locale) {
		List<RoleName> roleNames = this.roles.roles()
			.stream()
			.map((role) -> new RoleName(role.code(), role.name().in(locale)))
			.toList();
		List<HistoryPointResponse> points = this.fits.history(subject.id()).stream().map((point) -> {
			Map<String, Double> rounded = new LinkedHashMap<>();
			point.fits().forEach((role, fit) -> rounded.put(role, Shares.round(fit)));
			return new HistoryPointResponse(point.at(), point.skillCode(),
					this.skills.name(point.skillCode()).in(locale), point.level(), point.source(), rounded);
		}).toList();
		return new HistoryResponse(roleNames, points);
	}

	private RoleFitResponse response(RoleFit fit, Locale locale) {
		return new RoleFitResponse(fit.roleCode(), roleName(fit.roleCode(), locale), Shares.round(fit.fit()),
				fit.metCount(), fit.requirementCount(), gaps(fit, locale));
	}

	private List<GapResponse> gaps(RoleFit fit, Locale locale) {
		return fit.gaps().stream().map((gap) -> gap(gap, fit.alternativesTo(gap), locale)).toList();
	}

	/**
	 * Gaps of the explanation: a gap lists its group's alternatives (a strength, met by
	 * one member, does not).
	 */
	private List<GapResponse> gaps(List<SkillGap> gaps, @Nullable RoleFit fit, Locale locale) {
		return gaps.stream()
			.map((gap) -> gap(gap, (fit == null) ? List.of() : fit.alternativesTo(gap), locale))
			.toList();
	}

	private static @Nullable RoleFit find(List<RoleFit> ranking, @Nullable String roleCode) {
		return ranking.stream().filter((fit) -> fit.roleCode().equals(roleCode)).findFirst().orElse(null);
	}

	private GapResponse gap(SkillGap gap, List<String> alternatives, Locale locale) {
		return new GapResponse(gap.skillCode(), this.skills.name(gap.skillCode()).in(locale), gap.current(),
				gap.target(), gap.gap(), gap.weight(), gap.anyOf(), gap.counted(), alternatives);
	}

	private String roleName(String code, Locale locale) {
		return code == null ? null : this.roles.name(code).in(locale);
	}

	/**
	 * @param totalRequirements how many requirements, a group of alternatives counting
	 * once
	 */
	record RoleFitResponse(String roleCode, String roleName, double fit, long metRequirements, int totalRequirements,
			List<GapResponse> gaps) {
	}

	/**
	 * @param anyOf the group of alternatives the requirement belongs to (the code of its
	 * first member), or null for a requirement of its own
	 * @param counted whether it counts in the fit: in a group only the best member (the
	 * highest level) counts; the others have gap 0, they are alternatives not needed
	 * @param alternatives the codes of the other members of its group
	 */
	record GapResponse(String skillCode, String skillName, int current, int target, int gap, int weight,
			@Nullable String anyOf, boolean counted, List<String> alternatives) {
	}

	/**
	 * @param bestFit the fit to the best role, or null while nothing is recorded (there
	 * is no best fit yet)
	 */
	record ExplanationResponse(@Nullable String bestRoleCode, @Nullable String bestRoleName, @Nullable Double bestFit,
			List<GapResponse> strengths, List<GapResponse> gapsToBest, @Nullable String comparedRoleCode,
			@Nullable String comparedRoleName, List<GapResponse> gapsToCompared, String text) {
	}

	record WhatIfRequest(@NotNull @Size(min = 1, max = 100) List<@Valid @NotNull LevelChange> changes) {
	}

	record LevelChange(@NotBlank String skillCode, @NotNull @Min(0) @Max(5) Integer level) {
	}

	record WhatIfResponse(String roleCode, String roleName, double currentFit, double fit, double delta,
			List<GapResponse> gaps) {
	}

	record RoleName(String code, String name) {
	}

	record HistoryPointResponse(Instant at, String skillCode, String skillName, int level, String source,
			Map<String, Double> fits) {
	}

	record HistoryResponse(List<RoleName> roles, List<HistoryPointResponse> points) {
	}

}

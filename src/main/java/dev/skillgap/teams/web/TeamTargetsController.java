package dev.skillgap.teams.web;

import java.util.List;
import java.util.UUID;

import dev.skillgap.access.Audience;
import dev.skillgap.teams.CoverageTarget;
import dev.skillgap.teams.RoleHeadcount;
import dev.skillgap.teams.TeamTargets;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What a team needs: its role mix and coverage targets per skill, with the defaults. */
@RestController
@Tag(name = "Teams")
class TeamTargetsController {

	private final TeamTargets targets;

	TeamTargetsController(TeamTargets targets) {
		this.targets = targets;
	}

	@GetMapping("/api/teams/{teamId}/targets")
	@Operation(summary = "The team's role mix and coverage targets (leads and members)",
			description = "coverage lists every target the team's views use, derived ones included: source team "
					+ "(a lead set it), role-mix (from the role mix and the role profiles) or default (a team with "
					+ "no targets: every skill a role profile requires, level 3, two people).")
	TargetsResponse get(Audience team, @PathVariable UUID teamId) {
		return response(teamId);
	}

	@PutMapping("/api/teams/{teamId}/targets")
	@Operation(summary = "Replace the team's role mix and explicit coverage targets (leads)",
			description = "Each list replaces the old one whole (empty or absent: none, and the defaults apply). 400 "
					+ "naming the entry at fault (roleMix[0].roleCode, coverage[1].targetLevel...) for an unknown "
					+ "or repeated role or skill, a headcount outside 1-10000, a level outside 1-5 or a required "
					+ "count outside 0-10000.")
	TargetsResponse put(Audience team, @PathVariable UUID teamId, @Valid @RequestBody TargetsRequest body) {
		List<RoleHeadcount> mix = (body.roleMix() == null) ? List.of()
				: body.roleMix().stream().map((line) -> new RoleHeadcount(line.roleCode(), line.headcount())).toList();
		List<CoverageTarget> coverage = (body.coverage() == null) ? List.of()
				: body.coverage()
					.stream()
					.map((line) -> new CoverageTarget(line.skillCode(), line.targetLevel(), line.required(),
							CoverageTarget.TEAM))
					.toList();
		this.targets.replace(team, mix, coverage);
		return response(teamId);
	}

	private TargetsResponse response(UUID teamId) {
		return new TargetsResponse(this.targets.roleMix(teamId), this.targets.targets(teamId));
	}

	/**
	 * @param coverage every coverage target, derived ones included, by skill code
	 */
	record TargetsResponse(List<RoleHeadcount> roleMix, List<CoverageTarget> coverage) {
	}

	record TargetsRequest(@Nullable @Size(max = 100) List<@Valid @NotNull RoleMixLine> roleMix,
			@Nullable @Size(max = 1000) List<@Valid @NotNull CoverageLine> coverage) {
	}

	record RoleMixLine(@NotBlank @Size(max = 60) String roleCode, @NotNull @Min(1) @Max(10000) Integer headcount) {
	}

	record CoverageLine(@NotBlank @Size(max = 60) String skillCode, @NotNull @Min(1) @Max(5) Integer targetLevel,
			@NotNull @Min(0) @Max(10000) Integer required) {
	}

}

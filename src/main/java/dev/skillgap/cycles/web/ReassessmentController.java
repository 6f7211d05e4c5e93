package dev.skillgap.cycles.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.skillgap.access.Audience;
import dev.skillgap.cycles.Cycle;
import dev.skillgap.cycles.Due;
import dev.skillgap.cycles.ReassessmentCycles;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.platform.DomainException;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.teams.TeamMember;
import dev.skillgap.teams.TeamRoster;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reassessment cycles: a team's (its leads set it, members read it), the organisation's
 * (admins), what is due for me, and the lead's due / overdue view of the team.
 */
@RestController
@Tag(name = "Reassessment cycles", description = "How often levels are reassessed, and what is due")
class ReassessmentController {

	private final ReassessmentCycles cycles;

	private final TeamRoster roster;

	private final SkillCatalog skills;

	ReassessmentController(ReassessmentCycles cycles, TeamRoster roster, SkillCatalog skills) {
		this.cycles = cycles;
		this.roster = roster;
		this.skills = skills;
	}

	@GetMapping("/api/me/reassessments")
	@Operation(summary = "When each of my assessed skills is due for reassessment, the earliest first",
			description = "Under the organisation's cycle and those of my teams (the strictest covering a skill "
					+ "decides; teamId null: the organisation's). dueSoon: within the cycle's reminder window or "
					+ "overdue. Reassessing, confirming unchanged (POST /api/me/skills/{skillCode}/confirm) or a "
					+ "mentor's validation moves the date. Empty without any cycle.")
	List<MyDueResponse> mine(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		LocalDate today = this.cycles.today();
		return this.cycles.dueFor(user.id())
			.stream()
			.map((due) -> new MyDueResponse(due.skillCode(), this.skills.name(due.skillCode()).in(locale), due.level(),
					due.lastUpdatedAt(), due.dueOn(), due.overdue(today), due.dueSoon(today), due.teamId()))
			.toList();
	}

	@GetMapping("/api/teams/{teamId}/reassessment-cycle")
	@Operation(summary = "The team's reassessment cycle (leads and members); 204 when it has none")
	ResponseEntity<CycleResponse> teamCycle(@PathVariable UUID teamId, Audience audience) {
		return this.cycles.of(teamId)
			.map((cycle) -> ResponseEntity.ok(CycleResponse.of(cycle)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping("/api/teams/{teamId}/reassessment-cycle")
	@Operation(summary = "Set the team's reassessment cycle (leads only)",
			description = "months 1-60; categories: the skill categories it covers (absent or empty: every skill); "
					+ "remindDaysBefore 0-90 (default 14): when members are reminded before the due date; "
					+ "leadAfterDays 0-365 (default 14): how long overdue before the leads are told.")
	CycleResponse setTeamCycle(@PathVariable UUID teamId, Audience audience, @Valid @RequestBody CycleRequest body) {
		audience.requireLead();
		return CycleResponse.of(set(teamId, body, audience.viewerId()));
	}

	@DeleteMapping("/api/teams/{teamId}/reassessment-cycle")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End the team's reassessment cycle (leads only)")
	void clearTeamCycle(@PathVariable UUID teamId, Audience audience) {
		audience.requireLead();
		this.cycles.clear(teamId);
	}

	@GetMapping("/api/teams/{teamId}/reassessments")
	@Operation(summary = "The team's due and overdue reassessments, the most overdue first (leads only)",
			description = "Each member's skills under the team's cycle and the organisation's: those within the "
					+ "reminder window or overdue; all=true: every assessed skill under a cycle. One row per member "
					+ "and skill (memberId, skillCode), for choosing whom to ask about what.")
	TeamDueResponse teamDue(@PathVariable UUID teamId, Audience audience,
			@RequestParam(defaultValue = "false") boolean all, Locale locale) {
		audience.requireLead();
		LocalDate today = this.cycles.today();
		Map<UUID, String> names = this.roster.active(teamId)
			.stream()
			.collect(Collectors.toMap(TeamMember::accountId, TeamMember::displayName, (a, b) -> a));
		List<TeamDueRow> rows = this.cycles.dueInTeam(teamId)
			.stream()
			.filter((due) -> all || due.dueSoon(today))
			.map((due) -> new TeamDueRow(due.accountId(), names.getOrDefault(due.accountId(), "?"), due.skillCode(),
					this.skills.name(due.skillCode()).in(locale), due.level(), due.lastUpdatedAt(), due.dueOn(),
					due.overdue(today), Math.max(0, ChronoUnit.DAYS.between(due.dueOn(), today)), due.teamId()))
			.toList();
		return new TeamDueResponse(this.cycles.of(teamId).map(CycleResponse::of).orElse(null),
				this.cycles.of(null).map(CycleResponse::of).orElse(null), rows);
	}

	@GetMapping("/api/admin/reassessment-cycle")
	@Operation(summary = "The organisation's reassessment cycle (admins); 204 when there is none",
			description = "It covers everyone who has assessed a skill. 403 for anyone without the ADMIN role.")
	ResponseEntity<CycleResponse> organisationCycle(@AuthenticationPrincipal CurrentUser user) {
		requireAdmin(user);
		return this.cycles.of(null)
			.map((cycle) -> ResponseEntity.ok(CycleResponse.of(cycle)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping("/api/admin/reassessment-cycle")
	@Operation(summary = "Set the organisation's reassessment cycle (admins)",
			description = "The body of PUT /api/teams/{teamId}/reassessment-cycle. 403 without the ADMIN role.")
	CycleResponse setOrganisationCycle(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CycleRequest body) {
		requireAdmin(user);
		return CycleResponse.of(set(null, body, user.id()));
	}

	@DeleteMapping("/api/admin/reassessment-cycle")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End the organisation's reassessment cycle (admins)")
	void clearOrganisationCycle(@AuthenticationPrincipal CurrentUser user) {
		requireAdmin(user);
		this.cycles.clear(null);
	}

	private Cycle set(@Nullable UUID teamId, CycleRequest body, UUID by) {
		return this.cycles.set(teamId, body.months(), (body.categories() != null) ? body.categories() : List.of(),
				body.remindDaysBefore(), body.leadAfterDays(), by);
	}

	private static void requireAdmin(CurrentUser user) {
		if (!user.isAdmin()) {
			throw DomainException.forbidden("admin.only");
		}
	}

	/**
	 * @param months 1-60
	 * @param categories skill category codes; absent or empty: every skill
	 */
	record CycleRequest(@NotNull Integer months, @Nullable @Size(max = 50) List<String> categories,
			@Nullable Integer remindDaysBefore, @Nullable Integer leadAfterDays) {
	}

	record CycleResponse(int months, List<String> categories, int remindDaysBefore, int leadAfterDays,
			Instant updatedAt) {

		static CycleResponse of(Cycle cycle) {
			return new CycleResponse(cycle.months(), cycle.categories(), cycle.remindDaysBefore(),
					cycle.leadAfterDays(), cycle.updatedAt());
		}

	}

	/**
	 * @param overdue past its due date
	 * @param dueSoon within the reminder window, or overdue
	 * @param teamId the team whose cycle decides, null for the organisation's
	 */
	record MyDueResponse(String skillCode, String skillName, int level, Instant lastUpdatedAt, LocalDate dueOn,
			boolean overdue, boolean dueSoon, @Nullable UUID teamId) {
	}

	record TeamDueRow(UUID memberId, String displayName, String skillCode, String skillName, int level,
			Instant lastUpdatedAt, LocalDate dueOn, boolean overdue, long daysOverdue, @Nullable UUID teamId) {
	}

	/**
	 * @param cycle the team's cycle, null when it has none
	 * @param organisationCycle the organisation's, null when there is none
	 */
	record TeamDueResponse(@Nullable CycleResponse cycle, @Nullable CycleResponse organisationCycle,
			List<TeamDueRow> rows) {
	}

}

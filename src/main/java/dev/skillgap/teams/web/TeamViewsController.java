package dev.skillgap.teams.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.skillgap.access.Audience;
import dev.skillgap.access.GroupPrivacy;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.platform.Csv;
import dev.skillgap.platform.DomainException;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.Skill;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.skills.SkillCategory;
import dev.skillgap.teams.Coverage;
import dev.skillgap.teams.Heatmap;
import dev.skillgap.teams.MemberSkills;
import dev.skillgap.teams.StaleAssessments;
import dev.skillgap.teams.TeamAggregate;
import dev.skillgap.teams.TeamReassessments;
import dev.skillgap.teams.TeamSkills;
import dev.skillgap.teams.TeamTargets;
import dev.skillgap.teams.web.TeamViewResponses.AggregateResponse;
import dev.skillgap.teams.web.TeamViewResponses.AggregateSkill;
import dev.skillgap.teams.web.TeamViewResponses.CoverageResponse;
import dev.skillgap.teams.web.TeamViewResponses.HeatmapMember;
import dev.skillgap.teams.web.TeamViewResponses.HeatmapResponse;
import dev.skillgap.teams.web.TeamViewResponses.PageInfo;
import dev.skillgap.teams.web.TeamViewResponses.ReassessmentResponse;
import dev.skillgap.teams.web.TeamViewResponses.SkillColumn;
import dev.skillgap.teams.web.TeamViewResponses.StaleAssessment;
import dev.skillgap.teams.web.TeamViewResponses.StaleResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a team looks like: the heatmap (leads), the aggregate counts (everyone in the
 * team), coverage and risk, stale assessments and requests to reassess. Every route takes
 * an {@link Audience} (404 for anyone not an active member); lead-only routes answer 403
 * to members. Each view reads the whole team in a fixed number of queries.
 */
@RestController
@Tag(name = "Team views", description = "A team's heatmap, aggregate, coverage and risk, stale assessments")
class TeamViewsController {

	private final TeamSkills teamSkills;

	private final TeamTargets targets;

	private final TeamReassessments reassessments;

	private final SkillCatalog skills;

	private final RoleCatalog roles;

	private final GroupPrivacy privacy;

	TeamViewsController(TeamSkills teamSkills, TeamTargets targets, TeamReassessments reassessments,
			SkillCatalog skills, RoleCatalog roles, GroupPrivacy privacy) {
		this.privacy = privacy;
		this.teamSkills = teamSkills;
		this.targets = targets;
		this.reassessments = reassessments;
		this.skills = skills;
		this.roles = roles;
	}

	@GetMapping("/api/teams/{teamId}/heatmap")
	@Operation(summary = "Members by skills: effective levels, unvalidated and stale marked, fit (leads only)",
			description = "Paged (size at most 200) and sorted on the server: sort=name|fit|gap|skill:<code>, "
					+ "direction=asc|desc (ties by name). Filters: category (skill columns of a category), role "
					+ "(members whose target role it is), gap=true (skill columns where a member on the page is "
					+ "below their role's target), q (part of a name). fit is to the member's target role, or to "
					+ "their best-fit role (fitRole) when they have none. 403 for members.")
	HeatmapResponse heatmap(@PathVariable UUID teamId, Audience audience, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String direction,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String role, @RequestParam(defaultValue = "false") boolean gap,
			@RequestParam(required = false) @Nullable String q, Locale locale) {
		audience.requireLead();
		List<Skill> columns = this.skills.skills();
		Heatmap.Sort order = Heatmap.Sort.parse(sort, columns.stream().map(Skill::code).collect(Collectors.toSet()));
		Heatmap.Query query = new Heatmap.Query(page, size, order, descending(direction), category(category),
				role(role), gap, blankToNull(q));
		Heatmap.Page result = Heatmap.page(rows(teamId), columns, query);
		Set<String> shown = result.skills().stream().map(Skill::code).collect(Collectors.toSet());
		Instant cutoff = StaleAssessments.cutoff(Instant.now(), StaleAssessments.DEFAULT_MONTHS);
		List<HeatmapMember> members = result.rows().stream().map((row) -> {
			MemberSkills m = row.member();
			Map<String, Integer> levels = new TreeMap<>();
			m.levels().forEach((code, level) -> {
				if (shown.contains(code)) {
					levels.put(code, level.level());
				}
			});
			return new HeatmapMember(m.member().accountId(), m.member().displayName(), m.member().targetRole(),
					m.member().targetSource(), row.fitRole(), row.fit(), row.gap(), levels,
					m.unvalidated().stream().filter(shown::contains).toList(),
					m.stale(cutoff).stream().filter(shown::contains).toList());
		}).toList();
		return new HeatmapResponse(result.skills().stream().map((s) -> column(s, locale)).toList(), members,
				new PageInfo(result.number(), result.size(), result.totalElements(), result.totalPages()), order.text(),
				query.descending() ? "desc" : "asc");
	}

	@GetMapping("/api/teams/{teamId}/heatmap.csv")
	@Operation(summary = "The whole heatmap as CSV, UTF-8 with a byte order mark (leads only)",
			description = "One row per member by name: member, target_role, fit_role, fit (percent), one column "
					+ "per skill (its name in the request's language) with the effective level (empty: never "
					+ "assessed), then the unvalidated and stale skills. Cells a spreadsheet would run as a formula "
					+ "are escaped.")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> heatmapCsv(@PathVariable UUID teamId, Audience audience, Locale locale) {
		audience.requireLead();
		List<Skill> columns = this.skills.skills();
		Heatmap.Query all = new Heatmap.Query(0, Heatmap.MAX_SIZE, Heatmap.Sort.NAME, false, null, null, false, null);
		Instant cutoff = StaleAssessments.cutoff(Instant.now(), StaleAssessments.DEFAULT_MONTHS);
		List<String> header = new ArrayList<>(List.of("member", "target_role", "fit_role", "fit"));
		columns.forEach((skill) -> header.add(skill.name().in(locale)));
		header.add("unvalidated");
		header.add("stale");
		List<List<@Nullable Object>> lines = new ArrayList<>();
		for (Heatmap.Row row : Heatmap.sorted(rows(teamId), all)) {
			MemberSkills m = row.member();
			List<@Nullable Object> line = new ArrayList<>();
			line.add(m.member().displayName());
			line.add((m.member().targetRole() != null) ? roleName(m.member().targetRole(), locale) : null);
			line.add(roleName(row.fitRole(), locale));
			line.add(Math.round(row.fit() * 100));
			for (Skill skill : columns) {
				line.add(m.levels().containsKey(skill.code()) ? m.level(skill.code()) : null);
			}
			line.add(names(m.unvalidated(), locale));
			line.add(names(m.stale(cutoff), locale));
			lines.add(line);
		}
		return csv("team-heatmap", Csv.bytes(header, lines));
	}

	@GetMapping("/api/teams/{teamId}/aggregate")
	@Operation(summary = "Per skill, how many members are at each level (leads and members)",
			description = "counts: members at level 1 to 5; unassessed: at level 0 or never assessed. No names. "
					+ "For a member of a team with fewer people than minGroupSize (skillgap.privacy.min-group-size), "
					+ "countsHidden is true and counts and unassessed are null: in a small team they would show "
					+ "each person's levels.")
	AggregateResponse aggregate(@PathVariable UUID teamId, Audience audience, Locale locale) {
		List<MemberSkills> members = this.teamSkills.members(teamId);
		boolean shown = this.privacy.showsCounts(audience, members.size());
		return new AggregateResponse(members.size(), !shown, this.privacy.minGroupSize(),
				TeamAggregate.of(this.skills.skills(), members)
					.stream()
					.map((c) -> new AggregateSkill(c.skill().code(), c.skill().name().in(locale),
							c.skill().categoryCode(), shown ? c.counts() : null, shown ? c.unassessed() : null))
					.toList());
	}

	@GetMapping("/api/teams/{teamId}/coverage")
	@Operation(summary = "Coverage and risk per skill the team needs (leads and members), the highest risk first",
			description = "holders: members at or above the target level; met: holders >= required; busFactor = "
					+ "holders; singlePointOfFailure: required and held by one person or none; experts (level >= 4, "
					+ "can teach), practitioners (holders below 4), novices (level 1 up to the target); risk 0..100 "
					+ "= 60 x share of the target unmet + 25 x (1 with 0-1 holders, 0.5 with 2) + 15 x (1 with no "
					+ "expert, 0.5 with one). Targets are the team's, with the defaults (source). For a member of a "
					+ "team with fewer people than the minimum group size (see the aggregate), every count from "
					+ "holders to risk is null and the rows come by skill name.")
	List<CoverageResponse> coverage(@PathVariable UUID teamId, Audience audience, Locale locale) {
		Counted coverage = coverageOf(audience);
		return coverage.rows()
			.stream()
			.map((c) -> coverage.shown()
					? new CoverageResponse(c.skillCode(), this.skills.name(c.skillCode()).in(locale), c.targetLevel(),
							c.holders(), c.required(), c.met(), c.busFactor(), c.singlePointOfFailure(), c.experts(),
							c.practitioners(), c.novices(), c.risk(), c.source())
					: new CoverageResponse(c.skillCode(), this.skills.name(c.skillCode()).in(locale), c.targetLevel(),
							null, c.required(), null, null, null, null, null, null, null, c.source()))
			.sorted(coverage.shown() ? (a, b) -> 0 : Comparator.comparing(CoverageResponse::name))
			.toList();
	}

	@GetMapping("/api/teams/{teamId}/coverage.csv")
	@Operation(summary = "Coverage and risk as CSV, UTF-8 with a byte order mark (leads and members)",
			description = "The count columns are empty while the counts are hidden from me (see the coverage).")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> coverageCsv(@PathVariable UUID teamId, Audience audience, Locale locale) {
		List<String> header = List.of("skill_code", "skill", "target_level", "required", "holders", "met", "bus_factor",
				"single_point_of_failure", "experts", "practitioners", "novices", "risk", "source");
		List<List<@Nullable Object>> lines = new ArrayList<>();
		Counted coverage = coverageOf(audience);
		for (Coverage.SkillCoverage c : coverage.rows()) {
			String name = this.skills.name(c.skillCode()).in(locale);
			lines.add(coverage.shown()
					? List.of(c.skillCode(), name, c.targetLevel(), c.required(), c.holders(), c.met(), c.busFactor(),
							c.singlePointOfFailure(), c.experts(), c.practitioners(), c.novices(), c.risk(), c.source())
					: java.util.Arrays.asList(c.skillCode(), name, c.targetLevel(), c.required(), null, null, null,
							null, null, null, null, null, c.source()));
		}
		if (!coverage.shown()) {
			lines.sort(Comparator.comparing((line) -> String.valueOf(line.get(1))));
		}
		return csv("team-coverage", Csv.bytes(header, lines));
	}

	@GetMapping("/api/teams/{teamId}/stale")
	@Operation(summary = "Assessments not updated or validated for some months, the oldest first (leads only)")
	StaleResponse stale(@PathVariable UUID teamId, Audience audience,
			@RequestParam(defaultValue = "" + StaleAssessments.DEFAULT_MONTHS) int months, Locale locale) {
		audience.requireLead();
		Instant cutoff = StaleAssessments.cutoff(Instant.now(), months);
		return new StaleResponse(months,
				StaleAssessments.of(this.teamSkills.members(teamId), cutoff)
					.stream()
					.map((s) -> new StaleAssessment(s.member().accountId(), s.member().displayName(), s.skillCode(),
							this.skills.name(s.skillCode()).in(locale), s.level(), s.assessedAt()))
					.toList());
	}

	@PostMapping("/api/teams/{teamId}/reassessment-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask members to reassess skills (leads only)",
			description = "No memberIds: every member with a stale assessment (6 months); no skillCodes: every "
					+ "stale skill of the members asked. Each member asked is notified. 400 for someone not an "
					+ "active member (memberIds[i]) or an unknown skill (skillCodes[i]).")
	ReassessmentResponse requestReassessment(@PathVariable UUID teamId, Audience audience,
			@Valid @RequestBody(required = false) @Nullable ReassessmentBody body) {
		audience.requireLead();
		List<UUID> memberIds = (body != null && body.memberIds() != null) ? body.memberIds() : List.of();
		List<String> skillCodes = (body != null && body.skillCodes() != null) ? body.skillCodes() : List.of();
		TeamReassessments.ReassessmentRequest request = this.reassessments.request(teamId, audience.viewerId(),
				memberIds, skillCodes, Instant.now());
		return new ReassessmentResponse(request.id(), request.memberIds(), request.skillCodes(), request.createdAt());
	}

	/** Whom to ask to reassess what; empty or absent lists mean every stale one. */
	record ReassessmentBody(@Nullable @Size(max = 10000) List<UUID> memberIds,
			@Nullable @Size(max = 1000) List<String> skillCodes) {
	}

	/**
	 * The team's coverage, and whether the audience may see its counts (see
	 * {@link GroupPrivacy}).
	 */
	private Counted coverageOf(Audience audience) {
		List<MemberSkills> members = this.teamSkills.members(audience.groupId());
		return new Counted(Coverage.of(this.targets.targets(audience.groupId()), members),
				this.privacy.showsCounts(audience, members.size()));
	}

	private record Counted(List<Coverage.SkillCoverage> rows, boolean shown) {
	}

	private List<Heatmap.Row> rows(UUID teamId) {
		Map<String, RoleProfile> profiles = this.targets.profiles();
		return this.teamSkills.members(teamId).stream().map((m) -> Heatmap.row(m, profiles)).toList();
	}

	private SkillColumn column(Skill skill, Locale locale) {
		return new SkillColumn(skill.code(), skill.name().in(locale), skill.categoryCode());
	}

	private String roleName(@Nullable String code, Locale locale) {
		return (code == null) ? "" : this.roles.name(code).in(locale);
	}

	private String names(Set<String> skillCodes, Locale locale) {
		return skillCodes.stream().map((code) -> this.skills.name(code).in(locale)).collect(Collectors.joining("; "));
	}

	private static boolean descending(@Nullable String direction) {
		if (direction == null || direction.isBlank() || "asc".equals(direction)) {
			return false;
		}
		if ("desc".equals(direction)) {
			return true;
		}
		throw DomainException.invalid("direction", "team.heatmap.direction", direction);
	}

	private @Nullable String category(@Nullable String category) {
		if (category == null || category.isBlank()) {
			return null;
		}
		if (this.skills.categories().stream().map(SkillCategory::code).noneMatch(category::equals)) {
			throw DomainException.invalid("category", "team.heatmap.category", category);
		}
		return category;
	}

	private @Nullable String role(@Nullable String role) {
		if (role == null || role.isBlank()) {
			return null;
		}
		if (this.roles.findIncludingRetired(role).isEmpty()) {
			throw DomainException.invalid("role", "team.heatmap.role", role);
		}
		return role;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static ResponseEntity<byte[]> csv(String name, byte[] body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name + ".csv", StandardCharsets.UTF_8).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

}

package dev.skillgap.teams.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.skillgap.access.Audience;
import dev.skillgap.access.GroupPrivacy;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.LearningItem;
import dev.skillgap.platform.Csv;
import dev.skillgap.platform.DomainException;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.teams.HiringBrief;
import dev.skillgap.teams.TeamMember;
import dev.skillgap.teams.TeamPlanning;
import dev.skillgap.teams.TrainingPlanner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A lead plans the team's training: the ranked training plan (and its CSV), items sent to
 * members as plan suggestions, their progress, the hiring brief; leads and members read
 * the team's progress week by week. Every route takes the {@link Audience} the access
 * policy resolved (404 unless the caller is an active member or lead of the team; 403 for
 * a member on a lead's route).
 */
@RestController
@RequestMapping("/api/teams/{teamId}")
@Tag(name = "Team planning", description = "Training plan, suggestions, hiring brief and progress of a team")
class TeamPlanningController {

	/** The most members an item of the training plan lists. */
	static final int MAX_MEMBER_LIMIT = 10000;

	private final TeamPlanning planning;

	private final LearningCatalog catalog;

	private final RoleCatalog roles;

	private final GroupPrivacy privacy;

	TeamPlanningController(TeamPlanning planning, LearningCatalog catalog, RoleCatalog roles, GroupPrivacy privacy) {
		this.privacy = privacy;
		this.planning = planning;
		this.catalog = catalog;
		this.roles = roles;
	}

	@GetMapping("/training-plan")
	@Operation(summary = "Learning items ranked by weighted gap closed across the members who need them, per hour",
			description = "Each member's gap is weighted by their target role's profile (the team's coverage targets "
					+ "for a member without one). groupSession: two or more members need the item. memberCount: how "
					+ "many members it helps; members lists the first memberLimit (1-10000, default 100) of them, "
					+ "by name. Leads only.")
	TrainingPlanResponse trainingPlan(@PathVariable UUID teamId, Audience audience,
			@RequestParam(defaultValue = "100") int memberLimit, Locale locale) {
		if (memberLimit < 1 || memberLimit > MAX_MEMBER_LIMIT) {
			throw DomainException.invalid("memberLimit", "team.trainingPlan.memberLimit", MAX_MEMBER_LIMIT);
		}
		TeamPlanning.TrainingPlan plan = this.planning.trainingPlan(audience);
		return new TrainingPlanResponse(
				plan.items().stream().map((item) -> item(item, plan, memberLimit, locale)).toList(),
				plan.totalGapClosed());
	}

	@GetMapping("/training-plan.csv")
	@Operation(summary = "The training plan as CSV, UTF-8 with a byte order mark (leads only)")
	@ApiResponse(responseCode = "200", description = "The CSV file",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> trainingPlanCsv(@PathVariable UUID teamId, Audience audience, Locale locale) {
		TeamPlanning.TrainingPlan plan = this.planning.trainingPlan(audience);
		List<List<Object>> rows = new ArrayList<>();
		for (TrainingPlanner.PlannedItem item : plan.items()) {
			PlannedItemResponse r = item(item, plan, Integer.MAX_VALUE, locale);
			rows.add(List.of(r.itemCode(), r.title(), r.kind(), r.hours(), r.weightedGapClosed(), r.perHour(),
					r.groupSession() ? "yes" : "no", r.memberCount(),
					r.members().stream().map(HelpedResponse::displayName).collect(Collectors.joining("; ")),
					r.members()
						.stream()
						.flatMap((m) -> m.skills().stream())
						.distinct()
						.sorted()
						.collect(Collectors.joining("; ")),
					(r.url() == null) ? "" : r.url()));
		}
		byte[] csv = Csv.bytes(List.of("itemCode", "title", "kind", "hours", "weightedGapClosed", "perHour",
				"groupSession", "memberCount", "members", "skills", "url"), rows);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"skillgap-training-plan-" + LocalDate.now() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv);
	}

	@PostMapping("/suggestions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send a learning item to members as plan suggestions",
			description = "Each member sees it in their plan as suggested by me and accepts or declines it. Members "
					+ "who have it in their plan (reason inPlan, done) or an open suggestion of it (alreadySuggested) "
					+ "are skipped. 400 unknown item (itemCode) or someone not on the team (memberIds[i]). Leads only.")
	SentResponse suggest(@PathVariable UUID teamId, Audience audience, @Valid @RequestBody TeamSuggestRequest body) {
		TeamPlanning.Sent sent = this.planning.suggest(audience, body.itemCode(), body.memberIds(), body.note());
		return new SentResponse(sent.itemCode(), sent.suggested(),
				sent.skipped().stream().map((s) -> new SkippedResponse(s.memberId(), s.reason())).toList());
	}

	@GetMapping("/plan-progress")
	@Operation(summary = "For each item suggested through the team: answers, members with it in their plan, done, "
			+ "hours logged (leads only)")
	PlanProgressResponse planProgress(@PathVariable UUID teamId, Audience audience, Locale locale) {
		return new PlanProgressResponse(this.planning.planProgress(audience)
			.stream()
			.map((p) -> new ItemProgressResponse(p.itemCode(), title(p.itemCode(), locale), p.suggested(), p.accepted(),
					p.declined(), p.pending(), p.inPlan(), p.done(), p.hoursLogged()))
			.toList());
	}

	@GetMapping("/hiring-brief")
	@Operation(
			summary = "Which role, hired at its target levels, closes most of the team's unmet coverage; and "
					+ "which member's move to a new target role does",
			description = "closes = unmet coverage units closed (one per coverage target not met whose level the role "
					+ "reaches). Best first. Leads only.")
	HiringBriefResponse hiringBrief(@PathVariable UUID teamId, Audience audience, Locale locale) {
		TeamPlanning.Brief brief = this.planning.hiringBrief(audience);
		return new HiringBriefResponse(brief.brief()
			.hires()
			.stream()
			.map((h) -> new HireResponse(h.roleCode(), this.roles.name(h.roleCode()).in(locale), h.closes(),
					h.skills()))
			.toList(), brief.brief().moves().stream().map((m) -> move(m, brief, locale)).toList());
	}

	@GetMapping("/progress")
	@Operation(summary = "Per week (Monday, UTC), coverage targets met and the members' average fit",
			description = "The last `weeks` weeks (1-104, default 12) up to the current one, today's members against "
					+ "today's targets. Leads and members; for a member of a team with fewer people than the minimum "
					+ "group size (see the aggregate), coverageMet and averageFit are null.")
	List<WeekResponse> progress(@PathVariable UUID teamId, Audience audience,
			@RequestParam(defaultValue = "12") int weeks) {
		TeamPlanning.Progress progress = this.planning.progress(audience, weeks);
		boolean shown = this.privacy.showsCounts(audience, progress.memberCount());
		return progress.weeks()
			.stream()
			.map((w) -> shown
					? new WeekResponse(w.weekStart(), w.coverageMet(), w.coverageTotal(), round(w.averageFit()))
					: new WeekResponse(w.weekStart(), null, w.coverageTotal(), null))
			.toList();
	}

	private PlannedItemResponse item(TrainingPlanner.PlannedItem planned, TeamPlanning.TrainingPlan plan,
			int memberLimit, Locale locale) {
		LearningItem item = planned.item();
		List<HelpedResponse> members = planned.members()
			.stream()
			.limit(memberLimit)
			.map((h) -> new HelpedResponse(h.memberId(), name(plan.members().get(h.memberId())), h.skills()))
			.toList();
		return new PlannedItemResponse(item.code(), item.title().in(locale), item.kind(), item.hours(),
				planned.weightedGapClosed(), round(planned.perHour()), planned.members().size(), members,
				planned.groupSession(), (item.url() == null || item.url().isBlank()) ? null : item.url());
	}

	private MoveResponse move(HiringBrief.Move move, TeamPlanning.Brief brief, Locale locale) {
		return new MoveResponse(move.memberId(), name(brief.members().get(move.memberId())), move.fromRole(),
				move.toRole(), this.roles.name(move.toRole()).in(locale), move.closes(), move.skills(),
				move.levelsToLearn());
	}

	private String title(String itemCode, Locale locale) {
		return this.catalog.findIncludingRetired(itemCode).map((i) -> i.title().in(locale)).orElse(itemCode);
	}

	private static String name(@Nullable TeamMember member) {
		return (member == null) ? "?" : member.displayName();
	}

	private static double round(double value) {
		return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
	}

	record TeamSuggestRequest(@NotBlank @Size(max = 80) String itemCode,
			@NotNull @Size(min = 1, max = 10000) List<@NotNull UUID> memberIds,
			@Size(max = 2000) @Nullable String note) {
	}

	record TrainingPlanResponse(List<PlannedItemResponse> items, int totalGapClosed) {
	}

	record PlannedItemResponse(String itemCode, String title, String kind, int hours, int weightedGapClosed,
			double perHour, int memberCount, List<HelpedResponse> members, boolean groupSession, @Nullable String url) {
	}

	record HelpedResponse(UUID id, String displayName, List<String> skills) {
	}

	record SentResponse(String itemCode, List<UUID> suggested, List<SkippedResponse> skipped) {
	}

	record SkippedResponse(UUID memberId, String reason) {
	}

	record PlanProgressResponse(List<ItemProgressResponse> items) {
	}

	record ItemProgressResponse(String itemCode, String title, int suggested, int accepted, int declined, int pending,
			int inPlan, int done, BigDecimal hoursLogged) {
	}

	record HiringBriefResponse(List<HireResponse> hires, List<MoveResponse> moves) {
	}

	record HireResponse(String roleCode, String roleName, int closes, List<String> skills) {
	}

	record MoveResponse(UUID memberId, String displayName, @Nullable String fromRole, String toRole, String toRoleName,
			int closes, List<String> skills, int levelsToLearn) {
	}

	/**
	 * @param coverageMet coverage targets met at the week's end; null while the counts
	 * are hidden from me
	 * @param averageFit the members' average fit at the week's end (0..1); null while the
	 * counts are hidden from me
	 */
	record WeekResponse(LocalDate weekStart, @Nullable Integer coverageMet, int coverageTotal,
			@Nullable Double averageFit) {
	}

}

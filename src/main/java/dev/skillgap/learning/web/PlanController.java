package dev.skillgap.learning.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.skillgap.access.Subject;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.LearningPlans;
import dev.skillgap.learning.PlanStatus;
import dev.skillgap.learning.PlanSuggestion;
import dev.skillgap.learning.PlanSuggestions;
import dev.skillgap.platform.Shares;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/me")
@Tag(name = "Learning plan", description = "My plan, hours, goal and pace")
class PlanController {

	private final LearningPlans plans;

	private final LearningResponses responses;

	private final PlanSuggestions suggestions;

	private final LearningCatalog catalog;

	PlanController(LearningPlans plans, LearningResponses responses, PlanSuggestions suggestions,
			LearningCatalog catalog) {
		this.plans = plans;
		this.responses = responses;
		this.suggestions = suggestions;
		this.catalog = catalog;
	}

	@GetMapping("/plan")
	@Operation(summary = "My plan in order, with the hours I logged per week and the items suggested to me "
			+ "that I have not accepted or declined yet")
	PlanResponse plan(Subject subject, Locale locale) {
		return new PlanResponse(
				this.plans.plan(subject.id()).stream().map((p) -> this.responses.planItem(p, locale)).toList(),
				this.plans.hoursPerWeek(subject.id())
					.stream()
					.map((w) -> new WeekHoursResponse(w.week(), w.hours()))
					.toList(),
				this.suggestions.open(subject.id()).stream().map((s) -> suggestion(s, locale)).toList());
	}

	@PostMapping("/plan/suggestions/{suggestionId}/accept")
	@ApiResponse(responseCode = "409", description = "The suggestion was answered already")
	@ApiResponse(responseCode = "200", description = "The suggestion, answered")
	@Operation(summary = "Accept a suggested item: it joins the end of my plan",
			description = "404 for a suggestion that is not mine, 409 when already answered.")
	SuggestionResponse acceptSuggestion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID suggestionId,
			Locale locale) {
		return suggestion(this.suggestions.accept(user.id(), suggestionId), locale);
	}

	@PostMapping("/plan/suggestions/{suggestionId}/decline")
	@ApiResponse(responseCode = "409", description = "The suggestion was answered already")
	@ApiResponse(responseCode = "200", description = "The suggestion, answered")
	@Operation(summary = "Decline a suggested item",
			description = "404 for a suggestion that is not mine, 409 when already answered.")
	SuggestionResponse declineSuggestion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID suggestionId,
			Locale locale) {
		return suggestion(this.suggestions.decline(user.id(), suggestionId), locale);
	}

	SuggestionResponse suggestion(PlanSuggestion s, Locale locale) {
		return new SuggestionResponse(s.id(),
				this.responses.item(this.catalog.findIncludingRetired(s.itemCode()).orElseThrow(), locale), s.note(),
				new SuggesterResponse(s.suggestedBy(), s.suggestedByName()), s.status(), s.createdAt(), s.decidedAt());
	}

	@PostMapping("/plan")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an item to the end of my plan (404 unknown item, 409 already in the plan)")
	@ApiResponse(responseCode = "404", description = "No learning item with this code")
	@ApiResponse(responseCode = "409", description = "The item is already in my plan")
	LearningResponses.PlanItemResponse add(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody AddRequest body, Locale locale) {
		return this.responses.planItem(this.plans.add(user.id(), body.itemCode(), body.targetDate()), locale);
	}

	@PutMapping("/plan/order")
	@Operation(summary = "Reorder my plan: every item of the plan, each once, in the new order")
	List<LearningResponses.PlanItemResponse> reorder(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody OrderRequest body, Locale locale) {
		return this.plans.reorder(user.id(), body.itemCodes())
			.stream()
			.map((p) -> this.responses.planItem(p, locale))
			.toList();
	}

	@PatchMapping("/plan/{itemCode}")
	@Operation(summary = "Change an item's status or target date",
			description = "planned -> in-progress -> done, or dropped (done reopens to in-progress, dropped to "
					+ "planned; other moves 409). Moving to done returns proposedLevels: the skills the item "
					+ "may raise, to confirm with apply-levels.")
	@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "The item cannot move to this status from its current one")
	ChangeResponse update(@AuthenticationPrincipal CurrentUser user, @PathVariable String itemCode,
			@Valid @RequestBody UpdateRequest body, Locale locale) {
		LearningPlans.Change change = this.plans.update(user.id(), itemCode,
				body.status() == null ? null : PlanStatus.of(body.status()), body.targetDate(),
				Boolean.TRUE.equals(body.clearTargetDate()));
		return new ChangeResponse(this.responses.planItem(change.item(), locale),
				proposals(change.proposedLevels(), locale));
	}

	@DeleteMapping("/plan/{itemCode}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an item from my plan")
	void remove(@AuthenticationPrincipal CurrentUser user, @PathVariable String itemCode) {
		this.plans.remove(user.id(), itemCode);
	}

	@PostMapping("/plan/{itemCode}/hours")
	@Operation(summary = "Log hours spent on an item (a planned item becomes in progress)")
	@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "The item was dropped: plan it again first")
	LearningResponses.PlanItemResponse logHours(@AuthenticationPrincipal CurrentUser user,
			@PathVariable String itemCode, @Valid @RequestBody HoursRequest body, Locale locale) {
		return this.responses.planItem(this.plans.logHours(user.id(), itemCode, body.hours(), body.loggedOn()), locale);
	}

	@GetMapping("/plan/{itemCode}/proposed-levels")
	@Operation(summary = "The levels finishing this item may raise")
	List<ProposedLevelResponse> proposed(@AuthenticationPrincipal CurrentUser user, @PathVariable String itemCode,
			Locale locale) {
		return proposals(this.plans.proposals(user.id(), itemCode), locale);
	}

	@PostMapping("/plan/{itemCode}/apply-levels")
	@Operation(summary = "Raise the confirmed skills of a finished item to the level it leads to",
			description = "The history records the item as the source. 409 if the item is not done.")
	@ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "The item is not done")
	List<AppliedLevelResponse> applyLevels(@AuthenticationPrincipal CurrentUser user, @PathVariable String itemCode,
			@Valid @RequestBody ApplyLevelsRequest body, Locale locale) {
		return this.plans.applyLevels(user.id(), itemCode, body.skillCodes())
			.stream()
			.map((a) -> new AppliedLevelResponse(a.skillCode(), this.responses.skillName(a.skillCode(), locale),
					a.level(), a.source().code(), a.learningItemCode(), a.assessedAt()))
			.toList();
	}

	@GetMapping("/goal")
	@Operation(summary = "My goal (a role by a date) and whether my pace reaches it; 204 when none is set")
	@ApiResponse(responseCode = "200", description = "My goal")
	@ApiResponse(responseCode = "204", description = "No goal is set", content = @Content)
	ResponseEntity<GoalResponse> goal(Subject subject, Locale locale) {
		return this.plans.goal(subject.id())
			.map((goal) -> ResponseEntity.ok(goal(goal, locale)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping("/goal")
	@ApiResponse(responseCode = "404", description = "No role with this code")
	@ApiResponse(responseCode = "200", description = "My goal, with my pace")
	@Operation(summary = "Set my goal: a target role and a target date")
	GoalResponse setGoal(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody GoalRequest body,
			Locale locale) {
		return goal(this.plans.setGoal(user.id(), body.roleCode(), body.targetDate()), locale);
	}

	@DeleteMapping("/goal")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Clear my goal")
	void clearGoal(@AuthenticationPrincipal CurrentUser user) {
		this.plans.clearGoal(user.id());
	}

	private GoalResponse goal(LearningPlans.GoalStatus goal, Locale locale) {
		return new GoalResponse(goal.roleCode(), this.responses.roleName(goal.roleCode(), locale), goal.targetDate(),
				Shares.round(goal.fit()), goal.pace().hoursLogged(), goal.pace().hoursPerWeek(),
				goal.pace().remainingHours(), goal.pace().requiredHoursPerWeek(), goal.pace().projectedDate(),
				goal.pace().expectedHours(), goal.pace().status(), goal.pace().onTrack(), goal.pathHours(),
				goal.unclosedGaps(), goal.roleRetired());
	}

	private List<ProposedLevelResponse> proposals(List<LearningPlans.ProposedLevel> proposals, Locale locale) {
		return proposals.stream()
			.map((p) -> new ProposedLevelResponse(p.skillCode(), this.responses.skillName(p.skillCode(), locale),
					p.current(), p.proposed()))
			.toList();
	}

	record AddRequest(@NotBlank String itemCode, LocalDate targetDate) {
	}

	record OrderRequest(@NotNull @Size(max = 500) List<@NotBlank String> itemCodes) {
	}

	record UpdateRequest(@Schema(allowableValues = {
			"planned", "in-progress", "done", "dropped" }) @Pattern(
					regexp = "planned|in-progress|done|dropped") String status,
			LocalDate targetDate, Boolean clearTargetDate){
	}

	record HoursRequest(@NotNull @DecimalMin(value = "0.1") @DecimalMax("24") BigDecimal hours, LocalDate loggedOn) {
	}

	record ApplyLevelsRequest(@NotEmpty @Size(max = 50) List<@NotBlank String> skillCodes) {
	}

	record GoalRequest(@NotBlank String roleCode, @NotNull LocalDate targetDate) {
	}

	record PlanResponse(List<LearningResponses.PlanItemResponse> items, List<WeekHoursResponse> hoursPerWeek,
			List<SuggestionResponse> suggestions) {
	}

	/** Who suggested an item ({@code id} null once their account is deleted). */
	record SuggesterResponse(@Nullable UUID id, String displayName) {
	}

	/**
	 * An item suggested for a learner's plan; {@code status} open, accepted, declined or
	 * withdrawn.
	 */
	record SuggestionResponse(UUID id, LearningResponses.ItemResponse item, @Nullable String note,
			SuggesterResponse suggestedBy, String status, Instant createdAt, @Nullable Instant decidedAt) {
	}

	record WeekHoursResponse(LocalDate week, BigDecimal hours) {
	}

	record ChangeResponse(LearningResponses.PlanItemResponse item, List<ProposedLevelResponse> proposedLevels) {
	}

	record ProposedLevelResponse(String skillCode, String skillName, int current, int proposed) {
	}

	record AppliedLevelResponse(String skillCode, String skillName, int level, String source, String learningItemCode,
			Instant assessedAt) {
	}

	/**
	 * @param hoursPerWeek my pace so far
	 * @param requiredHoursPerWeek the pace that finishes on the target date (null once it
	 * has passed)
	 * @param projectedDate when I finish at my pace (null while no hours are logged)
	 * @param expectedHours the hours an even pace from the day I set the goal would have
	 * logged by today
	 * @param paceStatus done, starting (the first two weeks, or a quarter of a shorter
	 * span: not behind yet), on-track or behind (judged against the expected hours)
	 * @param onTrack whether paceStatus is anything but behind
	 * @param pathHours hours of the whole learning path to the role from my levels today
	 * @param roleRetired whether the role was removed from the reference data since I set
	 * the goal (it is no longer offered; the goal still reads)
	 */
	record GoalResponse(String roleCode, String roleName, LocalDate targetDate, double fit, double hoursLogged,
			double hoursPerWeek, double remainingHours, @Nullable Double requiredHoursPerWeek,
			@Nullable LocalDate projectedDate, double expectedHours, @Schema(allowableValues = {
					"done", "starting", "on-track", "behind" }) String paceStatus,
			boolean onTrack, int pathHours, int unclosedGaps, boolean roleRetired){
	}

}

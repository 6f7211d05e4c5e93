package dev.skillgap.learning.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.skillgap.gaps.RoleFit;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.LearningItem;
import dev.skillgap.learning.PlanItem;
import dev.skillgap.learning.PlanStatus;
import dev.skillgap.learning.RecommendationReason;
import dev.skillgap.learning.Recommender;
import dev.skillgap.platform.MessageRenderer;
import dev.skillgap.platform.Shares;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillCatalog;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns the learning module's results into localized responses; shared by its
 * controllers.
 */
@Component
class LearningResponses {

	private final LearningCatalog catalog;

	private final SkillCatalog skills;

	private final RoleCatalog roles;

	private final MessageRenderer messages;

	LearningResponses(LearningCatalog catalog, SkillCatalog skills, RoleCatalog roles, MessageRenderer messages) {
		this.catalog = catalog;
		this.skills = skills;
		this.roles = roles;
		this.messages = messages;
	}

	ItemResponse item(LearningItem item, Locale locale) {
		return new ItemResponse(item.code(), item.kind(), item.title().in(locale), item.provider(), item.url(),
				item.languages(), item.hours(), item.cost(),
				item.raises()
					.stream()
					.map((r) -> new RaiseResponse(r.skillCode(), skillName(r.skillCode(), locale), r.from(), r.to()))
					.toList(),
				this.catalog.isRetired(item.code()));
	}

	RecommendationResponse recommendation(Recommender.Recommendation r, Locale locale) {
		List<ClosureResponse> closes = r.closes().stream().map((c) -> closure(c, locale)).toList();
		return new RecommendationResponse(item(r.item(), locale), closes, r.weightedGapClosed(),
				Math.round(r.score() * 1000) / 1000.0,
				this.messages.render(RecommendationReason.of(r, (code) -> skillName(code, locale)), locale),
				RecommendationReason.why(r)
					.stream()
					.map((why) -> new ReasonResponse(why.code(), this.messages.render(why.text(), locale)))
					.toList());
	}

	ClosureResponse closure(Recommender.Closure c, Locale locale) {
		return new ClosureResponse(c.skillCode(), skillName(c.skillCode(), locale), c.from(), c.to(), c.weight(),
				c.anyOf());
	}

	/**
	 * @param levels the learner's current levels (for {@code levelsToApply})
	 */
	PlanItemResponse planItem(PlanItem p, Map<String, Integer> levels, Locale locale) {
		// a plan keeps an item retired from the catalog since: it shows, flagged
		LearningItem item = this.catalog.findIncludingRetired(p.itemCode())
			.orElseThrow(() -> new IllegalStateException("Plan item " + p.itemCode() + " is not in the catalog"));
		int toApply = (p.status() == PlanStatus.DONE) ? item.raisesAbove(levels).size() : 0;
		return new PlanItemResponse(item(item, locale), p.position(), p.status().code(), p.targetDate(),
				p.hoursLogged(), p.addedAt(), p.startedAt(), p.completedAt(), toApply);
	}

	FitSummary fit(RoleFit fit, Locale locale) {
		return new FitSummary(fit.roleCode(), roleName(fit.roleCode(), locale), Shares.round(fit.fit()),
				fit.largestGaps()
					.stream()
					.limit(5)
					.map((g) -> new ClosureResponse(g.skillCode(), skillName(g.skillCode(), locale), g.current(),
							g.target(), g.weight(), g.anyOf()))
					.toList());
	}

	String skillName(String code, Locale locale) {
		return this.skills.name(code).in(locale);
	}

	String roleName(String code, Locale locale) {
		return code == null ? null : this.roles.name(code).in(locale);
	}

	/**
	 * @param retired whether the item was removed from the catalog (only a plan shows
	 * such an item)
	 */
	record ItemResponse(String code, String kind, String title, String provider, @Nullable String url,
			List<String> languages, int hours, String cost, List<RaiseResponse> raises, boolean retired) {
	}

	record RaiseResponse(String skillCode, String skillName, int from, int to) {
	}

	/**
	 * @param anyOf the group of alternatives of the requirement (the code of its first
	 * member), or null; {@code from} is then the group's level (its best member's)
	 */
	record ClosureResponse(String skillCode, String skillName, int from, int to, int weight, @Nullable String anyOf) {
	}

	/**
	 * @param reason what it closes, in words
	 * @param reasons why it stands where it does, the strongest first
	 */
	record RecommendationResponse(ItemResponse item, List<ClosureResponse> closes, int weightedGapClosed, double score,
			String reason, List<ReasonResponse> reasons) {
	}

	/**
	 * @param code {@code fundamentals}, {@code credential}, {@code free},
	 * {@code japanese}, {@code prerequisite-met} or {@code per-hour}
	 */
	record ReasonResponse(@Schema(allowableValues = {
			"fundamentals", "credential", "free", "japanese", "prerequisite-met", "per-hour" }) String code,
			String text){
	}

	/**
	 * @param levelsToApply for a done item, how many of the levels it leads to are still
	 * above the learner's (0 once applied: nothing is left to apply); 0 for other
	 * statuses
	 */
	record PlanItemResponse(ItemResponse item, int position, @Schema(allowableValues = {
			"planned", "in-progress", "done", "dropped" }) String status, @Nullable LocalDate targetDate,
			BigDecimal hoursLogged, Instant addedAt, @Nullable Instant startedAt, @Nullable Instant completedAt,
			int levelsToApply){
	}

	/**
	 * A role, the learner's fit to it and the largest gaps (from = current, to = target).
	 */
	record FitSummary(String roleCode, String roleName, double fit, List<ClosureResponse> largestGaps) {
	}

}

package dev.skillgap.learning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.skillgap.gaps.FitCalculator;
import dev.skillgap.gaps.FitService;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.platform.DomainException;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillAssessment;
import dev.skillgap.skills.SkillLevels;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's plan (ordered items moving planned -> in progress -> done or dropped, with
 * hours logged), their goal (a role by a date) and whether their pace reaches it. Adding,
 * reordering and removing items lock the learner's plan first, so that such writes run
 * one at a time per learner and the positions stay 0..n-1.
 */
@Service
public class LearningPlans {

	/** The most hours a person logs on one day, over all their items. */
	static final BigDecimal HOURS_A_DAY = BigDecimal.valueOf(24);

	private final PlanRepository plans;

	private final LearningCatalog catalog;

	private final SkillLevels levels;

	private final RoleCatalog roles;

	private final FitService fits;

	private final Recommendations recommendations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Autowired
	LearningPlans(PlanRepository plans, LearningCatalog catalog, SkillLevels levels, RoleCatalog roles, FitService fits,
			Recommendations recommendations, ApplicationEventPublisher events) {
		this(plans, catalog, levels, roles, fits, recommendations, events, Clock.systemUTC());
	}

	LearningPlans(PlanRepository plans, LearningCatalog catalog, SkillLevels levels, RoleCatalog roles, FitService fits,
			Recommendations recommendations, ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.catalog = catalog;
		this.levels = levels;
		this.roles = roles;
		this.fits = fits;
		this.recommendations = recommendations;
		this.events = events;
		this.clock = clock;
	}

	public List<PlanItem> plan(UUID account) {
		return this.plans.findAll(account);
	}

	/**
	 * The plans of many learners in one query, each in the learner's order (learners
	 * without items are absent).
	 */
	public Map<UUID, List<PlanItem>> plans(Collection<UUID> accounts) {
		Map<UUID, List<PlanItem>> plans = new HashMap<>();
		if (accounts.isEmpty()) {
			return plans;
		}
		this.plans.plans(accounts).forEach((account, plan) -> plans.put(account, plan.items()));
		return plans;
	}

	/**
	 * Adds an item at the end of the plan and publishes {@link PlanItemAdded}.
	 * @throws DomainException 404 unknown item, 409 already in the plan
	 */
	@Transactional
	public PlanItem add(UUID account, String itemCode, LocalDate targetDate) {
		this.catalog.get(itemCode);
		this.plans.lock(account);
		if (!this.plans.insert(account, itemCode, targetDate)) {
			throw DomainException.conflict("itemCode", "plan.item.alreadyPlanned");
		}
		PlanItem added = get(account, itemCode);
		this.events.publishEvent(new PlanItemAdded(account, itemCode, added.addedAt()));
		return added;
	}

	/**
	 * Changes an item's status and/or target date. Moving to done returns the levels its
	 * completion may raise, for the learner to confirm with {@link #applyLevels}, and
	 * publishes {@link PlanItemCompleted}.
	 */
	@Transactional
	public Change update(UUID account, String itemCode, PlanStatus status, LocalDate targetDate,
			boolean clearTargetDate) {
		PlanItem item = get(account, itemCode);
		PlanItem changed = item;
		if (targetDate != null || clearTargetDate) {
			changed = changed.withTargetDate(targetDate);
		}
		if (status != null) {
			changed = changed.moveTo(status, this.clock.instant());
		}
		this.plans.update(account, changed);
		if (changed.status() == PlanStatus.DONE && item.status() != PlanStatus.DONE) {
			this.events.publishEvent(new PlanItemCompleted(account, itemCode, changed.completedAt()));
		}
		List<ProposedLevel> proposals = (changed.status() == PlanStatus.DONE) ? proposals(account, itemCode)
				: List.of();
		return new Change(changed, proposals);
	}

	/** Sets the order of the plan: every item of the plan, each once. */
	@Transactional
	public List<PlanItem> reorder(UUID account, List<String> itemCodes) {
		this.plans.lock(account);
		Set<String> current = this.plans.findAll(account).stream().map(PlanItem::itemCode).collect(Collectors.toSet());
		if (itemCodes.size() != current.size() || !new HashSet<>(itemCodes).equals(current)) {
			throw DomainException.invalid("itemCodes", "plan.order.incomplete");
		}
		this.plans.reorder(account, itemCodes);
		return this.plans.findAll(account);
	}

	@Transactional
	public void remove(UUID account, String itemCode) {
		this.plans.lock(account);
		if (!this.plans.delete(account, itemCode)) {
			throw DomainException.notFound("plan.item.notFound");
		}
	}

	/**
	 * Logs hours spent on an item; a planned item starts (in progress). A day has 24
	 * hours: what a person logs on one day, over all their items, never exceeds them
	 * (checked under the plan's lock, so two requests at once cannot both pass).
	 * @throws DomainException 400 ({@code hours}) beyond 24 hours on that day
	 */
	@Transactional
	public PlanItem logHours(UUID account, String itemCode, BigDecimal hours, LocalDate on) {
		this.plans.lock(account);
		PlanItem item = get(account, itemCode);
		if (item.status() == PlanStatus.DROPPED) {
			throw DomainException.invalidTransition("status", "plan.hours.notPlanned");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		LocalDate day = on == null ? today : on;
		if (day.isAfter(today)) {
			throw DomainException.invalid("loggedOn", "plan.hours.future");
		}
		BigDecimal logged = this.plans.hoursOn(account, day);
		if (logged.add(hours).compareTo(HOURS_A_DAY) > 0) {
			throw DomainException.invalid("hours", "plan.hours.dayFull", logged.stripTrailingZeros().toPlainString(),
					day, HOURS_A_DAY.subtract(logged).max(BigDecimal.ZERO).stripTrailingZeros().toPlainString());
		}
		this.plans.logHours(account, itemCode, hours, day);
		if (item.status() == PlanStatus.PLANNED) {
			this.plans.update(account, item.moveTo(PlanStatus.IN_PROGRESS, this.clock.instant()));
		}
		return get(account, itemCode);
	}

	/**
	 * The levels a finished item may raise: each skill it covers, up to the level it
	 * leads to.
	 */
	public List<ProposedLevel> proposals(UUID account, String itemCode) {
		LearningItem item = planned(itemCode);
		Map<String, Integer> current = this.levels.currentLevels(account);
		List<ProposedLevel> proposals = new ArrayList<>();
		for (LearningItem.Raise raise : item.raises()) {
			int level = current.getOrDefault(raise.skillCode(), 0);
			if (level < raise.to()) {
				proposals.add(new ProposedLevel(raise.skillCode(), level, raise.to()));
			}
		}
		return proposals;
	}

	/**
	 * Raises the confirmed skills of a finished item to the level it leads to; the
	 * history records that the level came from this item.
	 * @throws DomainException 409 when the item is not done, 400 for a skill the item
	 * does not raise
	 */
	@Transactional
	public List<SkillAssessment> applyLevels(UUID account, String itemCode, List<String> skillCodes) {
		PlanItem planItem = get(account, itemCode);
		if (planItem.status() != PlanStatus.DONE) {
			throw DomainException.conflict(null, "plan.levels.notDone");
		}
		Map<String, ProposedLevel> proposals = proposals(account, itemCode).stream()
			.collect(Collectors.toMap(ProposedLevel::skillCode, (p) -> p));
		LearningItem item = planned(itemCode);
		List<SkillAssessment> recorded = new ArrayList<>();
		for (int i = 0; i < skillCodes.size(); i++) {
			String skill = skillCodes.get(i);
			if (item.raises().stream().noneMatch((r) -> r.skillCode().equals(skill))) {
				throw DomainException.invalid("skillCodes[" + i + "]", "plan.levels.notRaised", skill);
			}
			ProposedLevel proposal = proposals.get(skill);
			if (proposal != null) {
				recorded.add(this.levels.fromLearningItem(account, skill, proposal.proposed(), itemCode));
			}
		}
		return recorded;
	}

	public Optional<GoalStatus> goal(UUID account) {
		return this.plans.findGoal(account).map((goal) -> status(account, goal));
	}

	/**
	 * Each learner's goal role, in one query (learners without a goal are absent).
	 */
	public Map<UUID, String> goalRoles(Collection<UUID> accounts) {
		if (accounts.isEmpty()) {
			return Map.of();
		}
		Map<UUID, String> roles = new HashMap<>();
		this.plans.goals(accounts).forEach((account, goal) -> roles.put(account, goal.roleCode()));
		return roles;
	}

	/**
	 * The goals of many learners with their pace, in a fixed number of queries whatever
	 * the number of learners (learners without a goal are absent).
	 * @param levels each learner's effective levels, as the caller read them in one query
	 */
	public Map<UUID, GoalStatus> goals(Collection<UUID> accounts, Map<UUID, Map<String, Integer>> levels) {
		Map<UUID, PlanRepository.Goal> goals = this.plans.goals(accounts);
		if (goals.isEmpty()) {
			return Map.of();
		}
		Map<UUID, LearningPlan> plans = this.plans.plans(goals.keySet());
		Map<UUID, GoalStatus> statuses = new HashMap<>();
		goals.forEach((account, goal) -> statuses.put(account, status(goal, levels.getOrDefault(account, Map.of()),
				plans.getOrDefault(account, new LearningPlan(List.of())))));
		return statuses;
	}

	/**
	 * Sets the learner's goal and publishes {@link GoalSet}.
	 * @throws DomainException 404 for an unknown role
	 */
	@Transactional
	public GoalStatus setGoal(UUID account, String roleCode, LocalDate targetDate) {
		this.roles.get(roleCode);
		if (targetDate.isBefore(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)))) {
			throw DomainException.invalid("targetDate", "plan.targetDate.past");
		}
		this.plans.saveGoal(account, roleCode, targetDate);
		PlanRepository.Goal goal = this.plans.findGoal(account).orElseThrow();
		this.events.publishEvent(new GoalSet(account, goal.roleCode(), goal.targetDate(), goal.setAt()));
		return status(account, goal);
	}

	@Transactional
	public void clearGoal(UUID account) {
		this.plans.deleteGoal(account);
	}

	public List<WeekHours> hoursPerWeek(UUID account) {
		return this.plans.hoursPerWeek(account);
	}

	private GoalStatus status(UUID account, PlanRepository.Goal goal) {
		return status(goal, this.levels.currentLevels(account), this.plans.plan(account));
	}

	private GoalStatus status(PlanRepository.Goal goal, Map<String, Integer> current, LearningPlan learningPlan) {
		List<PlanItem> plan = learningPlan.items();
		Set<String> done = learningPlan.done();
		RoleProfile profile = this.fits.profile(goal.roleCode());
		Recommender.LearningPath path = this.recommendations.path(profile, current, done);
		Map<String, BigDecimal> logged = plan.stream()
			.collect(Collectors.toMap(PlanItem::itemCode, PlanItem::hoursLogged));
		double remaining = path.steps()
			.stream()
			.mapToDouble((step) -> Math.max(0,
					step.item().hours() - logged.getOrDefault(step.item().code(), BigDecimal.ZERO).doubleValue()))
			.sum();
		double totalLogged = plan.stream().mapToDouble((i) -> i.hoursLogged().doubleValue()).sum();
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		Instant started = plan.stream().map(PlanItem::addedAt).min(Instant::compareTo).orElse(goal.setAt());
		Pace pace = Pace.of(totalLogged, LocalDate.ofInstant(started, ZoneOffset.UTC), today, remaining,
				goal.targetDate(), LocalDate.ofInstant(goal.setAt(), ZoneOffset.UTC));
		// the goal's role may have been retired since: it still reads, flagged
		double fit = FitCalculator.fit(profile, current).fit();
		return new GoalStatus(goal.roleCode(), goal.targetDate(), fit, pace, path.totalHours(), path.unclosed().size(),
				this.roles.isRetired(goal.roleCode()));
	}

	/**
	 * An item of a plan, retired or not: a plan keeps its retired items.
	 * @throws DomainException 404 when there is no such item
	 */
	private LearningItem planned(String itemCode) {
		return this.catalog.findIncludingRetired(itemCode)
			.orElseThrow(() -> DomainException.notFound("learning.item.notFound", itemCode));
	}

	private PlanItem get(UUID account, String itemCode) {
		return this.plans.find(account, itemCode).orElseThrow(() -> DomainException.notFound("plan.item.notFound"));
	}

	/** A skill a finished item may raise, from the current level to the proposed one. */
	public record ProposedLevel(String skillCode, int current, int proposed) {
	}

	/** A plan item after a change, and the levels to offer when it was finished. */
	public record Change(PlanItem item, List<ProposedLevel> proposedLevels) {
	}

	/**
	 * @param fit the current fit to the goal role
	 * @param pathHours the estimated hours of the whole path to the role from today's
	 * levels
	 * @param unclosedGaps how many gaps no catalog item closes
	 * @param roleRetired whether the role was removed from the reference data since
	 */
	public record GoalStatus(String roleCode, LocalDate targetDate, double fit, Pace pace, int pathHours,
			int unclosedGaps, boolean roleRetired) {
	}

}

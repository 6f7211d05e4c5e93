package dev.skillgap.teams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.learning.LearningItem;
import dev.skillgap.learning.Recommender;

/**
 * A team's training plan, a pure function of who measures against what, their levels and
 * the learning catalog.
 *
 * <p>
 * The weighted gap of a member is measured against a profile: their target role's profile
 * (see {@link TeamPlanning} for where the target role comes from), or, for a member
 * without one, the team's {@link #coverageProfile coverage profile} (each coverage target
 * as a requirement at its target level, weighted by the highest weight a role profile
 * gives the skill, 1 when none does). What an item closes for one member is what the
 * learning module's {@link Recommender} says it closes for them (its prerequisite met,
 * {@code weight × (min(to, target) − level)} per requirement, a group of alternatives
 * once); items the member already has in their plan (not dropped) or has done are left
 * out for them.
 *
 * <p>
 * An item's {@code weightedGapClosed} is the sum over the members it helps; its
 * {@code perHour} that sum divided by the item's hours. Items are ranked by
 * {@code perHour} (highest first), then by {@code weightedGapClosed}, then fewer hours,
 * then code. An item that helps {@value #GROUP_SESSION} or more members is a group
 * session: one session serves them all. Items that help nobody are left out.
 */
public final class TrainingPlanner {

	/** How many members an item must help to be run as a group session. */
	public static final int GROUP_SESSION = 2;

	/** The code of the profile built from the team's coverage targets. */
	public static final String COVERAGE_PROFILE = "team-coverage";

	private TrainingPlanner() {
	}

	/**
	 * The ranked plan.
	 * @param profiles what each member is measured against (members absent are skipped)
	 * @param levels each member's effective levels (absent: nothing assessed)
	 * @param excluded per member, item codes in their plan or done
	 * @param items the catalog's items
	 */
	public static List<PlannedItem> plan(Map<UUID, RoleProfile> profiles, Map<UUID, Map<String, Integer>> levels,
			Map<UUID, Set<String>> excluded, List<LearningItem> items) {
		Map<String, List<Helped>> helped = new LinkedHashMap<>();
		profiles.forEach((member, profile) -> {
			for (Recommender.Recommendation r : Recommender.recommend(profile, levels.getOrDefault(member, Map.of()),
					items, excluded.getOrDefault(member, Set.of()))) {
				List<String> skills = r.closes().stream().map(Recommender.Closure::skillCode).toList();
				helped.computeIfAbsent(r.item().code(), (k) -> new ArrayList<>())
					.add(new Helped(member, skills, r.weightedGapClosed()));
			}
		});
		List<PlannedItem> plan = new ArrayList<>();
		for (LearningItem item : items) {
			List<Helped> members = helped.get(item.code());
			if (members == null) {
				continue;
			}
			int closed = members.stream().mapToInt(Helped::closed).sum();
			plan.add(new PlannedItem(item, closed, (double) closed / item.hours(), List.copyOf(members),
					members.size() >= GROUP_SESSION));
		}
		plan.sort(Comparator.comparingDouble(PlannedItem::perHour)
			.reversed()
			.thenComparing(Comparator.comparingInt(PlannedItem::weightedGapClosed).reversed())
			.thenComparingInt((p) -> p.item().hours())
			.thenComparing((p) -> p.item().code()));
		return plan;
	}

	/**
	 * The team's coverage targets as a profile, for members without a target role: each
	 * target (asking at least one person) a requirement at its level, weighted by the
	 * highest weight any role profile gives the skill (1 when none requires it).
	 */
	public static RoleProfile coverageProfile(List<CoverageTarget> targets, Map<String, RoleProfile> profiles) {
		List<RoleProfile.Requirement> requirements = new ArrayList<>();
		for (CoverageTarget target : targets) {
			if (target.required() <= 0) {
				continue;
			}
			int weight = 1;
			for (RoleProfile profile : profiles.values()) {
				for (RoleProfile.Requirement requirement : profile.requirements()) {
					if (requirement.skillCode().equals(target.skillCode())) {
						weight = Math.max(weight, requirement.weight());
					}
				}
			}
			requirements.add(new RoleProfile.Requirement(target.skillCode(), target.targetLevel(), weight));
		}
		return new RoleProfile(COVERAGE_PROFILE, requirements);
	}

	/**
	 * One item of the plan.
	 *
	 * @param weightedGapClosed Σ over the members it helps of the weighted gap it closes
	 * for them
	 * @param perHour {@code weightedGapClosed / hours}
	 * @param members the members it helps, in the order the profiles were given
	 * @param groupSession whether it helps {@value #GROUP_SESSION} or more members
	 */
	public record PlannedItem(LearningItem item, int weightedGapClosed, double perHour, List<Helped> members,
			boolean groupSession) {
	}

	/**
	 * A member an item helps.
	 *
	 * @param skills the skills it raises toward their profile
	 * @param closed the weighted gap it closes for them
	 */
	public record Helped(UUID memberId, List<String> skills, int closed) {
	}

}

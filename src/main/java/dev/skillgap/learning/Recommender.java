package dev.skillgap.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.skillgap.gaps.RoleProfile;

/**
 * Turns the gaps to a role into learning items: a pure function of the role's
 * requirements, the person's levels and the catalog.
 *
 * <p>
 * An item <em>helps now</em> when, for a required skill, the person has reached the level
 * the item starts from ({@code current >= from}: an item that takes a skill from 3 to 4
 * comes after reaching 3) and has not reached the level it leads to, capped at the role's
 * target. What it closes is {@code weight × (min(to, target) − current)} per such skill;
 * items are ranked by that weighted gap closed per hour, then fewer hours, then code, so
 * ties always come out in the same order. An item that closes nothing is never
 * recommended.
 */
public final class Recommender {

	private static final Comparator<Recommendation> BEST_FIRST = Comparator.comparingDouble(Recommendation::score)
		.reversed()
		.thenComparingInt((r) -> r.item().hours())
		.thenComparing((r) -> r.item().code());

	private Recommender() {
	}

	/**
	 * The items that help now, best first.
	 * @param excluded item codes not to recommend (done, or already in the plan)
	 */
	public static List<Recommendation> recommend(RoleProfile role, Map<String, Integer> levels,
			List<LearningItem> items, Set<String> excluded) {
		Map<String, RoleProfile.Requirement> required = required(role);
		List<Recommendation> recommendations = new ArrayList<>();
		for (LearningItem item : items) {
			if (excluded.contains(item.code())) {
				continue;
			}
			Recommendation recommendation = evaluate(item, required, levels);
			if (recommendation != null) {
				recommendations.add(recommendation);
			}
		}
		recommendations.sort(BEST_FIRST);
		return recommendations;
	}

	/**
	 * A short ordered set of items that closes the role's gaps: repeatedly takes the best
	 * item that helps now and assumes it done (its skills reach the level it leads to,
	 * capped at the target), until no gap is left or no item helps. Greedy by weighted
	 * gap closed per hour, the standard approximation for this set-cover problem;
	 * {@link LearningPath#unclosed()} lists the gaps no item in the catalog can close.
	 */
	public static LearningPath path(RoleProfile role, Map<String, Integer> levels, List<LearningItem> items,
			Set<String> excluded) {
		Map<String, RoleProfile.Requirement> required = required(role);
		Map<String, List<LearningItem>> bySkill = new HashMap<>();
		for (LearningItem item : items) {
			if (excluded.contains(item.code())) {
				continue;
			}
			for (LearningItem.Raise raise : item.raises()) {
				if (required.containsKey(raise.skillCode())) {
					bySkill.computeIfAbsent(raise.skillCode(), (k) -> new ArrayList<>()).add(item);
				}
			}
		}
		Map<String, Integer> simulated = new HashMap<>(levels);
		// the current evaluation of every candidate that helps, best first; re-evaluated
		// only
		// for items that raise a skill whose simulated level just changed
		Map<String, Recommendation> evaluated = new HashMap<>();
		TreeSet<Recommendation> queue = new TreeSet<>(BEST_FIRST);
		Map<String, LearningItem> candidates = new HashMap<>();
		bySkill.values().forEach((list) -> list.forEach((item) -> candidates.putIfAbsent(item.code(), item)));
		for (LearningItem item : candidates.values()) {
			Recommendation r = evaluate(item, required, simulated);
			if (r != null) {
				evaluated.put(item.code(), r);
				queue.add(r);
			}
		}
		Set<String> taken = new HashSet<>();
		List<Recommendation> steps = new ArrayList<>();
		while (!queue.isEmpty()) {
			Recommendation best = queue.pollFirst();
			evaluated.remove(best.item().code());
			steps.add(best);
			taken.add(best.item().code());
			for (Closure closure : best.closes()) {
				simulated.put(closure.skillCode(), closure.to());
			}
			for (Closure closure : best.closes()) {
				for (LearningItem item : bySkill.getOrDefault(closure.skillCode(), List.of())) {
					if (taken.contains(item.code())) {
						continue;
					}
					Recommendation old = evaluated.remove(item.code());
					if (old != null) {
						queue.remove(old);
					}
					Recommendation r = evaluate(item, required, simulated);
					if (r != null) {
						evaluated.put(item.code(), r);
						queue.add(r);
					}
				}
			}
		}
		List<Closure> unclosed = new ArrayList<>();
		for (RoleProfile.Requirement requirement : role.requirements()) {
			int level = simulated.getOrDefault(requirement.skillCode(), 0);
			if (level < requirement.target()) {
				unclosed.add(new Closure(requirement.skillCode(), level, requirement.target(), requirement.weight()));
			}
		}
		return new LearningPath(List.copyOf(steps), steps.stream().mapToInt((s) -> s.item().hours()).sum(),
				List.copyOf(unclosed));
	}

	private static Recommendation evaluate(LearningItem item, Map<String, RoleProfile.Requirement> required,
			Map<String, Integer> levels) {
		List<Closure> closes = null;
		int closed = 0;
		for (LearningItem.Raise raise : item.raises()) {
			RoleProfile.Requirement requirement = required.get(raise.skillCode());
			if (requirement == null) {
				continue;
			}
			int current = levels.getOrDefault(raise.skillCode(), 0);
			int reach = Math.min(raise.to(), requirement.target());
			if (current >= raise.from() && current < reach) {
				if (closes == null) {
					closes = new ArrayList<>(item.raises().size());
				}
				closes.add(new Closure(raise.skillCode(), current, reach, requirement.weight()));
				closed += requirement.weight() * (reach - current);
			}
		}
		if (closes == null) {
			return null;
		}
		return new Recommendation(item, List.copyOf(closes), closed, (double) closed / item.hours());
	}

	private static Map<String, RoleProfile.Requirement> required(RoleProfile role) {
		Map<String, RoleProfile.Requirement> required = new HashMap<>();
		role.requirements().forEach((r) -> required.put(r.skillCode(), r));
		return required;
	}

	/**
	 * One recommended item.
	 *
	 * @param closes the gaps it closes, each from the current level to the level reached
	 * @param weightedGapClosed Σ weight × levels closed
	 * @param score weighted gap closed per hour
	 */
	public record Recommendation(LearningItem item, List<Closure> closes, int weightedGapClosed, double score) {
	}

	/** A gap on one skill closed (or left open) from one level to another. */
	public record Closure(String skillCode, int from, int to, int weight) {
	}

	/**
	 * @param steps the items in the order to take them
	 * @param totalHours their estimated hours added up
	 * @param unclosed gaps that no item in the catalog closes (from = level reached, to =
	 * target)
	 */
	public record LearningPath(List<Recommendation> steps, int totalHours, List<Closure> unclosed) {
	}

}

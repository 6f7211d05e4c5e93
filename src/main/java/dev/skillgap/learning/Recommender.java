package dev.skillgap.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.skillgap.gaps.RoleProfile;
import org.jspecify.annotations.Nullable;

/**
 * Turns the gaps to a role into learning items: a pure function of the role's
 * requirements, the person's levels, the catalog and the learner's {@link Preference}.
 *
 * <p>
 * An item <em>helps now</em> when, for a required skill, the person has reached the level
 * the item starts from ({@code current >= from}: its prerequisite; an item that takes a
 * skill from 3 to 4 comes after reaching 3) and it leads above the level the requirement
 * stands at, capped at the role's target. For a group of alternatives (Linux <em>or</em>
 * Windows server administration) the requirement stands at its best member's level, so
 * Windows training does not help a group Linux already meets, and helps only by going
 * above the Linux level. What it closes is {@code weight × (min(to, target) − level)} per
 * requirement (a group once). An item that closes nothing is never recommended.
 *
 * <p>
 * Ranking, best first:
 * <ol>
 * <li>with a preference other than balanced and fastest, the items that match it
 * (certification or exam; free; offered in Japanese) come first;</li>
 * <li>except when the learner wants the fastest progress, <em>fundamentals</em> come
 * next: items that close a core requirement (weight 3) from below level 2, the first
 * levels of what the role centres on;</li>
 * <li>then the score: weighted gap closed per hour, times 1.5 for a certification or exam
 * under the balanced preference (it is evidence others recognise);</li>
 * <li>then fewer hours, then code, so ties always come out in the same order.</li>
 * </ol>
 * Each recommendation says which of these placed it ({@link Why}).
 */
public final class Recommender {

	/** How much more a credential counts under the balanced preference. */
	static final double CREDENTIAL_BONUS = 1.5;

	private Recommender() {
	}

	/** Why an item stands where it does. */
	public enum Why {

		/** It closes a core requirement from below level 2. */
		FUNDAMENTALS,

		/** A certification or exam: evidence others recognise. */
		CREDENTIAL,

		/** It is free. */
		FREE,

		/** It is offered in Japanese. */
		JAPANESE,

		/** It builds on a level the learner has reached (it starts above 0). */
		PREREQUISITE_MET;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	static Comparator<Recommendation> order(Preference preference) {
		Comparator<Recommendation> order = Comparator.comparingInt((r) -> 0);
		if (preferred(preference) != null) {
			Why wanted = preferred(preference);
			order = order.thenComparing((r) -> !r.why().contains(wanted));
		}
		if (preference != Preference.FASTEST) {
			order = order.thenComparing((r) -> !r.why().contains(Why.FUNDAMENTALS));
		}
		return order.thenComparing(Comparator.comparingDouble(Recommendation::score).reversed())
			.thenComparingInt((r) -> r.item().hours())
			.thenComparing((r) -> r.item().code());
	}

	private static @Nullable Why preferred(Preference preference) {
		return switch (preference) {
			case CREDENTIAL -> Why.CREDENTIAL;
			case FREE -> Why.FREE;
			case JAPANESE -> Why.JAPANESE;
			default -> null;
		};
	}

	/** The items that help now, best first, for the balanced preference. */
	public static List<Recommendation> recommend(RoleProfile role, Map<String, Integer> levels,
			List<LearningItem> items, Set<String> excluded) {
		return recommend(role, levels, items, excluded, Preference.BALANCED);
	}

	/**
	 * The items that help now, best first.
	 * @param excluded item codes not to recommend (done, or already in the plan)
	 */
	public static List<Recommendation> recommend(RoleProfile role, Map<String, Integer> levels,
			List<LearningItem> items, Set<String> excluded, Preference preference) {
		Required required = new Required(role);
		List<Recommendation> recommendations = new ArrayList<>();
		for (LearningItem item : items) {
			if (excluded.contains(item.code())) {
				continue;
			}
			Recommendation recommendation = evaluate(item, required, levels, preference);
			if (recommendation != null) {
				recommendations.add(recommendation);
			}
		}
		recommendations.sort(order(preference));
		return recommendations;
	}

	/**
	 * {@link #path(RoleProfile, Map, List, Set, Preference)} for the balanced preference.
	 */
	public static LearningPath path(RoleProfile role, Map<String, Integer> levels, List<LearningItem> items,
			Set<String> excluded) {
		return path(role, levels, items, excluded, Preference.BALANCED);
	}

	/**
	 * A short ordered set of items that closes the role's gaps: repeatedly takes the best
	 * item that helps now (by the ranking above, so fundamentals come first) and assumes
	 * it done (its skills reach the level it leads to, capped at the target), until no
	 * gap is left or no item helps. Greedy, the standard approximation for this set-cover
	 * problem; {@link LearningPath#unclosed()} lists the gaps no item in the catalog can
	 * close (one per group of alternatives).
	 */
	public static LearningPath path(RoleProfile role, Map<String, Integer> levels, List<LearningItem> items,
			Set<String> excluded, Preference preference) {
		Required required = new Required(role);
		Map<String, List<LearningItem>> bySkill = new HashMap<>();
		for (LearningItem item : items) {
			if (excluded.contains(item.code())) {
				continue;
			}
			for (LearningItem.Raise raise : item.raises()) {
				if (required.bySkill.containsKey(raise.skillCode())) {
					bySkill.computeIfAbsent(raise.skillCode(), (k) -> new ArrayList<>()).add(item);
				}
			}
		}
		Map<String, Integer> simulated = new HashMap<>(levels);
		// the current evaluation of every candidate that helps, best first; re-evaluated
		// only for items that raise a skill (or a member of its group) whose simulated
		// level just changed
		Map<String, Recommendation> evaluated = new HashMap<>();
		TreeSet<Recommendation> queue = new TreeSet<>(order(preference));
		Map<String, LearningItem> candidates = new LinkedHashMap<>();
		bySkill.values().forEach((list) -> list.forEach((item) -> candidates.putIfAbsent(item.code(), item)));
		for (LearningItem item : candidates.values()) {
			Recommendation r = evaluate(item, required, simulated, preference);
			if (r != null) {
				evaluated.put(item.code(), r);
				queue.add(r);
			}
		}
		Set<String> taken = new HashSet<>();
		List<Recommendation> steps = new ArrayList<>();
		// per step, the levels of the skills it raised as they were before it
		List<Map<String, Integer>> before = new ArrayList<>();
		while (!queue.isEmpty()) {
			Recommendation best = queue.pollFirst();
			evaluated.remove(best.item().code());
			steps.add(best);
			before.add(levelsBefore(best, simulated));
			taken.add(best.item().code());
			Set<String> changed = new HashSet<>();
			for (Closure closure : best.closes()) {
				simulated.put(closure.skillCode(), closure.to());
				changed.addAll(required.membersWith(closure.skillCode()));
			}
			for (String skill : changed) {
				for (LearningItem item : bySkill.getOrDefault(skill, List.of())) {
					if (taken.contains(item.code())) {
						continue;
					}
					Recommendation old = evaluated.remove(item.code());
					if (old != null) {
						queue.remove(old);
					}
					Recommendation r = evaluate(item, required, simulated, preference);
					if (r != null) {
						evaluated.put(item.code(), r);
						queue.add(r);
					}
				}
			}
		}
		takeUpWhatLaterStepsUnlocked(steps, before, required, simulated, preference);
		List<Closure> unclosed = new ArrayList<>();
		Set<String> groupsSeen = new HashSet<>();
		for (RoleProfile.Requirement requirement : role.requirements()) {
			if (requirement.anyOf() != null && !groupsSeen.add(requirement.anyOf())) {
				continue;
			}
			String skill = required.bestMember(requirement, simulated);
			int level = simulated.getOrDefault(skill, 0);
			if (level < requirement.target()) {
				unclosed
					.add(new Closure(skill, level, requirement.target(), requirement.weight(), requirement.anyOf()));
			}
		}
		return new LearningPath(List.copyOf(steps), steps.stream().mapToInt((s) -> s.item().hours()).sum(),
				List.copyOf(unclosed));
	}

	private static Map<String, Integer> levelsBefore(Recommendation step, Map<String, Integer> levels) {
		Map<String, Integer> before = new HashMap<>();
		step.closes().forEach((c) -> before.put(c.skillCode(), levels.getOrDefault(c.skillCode(), 0)));
		return before;
	}

	private static String unit(Closure closure) {
		return (closure.anyOf() != null) ? closure.anyOf() : closure.skillCode();
	}

	/**
	 * The greedy takes an item once, for what it helps with at that point. A level a
	 * later step reaches may be the prerequisite of more of an item already taken (LinuC
	 * 2 taken for mail servers, then LinuC 1 brings virtualization to 1, from where LinuC
	 * 2 leads to 3): without this the gap would be listed as one no item closes. Such an
	 * item moves to just after the last step that raised what it now also closes, and
	 * closes that gap too, provided no step after it builds on what it closed (its other
	 * closures stay exactly as they were). Each move closes more, so this ends.
	 */
	private static void takeUpWhatLaterStepsUnlocked(List<Recommendation> steps, List<Map<String, Integer>> before,
			Required required, Map<String, Integer> simulated, Preference preference) {
		boolean moved = true;
		while (moved) {
			moved = false;
			for (int i = 0; i < steps.size() - 1 && !moved; i++) {
				Recommendation step = steps.get(i);
				Set<String> units = new HashSet<>();
				step.closes().forEach((c) -> units.add(unit(c)));
				boolean builtOn = steps.subList(i + 1, steps.size())
					.stream()
					.anyMatch((later) -> later.closes().stream().anyMatch((c) -> units.contains(unit(c))));
				if (builtOn) {
					continue;
				}
				Map<String, Integer> without = new HashMap<>(simulated);
				without.putAll(before.get(i));
				Recommendation again = evaluate(step.item(), required, without, preference);
				if (again == null || again.weightedGapClosed() <= step.weightedGapClosed()) {
					continue;
				}
				steps.remove(i);
				before.remove(i);
				// right after the last step that raised what it now also closes
				Set<String> reached = new HashSet<>();
				again.closes().forEach((c) -> reached.add(unit(c)));
				int at = 0;
				for (int j = 0; j < steps.size(); j++) {
					if (steps.get(j).closes().stream().anyMatch((c) -> reached.contains(unit(c)))) {
						at = j + 1;
					}
				}
				steps.add(at, again);
				before.add(at, levelsBefore(again, without));
				simulated.clear();
				simulated.putAll(without);
				again.closes().forEach((c) -> simulated.put(c.skillCode(), c.to()));
				moved = true;
			}
		}
	}

	private static @Nullable Recommendation evaluate(LearningItem item, Required required, Map<String, Integer> levels,
			Preference preference) {
		// per requirement (a group once): the closure that gains the most
		Map<String, Closure> best = null;
		boolean prerequisite = false;
		for (LearningItem.Raise raise : item.raises()) {
			RoleProfile.Requirement requirement = required.bySkill.get(raise.skillCode());
			if (requirement == null) {
				continue;
			}
			int current = levels.getOrDefault(raise.skillCode(), 0);
			int standing = required.level(requirement, levels);
			int reach = Math.min(raise.to(), requirement.target());
			if (current >= raise.from() && standing < reach) {
				if (best == null) {
					best = new LinkedHashMap<>();
				}
				String unit = (requirement.anyOf() != null) ? requirement.anyOf() : requirement.skillCode();
				Closure closure = new Closure(raise.skillCode(), standing, reach, requirement.weight(),
						requirement.anyOf());
				Closure other = best.get(unit);
				if (other == null || closure.to() > other.to()) {
					best.put(unit, closure);
				}
				prerequisite |= raise.from() > 0;
			}
		}
		if (best == null) {
			return null;
		}
		List<Closure> closes = List.copyOf(best.values());
		int closed = closes.stream().mapToInt((c) -> c.weight() * (c.to() - c.from())).sum();
		Set<Why> why = EnumSet.noneOf(Why.class);
		if (closes.stream().anyMatch((c) -> c.weight() >= 3 && c.from() < 2)) {
			why.add(Why.FUNDAMENTALS);
		}
		boolean credential = LevelJumps.ASSESSED.contains(item.kind());
		if (credential) {
			why.add(Why.CREDENTIAL);
		}
		if ("free".equals(item.cost())) {
			why.add(Why.FREE);
		}
		if (item.languages().contains("ja")) {
			why.add(Why.JAPANESE);
		}
		if (prerequisite) {
			why.add(Why.PREREQUISITE_MET);
		}
		double perHour = (double) closed / item.hours();
		double score = (credential && preference == Preference.BALANCED) ? perHour * CREDENTIAL_BONUS : perHour;
		return new Recommendation(item, closes, closed, score, Set.copyOf(why), preference);
	}

	/** The role's requirements by skill, and its groups of alternatives. */
	private static final class Required {

		final Map<String, RoleProfile.Requirement> bySkill = new HashMap<>();

		final Map<String, List<String>> groups = new HashMap<>();

		Required(RoleProfile role) {
			for (RoleProfile.Requirement r : role.requirements()) {
				this.bySkill.put(r.skillCode(), r);
				if (r.anyOf() != null) {
					this.groups.computeIfAbsent(r.anyOf(), (k) -> new ArrayList<>()).add(r.skillCode());
				}
			}
		}

		/** The level the requirement stands at: for a group, its best member's. */
		int level(RoleProfile.Requirement requirement, Map<String, Integer> levels) {
			return levels.getOrDefault(bestMember(requirement, levels), 0);
		}

		/** The member that counts: the highest level, the first of equals. */
		String bestMember(RoleProfile.Requirement requirement, Map<String, Integer> levels) {
			if (requirement.anyOf() == null) {
				return requirement.skillCode();
			}
			String best = null;
			int bestLevel = -1;
			for (String member : this.groups.get(requirement.anyOf())) {
				int level = levels.getOrDefault(member, 0);
				if (level > bestLevel) {
					best = member;
					bestLevel = level;
				}
			}
			return best;
		}

		/** The skill and, when it is in a group, the other members. */
		List<String> membersWith(String skill) {
			RoleProfile.Requirement requirement = this.bySkill.get(skill);
			if (requirement == null || requirement.anyOf() == null) {
				return List.of(skill);
			}
			return this.groups.get(requirement.anyOf());
		}

	}

	/**
	 * One recommended item.
	 *
	 * @param closes the gaps it closes, each from the level the requirement stands at to
	 * the level reached
	 * @param weightedGapClosed Σ weight × levels closed
	 * @param score weighted gap closed per hour (× {@value #CREDENTIAL_BONUS} for a
	 * credential under the balanced preference)
	 * @param why what placed it where it is
	 * @param preference the preference it was ranked for
	 */
	public record Recommendation(LearningItem item, List<Closure> closes, int weightedGapClosed, double score,
			Set<Why> why, Preference preference) {

		public Recommendation(LearningItem item, List<Closure> closes, int weightedGapClosed, double score) {
			this(item, closes, weightedGapClosed, score, Set.of(), Preference.BALANCED);
		}

	}

	/**
	 * A gap on one skill closed (or left open) from one level to another.
	 *
	 * @param anyOf the group of alternatives the requirement belongs to, or null
	 */
	public record Closure(String skillCode, int from, int to, int weight, @Nullable String anyOf) {

		public Closure(String skillCode, int from, int to, int weight) {
			this(skillCode, from, to, weight, null);
		}

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

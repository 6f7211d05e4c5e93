package dev.skillgap.gaps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gap and fit engine: a pure function of a role's requirements and a person's levels.
 *
 * <p>
 * Per requirement, {@code gap = max(0, target - current)}, where a skill the person never
 * assessed counts as level 0. The fit to a role is the weighted share of its target
 * levels that the person reaches:
 *
 * <pre>
 * fit = Σ weight × min(current, target)  /  Σ weight × target
 *     = 1 − Σ weight × gap / Σ weight × target
 * </pre>
 *
 * Why this formula: it is {@code 1 −} the weighted gap, normalised by the largest
 * possible weighted gap, so it reads as "how much of this role's profile you already
 * cover". A level on a core skill (weight 3) counts three times a level on a useful one
 * (weight 1), and a deep requirement (target 5) holds more levels than a shallow one, as
 * the article's contrast between the broad infrastructure role and the deep server role
 * needs. Levels above a target earn nothing, so strength in one skill cannot hide a gap
 * in another, and skills a role does not require are ignored. It follows that the fit is
 * 0 for a blank profile, 1 when every target is met, and never falls when a level rises
 * (each term {@code min(current, target)} is non-decreasing in {@code current}).
 *
 * <p>
 * Alternatives: requirements in one {@code anyOf} group (Linux <em>or</em> Windows server
 * administration, article l.27) count as a single requirement whose current level is the
 * best member's, {@code current(group) = max(current(member))}; the members share target
 * and weight. The best member (the first of equals) carries the group's gap; the others
 * are reported with gap 0 and {@code counted = false}. So a Linux-only server engineer
 * has no Windows gap, adding an alternative never lowers a fit, and every property above
 * holds with groups too.
 */
public final class FitCalculator {

	private FitCalculator() {
	}

	/** The fit of one person to one role, with the gap for every requirement in order. */
	public static RoleFit fit(RoleProfile role, Map<String, Integer> levels) {
		List<SkillGap> gaps = new ArrayList<>(role.requirements().size());
		Map<String, String> bestOfGroup = bestOfGroups(role, levels);
		long reached = 0;
		long total = 0;
		for (RoleProfile.Requirement requirement : role.requirements()) {
			int current = clamp(levels.getOrDefault(requirement.skillCode(), 0));
			int target = requirement.target();
			String group = requirement.anyOf();
			boolean counted = group == null || requirement.skillCode().equals(bestOfGroup.get(group));
			gaps.add(new SkillGap(requirement.skillCode(), current, target, counted ? Math.max(0, target - current) : 0,
					requirement.weight(), group, counted));
			if (counted) {
				reached += (long) requirement.weight() * Math.min(current, target);
				total += (long) requirement.weight() * target;
			}
		}
		double fit = (total == 0) ? 1.0 : (double) reached / total;
		return new RoleFit(role.code(), fit, List.copyOf(gaps));
	}

	/**
	 * The fit to every role, best first; ties keep the order in which the roles were
	 * given.
	 */
	public static List<RoleFit> rank(List<RoleProfile> roles, Map<String, Integer> levels) {
		return roles.stream()
			.map((role) -> fit(role, levels))
			.sorted(Comparator.comparingDouble(RoleFit::fit).reversed())
			.toList();
	}

	/**
	 * The member that counts in each group: the highest level, the first of equals in the
	 * role's order.
	 */
	private static Map<String, String> bestOfGroups(RoleProfile role, Map<String, Integer> levels) {
		Map<String, String> best = new HashMap<>();
		Map<String, Integer> bestLevel = new HashMap<>();
		for (RoleProfile.Requirement requirement : role.requirements()) {
			String group = requirement.anyOf();
			if (group == null) {
				continue;
			}
			int current = clamp(levels.getOrDefault(requirement.skillCode(), 0));
			Integer level = bestLevel.get(group);
			if (level == null || current > level) {
				best.put(group, requirement.skillCode());
				bestLevel.put(group, current);
			}
		}
		return best;
	}

	private static int clamp(int level) {
		return Math.max(0, Math.min(5, level));
	}

}

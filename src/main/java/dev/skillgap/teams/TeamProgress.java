package dev.skillgap.teams;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.gaps.FitCalculator;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.skills.LevelPoint;
import org.jspecify.annotations.Nullable;

/**
 * A team's progress week by week, a pure function of the members' level history.
 *
 * <p>
 * Each week (Monday to Sunday, UTC) reads the members' effective levels at its end (the
 * newest assessment made before the next Monday; for the current week, now): how many
 * coverage targets are met (at least {@code required} members at the target level or
 * above) out of how many there are, and the members' average fit to their target role
 * (the best fit over the role profiles for a member without one). It measures today's
 * members against today's targets all along, so a line going up means the people learned,
 * not that the targets or the roster changed.
 */
public final class TeamProgress {

	private TeamProgress() {
	}

	/** The Monday of the week that holds the instant (UTC). */
	public static LocalDate weekStart(Instant at) {
		LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
		return day.minusDays(day.getDayOfWeek().getValue() - 1L);
	}

	/**
	 * The first instant the history must reach back to for {@code weeks} weeks up to now.
	 */
	public static Instant since(Instant now, int weeks) {
		return weekStart(now).minusWeeks(weeks - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * The weeks, oldest first, the last one the current week.
	 * @param members each member with their target profile (null: best fit of
	 * {@code profiles})
	 * @param points the members' levels as {@code SkillLevels.historySince(members,
	 * since(now, weeks))} gives them, oldest first
	 */
	public static List<Week> weeks(Instant now, int weeks, Map<UUID, @Nullable RoleProfile> members,
			List<LevelPoint> points, List<CoverageTarget> targets, List<RoleProfile> profiles) {
		Map<UUID, Map<String, Integer>> levels = new HashMap<>();
		members.keySet().forEach((member) -> levels.put(member, new HashMap<>()));
		List<Week> result = new ArrayList<>();
		int next = 0;
		LocalDate first = weekStart(now).minusWeeks(weeks - 1L);
		for (int i = 0; i < weeks; i++) {
			LocalDate start = first.plusWeeks(i);
			boolean current = i == weeks - 1;
			Instant end = start.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
			while (next < points.size() && (current || points.get(next).at().isBefore(end))) {
				LevelPoint point = points.get(next++);
				Map<String, Integer> member = levels.get(point.accountId());
				if (member != null) {
					member.put(point.skillCode(), point.level());
				}
			}
			result.add(week(start, members, levels, targets, profiles));
		}
		return result;
	}

	/**
	 * The weeks from the one the team was created in: a week before the team existed has
	 * nothing to show (not 0 % of anything).
	 */
	public static List<Week> sinceCreated(List<Week> weeks, Instant created) {
		LocalDate first = weekStart(created);
		return weeks.stream().filter((week) -> !week.weekStart().isBefore(first)).toList();
	}

	private static Week week(LocalDate start, Map<UUID, @Nullable RoleProfile> members,
			Map<UUID, Map<String, Integer>> levels, List<CoverageTarget> targets, List<RoleProfile> profiles) {
		int met = targets.size() - HiringBrief.unmet(targets, levels).size();
		double fits = 0;
		for (Map.Entry<UUID, @Nullable RoleProfile> member : members.entrySet()) {
			Map<String, Integer> own = levels.get(member.getKey());
			RoleProfile profile = member.getValue();
			if (profile != null) {
				fits += FitCalculator.fit(profile, own).fit();
			}
			else {
				double best = 0;
				for (RoleProfile candidate : profiles) {
					best = Math.max(best, FitCalculator.fit(candidate, own).fit());
				}
				fits += best;
			}
		}
		double average = members.isEmpty() ? 0 : fits / members.size();
		return new Week(start, met, targets.size(), average);
	}

	/**
	 * @param weekStart its Monday
	 * @param coverageMet coverage targets met at its end
	 * @param averageFit the members' average fit at its end, 0..1
	 */
	public record Week(LocalDate weekStart, int coverageMet, int coverageTotal, double averageFit) {
	}

}

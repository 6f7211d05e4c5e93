package dev.skillgap.cycles;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import dev.skillgap.skills.EffectiveLevel;
import org.jspecify.annotations.Nullable;

/**
 * When each assessed skill of a person is due, a pure function of their levels and the
 * cycles that apply to them. A skill is covered by every cycle whose categories include
 * its category; the strictest (fewest months, then the earliest reminder) decides. A
 * level is due the cycle's months after the day (UTC) it was last assessed, confirmed
 * unchanged or validated; level 0 (not held) is never due.
 */
public final class DueDates {

	private DueDates() {
	}

	/**
	 * @param categoryOf the category of a skill code, null for a skill no longer offered
	 * (never due)
	 * @return the due skills, the earliest first (then by skill code)
	 */
	public static List<Due> of(UUID accountId, List<EffectiveLevel> levels, List<Cycle> cycles,
			Function<String, @Nullable String> categoryOf) {
		List<Due> due = new ArrayList<>();
		if (cycles.isEmpty()) {
			return due;
		}
		for (EffectiveLevel level : levels) {
			String category = categoryOf.apply(level.skillCode());
			if (level.level() <= 0 || category == null) {
				continue;
			}
			LocalDate updated = LocalDate.ofInstant(level.updatedAt(), ZoneOffset.UTC);
			Due strictest = null;
			for (Cycle cycle : cycles) {
				if (!cycle.covers(category)) {
					continue;
				}
				Due candidate = new Due(accountId, level.skillCode(), level.level(), level.updatedAt(),
						updated.plusMonths(cycle.months()), cycle.teamId(), cycle.remindDaysBefore(),
						cycle.leadAfterDays());
				if (strictest == null || candidate.dueOn().isBefore(strictest.dueOn())
						|| (candidate.dueOn().equals(strictest.dueOn())
								&& candidate.remindDaysBefore() > strictest.remindDaysBefore())) {
					strictest = candidate;
				}
			}
			if (strictest != null) {
				due.add(strictest);
			}
		}
		due.sort(Comparator.comparing(Due::dueOn).thenComparing(Due::skillCode));
		return due;
	}

}

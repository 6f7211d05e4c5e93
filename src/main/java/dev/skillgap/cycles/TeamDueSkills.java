package dev.skillgap.cycles;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.skillgap.teams.ReassessmentsDue;

import org.springframework.stereotype.Component;

/** What the team's due view lists, for the leads' requests to reassess. */
@Component
class TeamDueSkills implements ReassessmentsDue {

	private final ReassessmentCycles cycles;

	TeamDueSkills(ReassessmentCycles cycles) {
		this.cycles = cycles;
	}

	@Override
	public Map<UUID, Set<String>> dueIn(UUID teamId) {
		LocalDate today = this.cycles.today();
		Map<UUID, Set<String>> due = new LinkedHashMap<>();
		for (Due d : this.cycles.dueInTeam(teamId)) {
			if (d.dueSoon(today)) {
				due.computeIfAbsent(d.accountId(), (k) -> new TreeSet<>()).add(d.skillCode());
			}
		}
		return due;
	}

}

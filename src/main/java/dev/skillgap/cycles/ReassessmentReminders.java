package dev.skillgap.cycles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.platform.Job;
import dev.skillgap.platform.JobSchedule;
import dev.skillgap.skills.EffectiveLevel;
import dev.skillgap.skills.SkillLevels;
import dev.skillgap.teams.TeamMember;
import dev.skillgap.teams.TeamRoster;
import dev.skillgap.teams.TeamSummary;
import dev.skillgap.teams.Teams;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every day: for each person under a cycle, the skills that came within the reminder
 * window ({@code due}), went past their due date ({@code overdue}) or have been overdue
 * long enough for the leads ({@code lead}). Each (person, skill, due date, stage) is kept
 * in {@code reassessment_reminder} and the new ones of a person are published together as
 * one {@link ReassessmentReminder} per stage and due date, in the same transaction: a
 * reassessment, a confirmation or a validation moves the due date, which stops them; a
 * run repeated (on another instance, after a crash) sends nothing twice.
 */
@Component
class ReassessmentReminders implements Job {

	private final ReassessmentCycles cycles;

	private final SkillLevels levels;

	private final TeamRoster roster;

	private final Teams teams;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ReassessmentReminders(ReassessmentCycles cycles, SkillLevels levels, TeamRoster roster, Teams teams,
			JdbcClient jdbc, ApplicationEventPublisher events) {
		this.cycles = cycles;
		this.levels = levels;
		this.roster = roster;
		this.teams = teams;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String name() {
		return "reassessment-reminders";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.daily(LocalTime.of(5, 30));
	}

	@Override
	@Transactional
	public void run(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		Map<UUID, List<Cycle>> byAccount = new LinkedHashMap<>();
		for (Cycle cycle : this.cycles.all()) {
			List<UUID> people = (cycle.teamId() == null) ? this.levels.accountsWithLevels()
					: this.roster.active(cycle.teamId()).stream().map(TeamMember::accountId).toList();
			people.forEach((person) -> byAccount.computeIfAbsent(person, (k) -> new ArrayList<>()).add(cycle));
		}
		List<UUID> accounts = new ArrayList<>(byAccount.keySet());
		for (int from = 0; from < accounts.size(); from += 500) {
			List<UUID> chunk = accounts.subList(from, Math.min(accounts.size(), from + 500));
			Map<UUID, List<EffectiveLevel>> levels = this.cycles.levelsOf(chunk);
			for (UUID account : chunk) {
				remind(account, DueDates.of(account, levels.getOrDefault(account, List.of()), byAccount.get(account),
						this.cycles::categoryOf), today);
			}
		}
	}

	private void remind(UUID account, List<Due> dues, LocalDate today) {
		Map<Key, Set<String>> sent = new LinkedHashMap<>();
		for (Due due : dues) {
			if (!due.dueSoon(today)) {
				continue;
			}
			String stage = due.overdue(today) ? ReassessmentReminder.OVERDUE : ReassessmentReminder.DUE;
			if (record(account, due, stage)) {
				sent.computeIfAbsent(new Key(stage, due.dueOn(), due.teamId()), (k) -> new LinkedHashSet<>())
					.add(due.skillCode());
			}
			if (due.forLeads(today) && record(account, due, ReassessmentReminder.LEAD)) {
				sent.computeIfAbsent(new Key(ReassessmentReminder.LEAD, due.dueOn(), due.teamId()),
						(k) -> new LinkedHashSet<>())
					.add(due.skillCode());
			}
		}
		Map<UUID, List<UUID>> leadsByTeam = new HashMap<>();
		sent.forEach((key, skills) -> {
			if (!key.stage().equals(ReassessmentReminder.LEAD)) {
				this.events.publishEvent(new ReassessmentReminder(account, key.teamId(), key.stage(), key.dueOn(),
						List.copyOf(skills), List.of()));
				return;
			}
			List<UUID> teamIds = (key.teamId() != null) ? List.of(key.teamId())
					: this.teams.mine(account).stream().map(TeamSummary::id).toList();
			for (UUID teamId : teamIds) {
				List<UUID> leads = leadsByTeam.computeIfAbsent(teamId, this.roster::leads)
					.stream()
					.filter((lead) -> !Objects.equals(lead, account))
					.toList();
				this.events.publishEvent(new ReassessmentReminder(account, teamId, key.stage(), key.dueOn(),
						List.copyOf(skills), leads));
			}
		});
	}

	/** Keeps the reminder; false when it was sent before. */
	private boolean record(UUID account, Due due, String stage) {
		return this.jdbc.sql("""
				insert into reassessment_reminder (account_id, skill_code, due_on, stage)
				values (:account, :skill, :dueOn, :stage) on conflict do nothing
				""")
			.param("account", account)
			.param("skill", due.skillCode())
			.param("dueOn", due.dueOn())
			.param("stage", stage)
			.update() == 1;
	}

	private record Key(String stage, LocalDate dueOn, @Nullable UUID teamId) {
	}

}

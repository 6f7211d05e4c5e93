package dev.skillgap.teams;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.platform.Job;
import dev.skillgap.platform.JobSchedule;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour: the coverage of each team that set targets (a role mix or coverage targets:
 * the derived defaults alone are not watched), compared with what was last seen
 * ({@code team_coverage_state}); each skill that met its target or fell below it since is
 * published as {@link CoverageChanged}, in the transaction that records the new state, so
 * that a change is told once. The first look at a team (or a new skill) records the state
 * without telling anyone.
 */
@Component
class CoverageWatch implements Job {

	private final JdbcClient jdbc;

	private final TeamTargets targets;

	private final TeamSkills skills;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	CoverageWatch(JdbcClient jdbc, TeamTargets targets, TeamSkills skills, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.targets = targets;
		this.skills = skills;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	@Override
	public String name() {
		return "coverage-watch";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.every(Duration.ofHours(1));
	}

	@Override
	public void run(Instant now) {
		for (UUID teamId : this.jdbc.sql("select id from team order by id").query(UUID.class).list()) {
			this.transactions.executeWithoutResult((status) -> watch(teamId, now));
		}
	}

	/**
	 * Compares one team's coverage with what was last seen, and tells the changes (in the
	 * caller's transaction).
	 */
	void watch(UUID teamId, Instant now) {
		if (this.targets.explicitTargets(teamId).isEmpty() && this.targets.roleMix(teamId).isEmpty()) {
			return;
		}
		Map<String, Boolean> seen = new HashMap<>();
		this.jdbc.sql("select skill_code, met from team_coverage_state where team_id = :team")
			.param("team", teamId)
			.query((rs) -> {
				seen.put(rs.getString(1), rs.getBoolean(2));
			});
		List<Coverage.SkillCoverage> coverage = Coverage.of(this.targets.targets(teamId), this.skills.members(teamId));
		for (Coverage.SkillCoverage skill : coverage) {
			Boolean before = seen.get(skill.skillCode());
			if (before != null && before == skill.met()) {
				continue;
			}
			this.jdbc.sql("""
					insert into team_coverage_state (team_id, skill_code, met, holders, required)
					values (:team, :skill, :met, :holders, :required)
					on conflict (team_id, skill_code) do update set met = excluded.met, holders = excluded.holders,
					  required = excluded.required, changed_at = now()
					""")
				.param("team", teamId)
				.param("skill", skill.skillCode())
				.param("met", skill.met())
				.param("holders", skill.holders())
				.param("required", skill.required())
				.update();
			if (before != null) {
				this.events.publishEvent(new CoverageChanged(teamId, skill.skillCode(), skill.targetLevel(),
						skill.met(), skill.holders(), skill.required(), now));
			}
		}
	}

}

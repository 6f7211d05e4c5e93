package dev.skillgap.cycles;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.skillgap.platform.DomainException;
import dev.skillgap.skills.EffectiveLevel;
import dev.skillgap.skills.Skill;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.skills.SkillCategory;
import dev.skillgap.skills.SkillLevels;
import dev.skillgap.teams.TeamMember;
import dev.skillgap.teams.TeamRoster;
import dev.skillgap.teams.TeamSummary;
import dev.skillgap.teams.Teams;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reassessment cycles (a team's, the organisation's) and what they make due for whom.
 * The caller has checked that the person may change the cycle (a lead of the team, an
 * admin for the organisation).
 */
@Service
public class ReassessmentCycles {

	static final int MAX_MONTHS = 60;

	private static final String COLUMNS = "id, team_id, months, categories, remind_days_before, lead_after_days, "
			+ "updated_at";

	private final JdbcClient jdbc;

	private final SkillLevels levels;

	private final SkillCatalog skills;

	private final Teams teams;

	private final TeamRoster roster;

	private final Clock clock;

	ReassessmentCycles(JdbcClient jdbc, SkillLevels levels, SkillCatalog skills, Teams teams, TeamRoster roster,
			Clock clock) {
		this.jdbc = jdbc;
		this.levels = levels;
		this.skills = skills;
		this.teams = teams;
		this.roster = roster;
		this.clock = clock;
	}

	/** Today in UTC, by the application clock. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	/** A team's cycle ({@code teamId} null: the organisation's). */
	public Optional<Cycle> of(@Nullable UUID teamId) {
		return this.jdbc.sql("select " + COLUMNS + " from reassessment_cycle where team_id is not distinct from :team")
			.param("team", teamId)
			.query(ReassessmentCycles::map)
			.optional();
	}

	/** Every cycle there is. */
	List<Cycle> all() {
		return this.jdbc.sql("select " + COLUMNS + " from reassessment_cycle").query(ReassessmentCycles::map).list();
	}

	/**
	 * Sets a team's cycle ({@code teamId} null: the organisation's).
	 * @param remindDaysBefore null: {@link Cycle#DEFAULT_REMIND_DAYS_BEFORE}
	 * @param leadAfterDays null: {@link Cycle#DEFAULT_LEAD_AFTER_DAYS}
	 * @throws DomainException 400 naming the field: months outside 1-60, an unknown
	 * category, reminder days outside 0-90, lead days outside 0-365
	 */
	@Transactional
	public Cycle set(@Nullable UUID teamId, int months, List<String> categories, @Nullable Integer remindDaysBefore,
			@Nullable Integer leadAfterDays, UUID by) {
		if (months < 1 || months > MAX_MONTHS) {
			throw DomainException.invalid("months", "cycle.months", MAX_MONTHS);
		}
		Set<String> known = this.skills.categories().stream().map(SkillCategory::code).collect(Collectors.toSet());
		Set<String> chosen = new LinkedHashSet<>();
		for (int i = 0; i < categories.size(); i++) {
			if (!known.contains(categories.get(i))) {
				throw DomainException.invalid("categories[" + i + "]", "cycle.category", categories.get(i));
			}
			chosen.add(categories.get(i));
		}
		int remind = (remindDaysBefore != null) ? remindDaysBefore : Cycle.DEFAULT_REMIND_DAYS_BEFORE;
		if (remind < 0 || remind > 90) {
			throw DomainException.invalid("remindDaysBefore", "cycle.remindDaysBefore");
		}
		int lead = (leadAfterDays != null) ? leadAfterDays : Cycle.DEFAULT_LEAD_AFTER_DAYS;
		if (lead < 0 || lead > 365) {
			throw DomainException.invalid("leadAfterDays", "cycle.leadAfterDays");
		}
		String[] categoryArray = chosen.toArray(String[]::new);
		int updated = this.jdbc.sql("""
				update reassessment_cycle set months = :months, categories = :categories, remind_days_before = :remind,
				  lead_after_days = :lead, updated_by = :by, updated_at = now()
				where team_id is not distinct from :team
				""")
			.param("months", months)
			.param("categories", categoryArray)
			.param("remind", remind)
			.param("lead", lead)
			.param("by", by)
			.param("team", teamId)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						insert into reassessment_cycle (id, team_id, months, categories, remind_days_before, lead_after_days,
						  updated_by)
						values (:id, :team, :months, :categories, :remind, :lead, :by)
						on conflict do nothing
						""")
				.param("id", UUID.randomUUID())
				.param("team", teamId)
				.param("months", months)
				.param("categories", categoryArray)
				.param("remind", remind)
				.param("lead", lead)
				.param("by", by)
				.update();
		}
		return of(teamId).orElseThrow();
	}

	/** Ends a team's cycle ({@code teamId} null: the organisation's); none: no change. */
	@Transactional
	public void clear(@Nullable UUID teamId) {
		this.jdbc.sql("delete from reassessment_cycle where team_id is not distinct from :team")
			.param("team", teamId)
			.update();
	}

	/**
	 * What is due for a person under the organisation's cycle and those of the teams they
	 * are an active member of, the earliest first.
	 */
	public List<Due> dueFor(UUID accountId) {
		List<Cycle> cycles = new ArrayList<>();
		of(null).ifPresent(cycles::add);
		for (TeamSummary team : this.teams.mine(accountId)) {
			of(team.id()).ifPresent(cycles::add);
		}
		return DueDates.of(accountId, levelsOf(List.of(accountId)).getOrDefault(accountId, List.of()), cycles,
				this::categoryOf);
	}

	/**
	 * What is due for each active member of a team under the team's cycle and the
	 * organisation's, the earliest first.
	 */
	public List<Due> dueInTeam(UUID teamId) {
		List<Cycle> cycles = new ArrayList<>();
		of(null).ifPresent(cycles::add);
		of(teamId).ifPresent(cycles::add);
		List<UUID> members = this.roster.active(teamId).stream().map(TeamMember::accountId).toList();
		Map<UUID, List<EffectiveLevel>> levels = levelsOf(members);
		List<Due> due = new ArrayList<>();
		for (UUID member : members) {
			due.addAll(DueDates.of(member, levels.getOrDefault(member, List.of()), cycles, this::categoryOf));
		}
		due.sort(java.util.Comparator.comparing(Due::dueOn).thenComparing(Due::skillCode));
		return due;
	}

	Map<UUID, List<EffectiveLevel>> levelsOf(List<UUID> accountIds) {
		return this.levels.effectiveLevels(accountIds);
	}

	@Nullable String categoryOf(String skillCode) {
		return this.skills.find(skillCode).map(Skill::categoryCode).orElse(null);
	}

	private static Cycle map(ResultSet rs, int row) throws SQLException {
		Array categories = rs.getArray("categories");
		return new Cycle(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class), rs.getInt("months"),
				Arrays.asList((String[]) categories.getArray()), rs.getInt("remind_days_before"),
				rs.getInt("lead_after_days"), rs.getTimestamp("updated_at").toInstant());
	}

}

package dev.skillgap.skills;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's levels per skill. Setting a level appends to the history; nothing is updated
 * or lost. Every read is one SQL statement whatever the number of skills.
 */
@Service
public class SkillLevels {

	private static final String COLUMNS = "id, account_id, skill_code, level, source, evidence, evidence_url, "
			+ "assessed_by, learning_item_code, assessed_at, evidence_edited_at";

	private final JdbcClient jdbc;

	private final SkillCatalog catalog;

	private final ApplicationEventPublisher events;

	SkillLevels(JdbcClient jdbc, SkillCatalog catalog, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.events = events;
	}

	/**
	 * The learner's own assessment of a skill. At the level of their newest
	 * self-assessment it is an evidence edit: that entry's evidence changes (and
	 * {@code evidenceEditedAt} is set) instead of a second history entry at the same
	 * level, and no {@link SkillLevelRecorded} is published.
	 * @throws DomainException as {@link #record}
	 */
	@Transactional
	public SkillAssessment selfAssess(UUID accountId, String skillCode, int level, String evidence,
			String evidenceUrl) {
		return record(new AssessmentCommand(accountId, skillCode, level, AssessmentSource.SELF, evidence, evidenceUrl,
				accountId, null));
	}

	/**
	 * A level the learner confirmed after finishing a learning item.
	 * @throws DomainException as {@link #record}
	 */
	@Transactional
	public SkillAssessment fromLearningItem(UUID accountId, String skillCode, int level, String learningItemCode) {
		return record(new AssessmentCommand(accountId, skillCode, level, AssessmentSource.LEARNING_ITEM, null, null,
				accountId, learningItemCode));
	}

	/**
	 * A level another person (a mentor) validated, kept beside the self-assessment. The
	 * caller has checked that {@code validatedBy} may do so.
	 * @throws DomainException as {@link #record}
	 */
	@Transactional
	public SkillAssessment validated(UUID accountId, String skillCode, int level, String note, UUID validatedBy) {
		return record(new AssessmentCommand(accountId, skillCode, level, AssessmentSource.MENTOR, note, null,
				validatedBy, null));
	}

	/**
	 * Records a new level and publishes {@link SkillLevelRecorded} in the same
	 * transaction.
	 * @throws DomainException 404 for an unknown skill, 400 for a level outside 0-5 or an
	 * evidence link that is not an http(s) URL
	 */
	@Transactional
	SkillAssessment record(AssessmentCommand command) {
		if (!this.catalog.exists(command.skillCode())) {
			throw DomainException.notFound("skill.notFound", command.skillCode());
		}
		if (!ScaleLevel.isValid(command.level())) {
			throw DomainException.invalid("level", "skill.level.outOfRange");
		}
		String evidenceUrl = blankToNull(command.evidenceUrl());
		if (evidenceUrl != null && !isWebLink(evidenceUrl)) {
			throw DomainException.invalid("evidenceUrl", "skill.evidenceUrl.invalid");
		}
		if (command.source() == AssessmentSource.SELF) {
			SkillAssessment latest = latest(command.accountId(), command.skillCode());
			if (latest != null && latest.source() == AssessmentSource.SELF && latest.level() == command.level()) {
				return editEvidence(latest, blankToNull(command.evidence()), evidenceUrl);
			}
		}
		SkillAssessment recorded = this.jdbc.sql("""
				insert into skill_assessment (account_id, skill_code, level, source, evidence, evidence_url,
				  assessed_by, learning_item_code)
				values (:account, :skill, :level, :source, :evidence, :evidenceUrl, :assessedBy, :item)
				returning\s""" + COLUMNS)
			.param("account", command.accountId())
			.param("skill", command.skillCode())
			.param("level", command.level())
			.param("source", command.source().code())
			.param("evidence", blankToNull(command.evidence()))
			.param("evidenceUrl", evidenceUrl)
			.param("assessedBy", command.assessedBy())
			.param("item", command.learningItemCode())
			.query(SkillLevels::map)
			.single();
		this.events.publishEvent(SkillLevelRecorded.of(recorded));
		return recorded;
	}

	private SkillAssessment latest(UUID accountId, String skillCode) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from skill_assessment where account_id = :account and skill_code = :skill
				order by assessed_at desc, id desc limit 1
				""")
			.param("account", accountId)
			.param("skill", skillCode)
			.query(SkillLevels::map)
			.optional()
			.orElse(null);
	}

	private SkillAssessment editEvidence(SkillAssessment latest, String evidence, String evidenceUrl) {
		if (java.util.Objects.equals(latest.evidence(), evidence)
				&& java.util.Objects.equals(latest.evidenceUrl(), evidenceUrl)) {
			return latest;
		}
		return this.jdbc.sql("""
				update skill_assessment set evidence = :evidence, evidence_url = :evidenceUrl,
				  evidence_edited_at = clock_timestamp()
				where id = :id returning\s""" + COLUMNS)
			.param("id", latest.id())
			.param("evidence", evidence)
			.param("evidenceUrl", evidenceUrl)
			.query(SkillLevels::map)
			.single();
	}

	/**
	 * The person confirms that their level of a skill is unchanged (a reassessment that
	 * changes nothing): the newest assessment of the skill is marked confirmed now, which
	 * counts as an update (the assessment is no longer stale or due for reassessment);
	 * the history gets no new entry.
	 * @return the confirmed assessment
	 * @throws DomainException 404 for a skill the person never assessed
	 */
	@Transactional
	public SkillAssessment confirm(UUID accountId, String skillCode) {
		return this.jdbc.sql("""
				update skill_assessment set confirmed_at = clock_timestamp()
				where id = (select id from skill_assessment where account_id = :account and skill_code = :skill
				            order by assessed_at desc, id desc limit 1)
				returning\s""" + COLUMNS)
			.param("account", accountId)
			.param("skill", skillCode)
			.query(SkillLevels::map)
			.optional()
			.orElseThrow(() -> DomainException.notFound("skill.notAssessed", skillCode));
	}

	/** The newest assessment per skill (skills never assessed are absent). */
	public List<SkillAssessment> current(UUID accountId) {
		return this.jdbc.sql("select distinct on (skill_code) " + COLUMNS + """
				 from skill_assessment where account_id = :account
				order by skill_code, assessed_at desc, id desc
				""").param("account", accountId).query(SkillLevels::map).list();
	}

	/**
	 * Where the person stands on each assessed skill (own level, validation, effective
	 * level), in one query; skills never assessed are absent.
	 */
	public List<SkillStanding> standings(UUID accountId) {
		Map<String, SkillAssessment[]> bySkill = new java.util.TreeMap<>();
		this.jdbc.sql("select distinct on (skill_code, source = 'mentor') " + COLUMNS + """
				 from skill_assessment where account_id = :account
				order by skill_code, source = 'mentor', assessed_at desc, id desc
				""").param("account", accountId).query(SkillLevels::map).list().forEach((assessment) -> {
			SkillAssessment[] pair = bySkill.computeIfAbsent(assessment.skillCode(), (code) -> new SkillAssessment[2]);
			pair[(assessment.source() == AssessmentSource.MENTOR) ? 1 : 0] = assessment;
		});
		return bySkill.entrySet()
			.stream()
			.map((entry) -> new SkillStanding(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
	}

	/**
	 * The effective level per skill code (skills never assessed are absent, i.e. level
	 * 0): the newest assessment, which is a mentor's validation when one is newer than
	 * the person's own latest assessment, otherwise their own. (skills never assessed are
	 * absent, i.e. level 0).
	 */
	public Map<String, Integer> currentLevels(UUID accountId) {
		Map<String, Integer> levels = new HashMap<>();
		this.jdbc.sql("""
				select distinct on (skill_code) skill_code, level from skill_assessment where account_id = :account
				order by skill_code, assessed_at desc, id desc
				""").param("account", accountId).query((rs) -> {
			levels.put(rs.getString("skill_code"), rs.getInt("level"));
		});
		return levels;
	}

	/**
	 * The effective levels of many people in one query (people with no assessment are
	 * absent).
	 */
	public Map<UUID, Map<String, Integer>> currentLevels(java.util.Collection<UUID> accountIds) {
		Map<UUID, Map<String, Integer>> levels = new HashMap<>();
		this.jdbc.sql("""
				select distinct on (account_id, skill_code) account_id, skill_code, level from skill_assessment
				where account_id = any(:accounts) order by account_id, skill_code, assessed_at desc, id desc
				""").param("accounts", accountIds.toArray(UUID[]::new)).query((rs) -> {
			levels.computeIfAbsent(rs.getObject("account_id", UUID.class), (k) -> new HashMap<>())
				.put(rs.getString("skill_code"), rs.getInt("level"));
		});
		return levels;
	}

	/**
	 * The effective level of every skill of many people, with whether it is validated and
	 * when it was last updated, in one query (a team of 10,000 reads as one statement;
	 * people with no assessment are absent, skills in each list by code).
	 */
	public Map<UUID, List<EffectiveLevel>> effectiveLevels(java.util.Collection<UUID> accountIds) {
		Map<UUID, List<EffectiveLevel>> levels = new HashMap<>();
		if (accountIds.isEmpty()) {
			return levels;
		}
		this.jdbc.sql("""
				select distinct on (account_id, skill_code) account_id, skill_code, level, source = 'mentor',
				  greatest(assessed_at, coalesce(evidence_edited_at, assessed_at), coalesce(confirmed_at, assessed_at))
				from skill_assessment where account_id = any(:accounts)
				order by account_id, skill_code, assessed_at desc, id desc
				""").param("accounts", accountIds.toArray(UUID[]::new)).query((rs) -> {
			levels.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new java.util.ArrayList<>())
				.add(new EffectiveLevel(rs.getString(2), rs.getInt(3), rs.getBoolean(4),
						rs.getTimestamp(5).toInstant()));
		});
		return levels;
	}

	/** Everyone who has assessed some skill above level 0 (one query). */
	public List<UUID> accountsWithLevels() {
		return this.jdbc.sql("select distinct account_id from skill_assessment where level > 0")
			.query(UUID.class)
			.list();
	}

	/**
	 * How many skills each person assessed themself but never had validated, in one
	 * query.
	 */
	public Map<UUID, Integer> neverValidatedCounts(java.util.Collection<UUID> accountIds) {
		Map<UUID, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select account_id, count(*) from (
				  select account_id, skill_code from skill_assessment where account_id = any(:accounts)
				  group by account_id, skill_code having bool_and(source <> 'mentor')) never
				group by account_id
				""").param("accounts", accountIds.toArray(UUID[]::new)).query((rs) -> {
			counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
		});
		return counts;
	}

	/**
	 * Every validation {@code validatedBy} made of one of {@code accountIds}, each with
	 * the person's own latest level before it (validations of a skill never self-assessed
	 * are left out), in one query.
	 */
	public List<CalibrationPoint> calibrationBy(UUID validatedBy, java.util.Collection<UUID> accountIds) {
		return calibration("v.assessed_by = :who and v.account_id = any(:accounts)", validatedBy, accountIds);
	}

	/** Every validation of the person's levels, by anyone, oldest first (one query). */
	public List<CalibrationPoint> calibrationOf(UUID accountId) {
		return calibration("v.account_id = :who", accountId, List.of());
	}

	private List<CalibrationPoint> calibration(String where, UUID who, java.util.Collection<UUID> accountIds) {
		return this.jdbc.sql("""
				select v.account_id, v.skill_code, own.level as self_level, v.level, v.assessed_by, v.assessed_at
				from skill_assessment v
				join lateral (select s.level from skill_assessment s
				  where s.account_id = v.account_id and s.skill_code = v.skill_code and s.source <> 'mentor'
				    and (s.assessed_at, s.id) < (v.assessed_at, v.id)
				  order by s.assessed_at desc, s.id desc limit 1) own on true
				where v.source = 'mentor' and v.assessed_by is not null and\s""" + where + """
				 order by v.assessed_at, v.id
				""")
			.param("who", who)
			.param("accounts", accountIds.toArray(UUID[]::new))
			.query((rs, row) -> new CalibrationPoint(rs.getObject("account_id", UUID.class), rs.getString("skill_code"),
					rs.getInt("self_level"), rs.getInt("level"), rs.getObject("assessed_by", UUID.class),
					rs.getTimestamp("assessed_at").toInstant()))
			.list();
	}

	/**
	 * The levels of many people from a moment on, in one query, oldest first: for each
	 * person and skill the newest assessment made before {@code since} (the level they
	 * stood at then, dated when it was made), then every assessment made since. Replaying
	 * the points in order gives each person's effective levels at any time from
	 * {@code since} on.
	 */
	public List<LevelPoint> historySince(java.util.Collection<UUID> accountIds, java.time.Instant since) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select account_id, skill_code, level, assessed_at from (
				  (select distinct on (account_id, skill_code) account_id, skill_code, level, assessed_at, id
				   from skill_assessment where account_id = any(:accounts) and assessed_at < :since
				   order by account_id, skill_code, assessed_at desc, id desc)
				  union all
				  (select account_id, skill_code, level, assessed_at, id from skill_assessment
				   where account_id = any(:accounts) and assessed_at >= :since)) points
				order by assessed_at, id
				""")
			.param("accounts", accountIds.toArray(UUID[]::new))
			.param("since", java.sql.Timestamp.from(since))
			.query((rs, row) -> new LevelPoint(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/** Every assessment, oldest first. */
	public List<SkillAssessment> history(UUID accountId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from skill_assessment where account_id = :account"
					+ " order by assessed_at, id")
			.param("account", accountId)
			.query(SkillLevels::map)
			.list();
	}

	/** Every assessment of one skill, newest first. */
	public List<SkillAssessment> history(UUID accountId, String skillCode) {
		// a retired skill's history still reads
		if (!this.catalog.isKnown(skillCode)) {
			throw DomainException.notFound("skill.notFound", skillCode);
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from skill_assessment where account_id = :account and skill_code = :skill"
					+ " order by assessed_at desc, id desc")
			.param("account", accountId)
			.param("skill", skillCode)
			.query(SkillLevels::map)
			.list();
	}

	private static boolean isWebLink(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static SkillAssessment map(ResultSet rs, int row) throws SQLException {
		return new SkillAssessment(rs.getLong("id"), rs.getObject("account_id", UUID.class), rs.getString("skill_code"),
				rs.getInt("level"), AssessmentSource.of(rs.getString("source")), rs.getString("evidence"),
				rs.getString("evidence_url"), rs.getObject("assessed_by", UUID.class),
				rs.getString("learning_item_code"), rs.getTimestamp("assessed_at").toInstant(),
				(rs.getTimestamp("evidence_edited_at") != null) ? rs.getTimestamp("evidence_edited_at").toInstant()
						: null);
	}

}

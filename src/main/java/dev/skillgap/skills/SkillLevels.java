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

	/** The newest assessment per skill (skills never assessed are absent). */
	public List<SkillAssessment> current(UUID accountId) {
		return this.jdbc.sql("select distinct on (skill_code) " + COLUMNS + """
				 from skill_assessment where account_id = :account
				order by skill_code, assessed_at desc, id desc
				""").param("account", accountId).query(SkillLevels::map).list();
	}

	/**
	 * The current level per skill code (skills never assessed are absent, i.e. level 0).
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

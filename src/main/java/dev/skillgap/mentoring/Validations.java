package dev.skillgap.mentoring;

import java.util.Map;
import java.util.UUID;

import dev.skillgap.access.AuditAction;
import dev.skillgap.access.AuditTrail;
import dev.skillgap.access.Subject;
import dev.skillgap.platform.LocalizedText;
import dev.skillgap.skills.SkillAssessment;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.skills.SkillLevels;
import dev.skillgap.skills.SkillStanding;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A mentor confirms or adjusts a mentee's level for a skill, with a note. The validation
 * is appended to the mentee's history (source {@code mentor}) beside their
 * self-assessment and, being newer, becomes the effective level until the mentee assesses
 * themself again.
 */
@Service
public class Validations {

	private final SkillLevels levels;

	private final ReviewRequests requests;

	private final AuditTrail audit;

	private final SkillCatalog skills;

	Validations(SkillLevels levels, ReviewRequests requests, AuditTrail audit, SkillCatalog skills) {
		this.skills = skills;
		this.levels = levels;
		this.requests = requests;
		this.audit = audit;
	}

	/**
	 * @param mentee resolved by the access policy for the mentor (an active mentorship)
	 */
	@Transactional
	public SkillAssessment validate(Subject mentee, String skillCode, int level, @Nullable String note) {
		UUID mentor = mentee.viewerId();
		Integer claimed = this.levels.standings(mentee.id())
			.stream()
			.filter((s) -> s.skillCode().equals(skillCode) && s.own() != null)
			.map(SkillStanding::own)
			.map(SkillAssessment::level)
			.findFirst()
			.orElse(null);
		SkillAssessment validation = this.levels.validated(mentee.id(), skillCode, level, note, mentor);
		LocalizedText name = this.skills.name(skillCode);
		this.audit.record(mentee.id(), mentor, AuditAction.LEVEL_VALIDATED,
				Map.of("skillCode", skillCode, "name_en", name.en(), "name_ja", name.ja(), "level",
						Integer.toString(level), "selfLevel", (claimed == null) ? "-" : claimed.toString()));
		this.requests.validated(mentor, mentee.id(), skillCode);
		return validation;
	}

}

package dev.skillgap.skills;

import org.jspecify.annotations.Nullable;

/**
 * Where a person stands on one skill: their own newest level (self-assessed or confirmed
 * after a learning item), the newest level a mentor validated, and the effective level
 * that gap, fit, recommendations and career steps use.
 *
 * @param own the person's newest own assessment, if any
 * @param validation the newest mentor validation, if any (even if a newer self-assessment
 * has superseded it: see {@link #validationCurrent()})
 */
public record SkillStanding(String skillCode, @Nullable SkillAssessment own, @Nullable SkillAssessment validation) {

	/**
	 * The validated level when a validation is newer than the latest self-assessment of
	 * the skill, otherwise the self-assessed level.
	 */
	public int effectiveLevel() {
		if (validationCurrent()) {
			return this.validation.level();
		}
		return (this.own != null) ? this.own.level() : 0;
	}

	/**
	 * Whether the validation is newer than the person's own latest assessment (a
	 * self-assessment made after a validation is "not yet validated").
	 */
	public boolean validationCurrent() {
		return this.validation != null && (this.own == null || this.validation.isNewerThan(this.own));
	}

	/** The newest assessment of either kind. */
	public SkillAssessment latest() {
		if (this.own == null) {
			return this.validation;
		}
		return validationCurrent() ? this.validation : this.own;
	}

}

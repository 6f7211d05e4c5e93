/**
 * The skill taxonomy (reference data) and each person's assessed levels with their
 * history. Other modules read it through {@link dev.skillgap.skills.SkillCatalog} and
 * {@link dev.skillgap.skills.SkillLevels}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Skills",
		allowedDependencies = { "access", "identity", "platform" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.skills;

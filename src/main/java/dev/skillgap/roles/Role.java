package dev.skillgap.roles;

import java.util.List;
import java.util.Map;

import dev.skillgap.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A role skill profile.
 *
 * @param articleLines the lines of the source article the profile is drawn from
 * @param nextRoles the career steps the article names from this role
 * @param postingDuties duty phrases that signal this role in a job posting, per language
 */
public record Role(String code, LocalizedText name, LocalizedText summary, String articleLines,
		List<Requirement> requirements, List<String> nextRoles, Map<String, List<String>> postingDuties) {

	/**
	 * One skill the role needs.
	 *
	 * @param targetLevel the level the role expects, 1-5
	 * @param weight how much it matters: 1 useful, 2 important, 3 core
	 * @param rationale why, citing the article's line numbers
	 * @param anyOf the group of alternatives the requirement belongs to (the code of its
	 * first member; the best member counts), or null for a requirement of its own
	 */
	public record Requirement(String skillCode, int targetLevel, int weight, LocalizedText rationale,
			@Nullable String anyOf) {

		/** A requirement of its own. */
		public Requirement(String skillCode, int targetLevel, int weight, LocalizedText rationale) {
			this(skillCode, targetLevel, weight, rationale, null);
		}

	}

	/** The other members of a requirement's group, in the role's order. */
	public List<String> alternativesTo(Requirement requirement) {
		if (requirement.anyOf() == null) {
			return List.of();
		}
		return this.requirements.stream()
			.filter((r) -> requirement.anyOf().equals(r.anyOf()) && !r.skillCode().equals(requirement.skillCode()))
			.map(Requirement::skillCode)
			.toList();
	}

}

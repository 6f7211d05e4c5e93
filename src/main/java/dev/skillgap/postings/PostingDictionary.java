package dev.skillgap.postings;

import java.util.List;

/**
 * What the analyser matches a posting against: the term dictionary per skill and, per
 * role, its duty phrases and requirements. Built from the reference data by
 * {@link PostingAnalysisService}; plain data, so the analyser stays a pure function.
 */
record PostingDictionary(List<SkillTerms> skills, List<RoleSignals> roles) {

	/**
	 * @param terms the skill's terms in both languages
	 */
	record SkillTerms(String skillCode, String category, List<String> terms) {
	}

	/**
	 * @param names the role's names in both languages (a posting's title may name them)
	 */
	record RoleSignals(String roleCode, List<String> names, List<String> duties, List<Requirement> requirements) {
	}

	record Requirement(String skillCode, int target, int weight) {
	}

}

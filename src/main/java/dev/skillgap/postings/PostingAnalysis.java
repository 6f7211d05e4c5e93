package dev.skillgap.postings;

import java.util.List;

/**
 * What a job posting asks for and which role it describes, as read by the posting
 * analyser.
 *
 * @param language {@code ja} or {@code en}, whichever the posting is mostly written in
 * @param skills the skills it asks for, in order of first mention
 * @param roles every role with its score, best first
 * @param segments the original text cut into pieces, each matched piece tagged with its
 * skill, for highlighting (the text is never interpreted as markup)
 */
public record PostingAnalysis(String language, List<FoundSkill> skills, List<RoleScore> roles, List<Segment> segments) {

	/** Where a term of a skill was found: the original text between start and end. */
	public record Mention(String term, int start, int end, Section section) {
	}

	/**
	 * A level read from the posting, and the words it was read from.
	 *
	 * @param fromYears whether it was read from stated years of experience (which decide
	 * over the kind of work named)
	 */
	public record LevelEvidence(int level, String evidence, boolean fromYears) {
	}

	/**
	 * A skill the posting asks for.
	 *
	 * @param section the strongest section it appears in
	 * @param level the level the posting states, if it states one
	 * @param target the level used for the gap: the stated level, else 3 when required or
	 * in the duties, 2 otherwise
	 * @param weight 3 required, 2 duties or technologies, 1 otherwise
	 */
	public record FoundSkill(String skillCode, List<Mention> mentions, Section section, LevelEvidence level, int target,
			int weight) {
	}

	/**
	 * How well the posting matches a role: the average of the three signals of the
	 * article (l.84-98), each with the words that triggered it.
	 *
	 * @param duties what the duties say: the role's duty phrases and cues found there,
	 * and breadth
	 * @param technologies the technologies named anywhere, against the technologies of
	 * the role
	 * @param skillSet the capabilities asked for in the whole posting (whole-system
	 * operation versus server performance and incident response, l.95), against the
	 * role's
	 * @param dutyPhrases the role's duty phrases and cue words found in the duties
	 * @param breadth the domains of the IT foundation the duties cover, when breadth
	 * counted for this role (else empty)
	 * @param technologyTerms the words of the technologies that count for the role
	 * @param skillSetTerms the words of the skill set that count for the role
	 */
	public record RoleScore(String roleCode, double score, double duties, double technologies, double skillSet,
			List<String> dutyPhrases, List<String> breadth, List<String> technologyTerms, List<String> skillSetTerms) {
	}

	/** A piece of the original text, tagged with the skill it matched (or null). */
	public record Segment(String text, String skillCode) {
	}

}

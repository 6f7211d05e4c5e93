package dev.skillgap.postings;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a job posting asks for and which role it describes, as read by the posting
 * analyser.
 *
 * @param language {@code ja} or {@code en}, whichever the posting is mostly written in
 * @param skills the skills it asks for, in order of first mention
 * @param roles every role with its probability, best first (empty when the posting is too
 * short to judge)
 * @param segments the original text cut into pieces, each matched piece tagged with its
 * skill, for highlighting (the text is never interpreted as markup)
 */
public record PostingAnalysis(String language, List<FoundSkill> skills, List<RoleScore> roles, List<Segment> segments,
		Judgement judgement) {

	/**
	 * What the analysis dares to say.
	 *
	 * @param tooShort too little text to judge: the skills are shown, no role
	 * @param confidence the top role's probability (0 when too short)
	 * @param mixedWith the second role when the posting mixes the top two, else null
	 */
	public record Judgement(boolean tooShort, double confidence, @Nullable String mixedWith) {
	}

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
	 * How well the posting matches a role: its probability under the learned model (or
	 * the average of the article's three signals where there is no model), the three
	 * signals of the article (l.84-98) with the words that triggered them, and the
	 * features that pushed the answer toward the role.
	 *
	 * @param score what the roles are ranked by: the probability
	 * @param probability the role's share of the distribution over the roles (they sum to
	 * 1)
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
	 * @param drivers the features that pushed the model toward the role, strongest first
	 */
	public record RoleScore(String roleCode, double score, double probability, double duties, double technologies,
			double skillSet, List<String> dutyPhrases, List<String> breadth, List<String> technologyTerms,
			List<String> skillSetTerms, List<Driver> drivers) {

		RoleScore withProbability(double probability, List<Driver> drivers) {
			return new RoleScore(this.roleCode, probability, probability, this.duties, this.technologies, this.skillSet,
					this.dutyPhrases, this.breadth, this.technologyTerms, this.skillSetTerms, drivers);
		}

	}

	/**
	 * A feature that pushed the model toward a role.
	 *
	 * @param kind {@code duties}, {@code technologies}, {@code skillSet}, {@code cues},
	 * {@code title} (the role's own signals), {@code skill} (a skill asked for),
	 * {@code cue} (a skill-set cue group of the article) or {@code breadth}
	 * @param code the skill or cue group, for those kinds
	 * @param contribution what it added to the role's log-odds
	 */
	public record Driver(String kind, @Nullable String code, double contribution) {
	}

	/** A piece of the original text, tagged with the skill it matched (or null). */
	public record Segment(String text, String skillCode) {
	}

}

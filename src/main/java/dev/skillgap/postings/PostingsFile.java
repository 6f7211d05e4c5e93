package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape of {@code db/reference/postings.yaml}: the words and marks the analyser reads
 * a posting by (section headings, duty phrases, role cues, skill-set cues, breadth, level
 * cues, phrase splitting, normalisation). Plain data: the words are normalised by
 * {@link PostingAnalyzer} when it is built.
 */
record PostingsFile(Normalization normalization, Headings headings, List<RoleDuties> duties, List<RoleCues> roleCues,
		List<SkillSetCues> skillSetCues, Breadth breadth, Scoring scoring, Phrases phrases, Levels levels,
		List<RoleCues> roleTitles, Judgement judgement, List<String> technologyCategories,
		List<String> skillSetSkills) {

	/** The words of a title that name a role, besides its names; empty for none. */
	List<String> titlesOf(String roleCode) {
		return this.roleTitles.stream()
			.filter((titles) -> titles.role().equals(roleCode))
			.findFirst()
			.map(RoleCues::words)
			.orElse(List.of());
	}

	/**
	 * When a posting is too short to judge.
	 *
	 * @param minCharacters the fewest characters (outside the company and benefit parts)
	 * by language
	 * @param minSkills the fewest skills named
	 */
	record Judgement(Map<String, Integer> minCharacters, int minSkills) {
	}

	/** The cues of a role, in both languages; empty for a role without cues. */
	List<String> cuesOf(String roleCode) {
		return this.roleCues.stream()
			.filter((cues) -> cues.role().equals(roleCode))
			.findFirst()
			.map(RoleCues::words)
			.orElse(List.of());
	}

	/** The duty phrases this file adds to a role, in both languages. */
	List<String> dutiesOf(String roleCode) {
		return this.duties.stream()
			.filter((duties) -> duties.role().equals(roleCode))
			.flatMap((duties) -> duties.words().stream())
			.toList();
	}

	/**
	 * @param ignoredCharacters characters dropped from normalised text
	 */
	record Normalization(List<String> ignoredCharacters) {
	}

	/**
	 * @param maxLength the longest line that may be a heading
	 * @param unmarkedMaxLength the longest line that is a heading without a mark
	 * @param inlineMaxLength the longest heading followed by its content on the same line
	 * @param openingMarks a line starting with one of these may be a heading
	 * @param closingMarks a line ending with one of these may be a heading
	 * @param inlineSeparators what separates an inline heading from its content
	 * @param decorations stripped from both ends of a line before it is read
	 * @param bullets a line starting with one is a heading only when it ends with a
	 * closing mark
	 * @param sections the words of each section's headings, tried in this order
	 */
	record Headings(int maxLength, int unmarkedMaxLength, int inlineMaxLength, List<String> openingMarks,
			List<String> closingMarks, List<String> inlineSeparators, List<String> decorations, List<String> bullets,
			List<SectionWords> sections) {
	}

	/**
	 * @param section the section's code ({@link Section#code()})
	 */
	record SectionWords(String section, List<String> ja, List<String> en) {

		Section kind() {
			for (Section kind : Section.values()) {
				if (kind.code().equals(this.section)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("Unknown posting section '" + this.section + "'");
		}

		List<String> words() {
			return both(this.ja, this.en);
		}

	}

	record RoleDuties(String role, List<String> ja, List<String> en) {

		List<String> words() {
			return both(this.ja, this.en);
		}

	}

	record RoleCues(String role, List<String> ja, List<String> en) {

		List<String> words() {
			return both(this.ja, this.en);
		}

	}

	/**
	 * A dimension of the skill set (article l.94-98).
	 *
	 * @param roles how much each role's profile has of it (like weight × target)
	 */
	record SkillSetCues(String name, Map<String, Integer> roles, List<String> ja, List<String> en) {

		List<String> words() {
			return both(this.ja, this.en);
		}

	}

	/**
	 * @param role the role breadth points to
	 * @param from the number of covered domains from which each adds the bonus
	 * @param bonus what each covered domain adds to the role's duty raw score
	 * @param maxShare no breadth when one domain has more than this share of the mentions
	 * in the duties
	 * @param skillSetCue the skill-set cue group each covered domain from {@code from}
	 * counts for as well
	 */
	record Breadth(String role, int from, double bonus, double maxShare, String skillSetCue, List<Domain> domains) {
	}

	record Domain(String name, List<String> categories) {
	}

	/**
	 * @param dutySaturation the duty raw score that gives the full duty signal
	 * @param cueWeight what each role cue in the duties adds
	 * @param cueCap the most the cues add
	 * @param technologyMass the total emphasis of the technologies named from which the
	 * technology signal counts in full
	 */
	record Scoring(double dutySaturation, double technologyMass, double cueWeight, double cueCap) {
	}

	/**
	 * @param separators characters between the words of a duty phrase (besides white
	 * space)
	 * @param particles Japanese particles between two words
	 * @param stopWords short words left out
	 * @param genericWords words that say what is done, not to what
	 */
	record Phrases(List<String> separators, List<String> particles, List<String> stopWords, List<String> genericWords) {
	}

	/**
	 * @param preferredMax the highest level a preferred line asks for
	 * @param rangeMarks what joins the two numbers of a range of years (3〜5年, 3-5 years)
	 * @param yearLevels the level from a number of years, by the lowest number of years
	 * that gives it
	 */
	record Levels(int preferredMax, Years years, Years months, List<String> rangeMarks, List<YearLevel> yearLevels,
			List<LevelCues> cues) {

		/** The level a number of years of experience gives, or 0 below the first. */
		int levelOfYears(int years) {
			int level = 0;
			for (YearLevel step : this.yearLevels) {
				if (years >= step.from()) {
					level = Math.max(level, step.level());
				}
			}
			return level;
		}

	}

	/**
	 * What may follow a number: Japanese suffixes right after it, English ones after an
	 * optional "+".
	 */
	record Years(List<String> ja, List<String> en) {
	}

	record YearLevel(int from, int level) {
	}

	record LevelCues(int level, List<String> words) {
	}

	private static List<String> both(List<String> ja, List<String> en) {
		List<String> words = new ArrayList<>(ja);
		words.addAll(en);
		return List.copyOf(words);
	}

}

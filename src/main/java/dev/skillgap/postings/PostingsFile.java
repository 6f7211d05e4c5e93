package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The shape of {@code db/reference/postings.yaml}: the words and marks the analyser reads
 * a posting by (section headings, role cues, level cues, phrase splitting,
 * normalisation).
 */
record PostingsFile(Normalization normalization, Headings headings, List<RoleCues> roleCues, Phrases phrases,
		Levels levels, List<String> technologyCategories) {

	/** The cues of a role, in both languages; empty for a role without cues. */
	List<String> cuesOf(String roleCode) {
		return this.roleCues.stream()
			.filter((cues) -> cues.role().equals(roleCode))
			.findFirst()
			.map(RoleCues::words)
			.orElse(List.of());
	}

	/**
	 * @param ignoredCharacters characters dropped from normalised text
	 */
	record Normalization(List<String> ignoredCharacters) {
	}

	/**
	 * @param maxLength the longest line that may be a heading
	 * @param unmarkedMaxLength the longest line that is a heading without a mark
	 * @param openingMarks a line starting with one of these may be a heading
	 * @param closingMarks a line ending with one of these may be a heading
	 * @param headingEnd what follows it on the line is not part of the heading
	 * @param sections the words of each section's headings, tried in this order
	 */
	record Headings(int maxLength, int unmarkedMaxLength, List<String> openingMarks, List<String> closingMarks,
			String headingEnd, List<SectionWords> sections) {

		/**
		 * The section a heading line opens, or null when the line is not a heading. A
		 * heading is a short line, often bracketed (【業務内容】, ■必須スキル) or ending in a colon.
		 */
		Section sectionOf(String normalizedLine) {
			String line = normalizedLine.strip();
			if (line.isEmpty() || line.length() > this.maxLength) {
				return null;
			}
			boolean marked = this.openingMarks.stream().anyMatch(line::startsWith)
					|| this.closingMarks.stream().anyMatch(line::endsWith) || line.length() <= this.unmarkedMaxLength;
			if (!marked) {
				return null;
			}
			String head = line.toLowerCase(Locale.ROOT);
			int end = head.indexOf(this.headingEnd);
			if (end > 0) {
				head = head.substring(0, end);
			}
			else if (head.indexOf(':') > 0 && head.indexOf(':') < head.length() - 1 && !line.endsWith(":")) {
				head = head.substring(0, head.indexOf(':'));
			}
			for (SectionWords section : this.sections) {
				if (section.words().stream().anyMatch(head::contains)) {
					return section.kind();
				}
			}
			return null;
		}

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

	record RoleCues(String role, List<String> ja, List<String> en) {

		List<String> words() {
			return both(this.ja, this.en);
		}

	}

	/**
	 * @param separators characters between the words of a duty phrase (besides white
	 * space)
	 * @param particles Japanese particles between two words
	 * @param stopWords short words left out
	 */
	record Phrases(List<String> separators, List<String> particles, List<String> stopWords) {
	}

	record Levels(Years years, List<LevelCues> cues) {
	}

	/**
	 * What may follow a number of years: Japanese suffixes right after it, English ones
	 * after an optional "+".
	 */
	record Years(List<String> ja, List<String> en) {
	}

	record LevelCues(int level, List<String> words) {
	}

	private static List<String> both(List<String> ja, List<String> en) {
		List<String> words = new ArrayList<>(ja);
		words.addAll(en);
		return List.copyOf(words);
	}

}

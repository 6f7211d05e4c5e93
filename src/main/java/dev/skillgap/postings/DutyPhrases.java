package dev.skillgap.postings;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a role's duty phrase is matched on a line of the duties: the whole phrase, or its
 * words in any order (split by {@code phrases} of {@code db/reference/postings.yaml}:
 * separators, Japanese particles, where Latin letters meet Japanese; short stop words
 * left out, English words stemmed). A phrase counts only where the line has its object, a
 * word that is not generic (設計・構築 alone is not cloud work).
 */
final class DutyPhrases {

	private static final String WORD_CHAR = "[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}a-z0-9]";

	private static final String CJK = "[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]";

	private final TextNormalizer normalizer;

	private final Pattern separators;

	/** Short words left out when a duty phrase is matched by its words. */
	private final Set<String> stopWords;

	/** Words that say what is done, not to what. */
	private final Set<String> genericWords;

	DutyPhrases(PostingsFile.Phrases rules, TextNormalizer normalizer) {
		this.normalizer = normalizer;
		this.separators = separators(rules);
		this.stopWords = Set.copyOf(rules.stopWords().stream().map(normalizer::term).toList());
		this.genericWords = Set.copyOf(rules.genericWords().stream().map(normalizer::term).map(Words::stem).toList());
	}

	/**
	 * White space and the separator characters; a particle between two words (kanji,
	 * katakana, latin letters or digits); or where latin letters meet Japanese.
	 */
	private Pattern separators(PostingsFile.Phrases rules) {
		StringBuilder separators = new StringBuilder();
		for (String separator : rules.separators()) {
			if (separator.codePointCount(0, separator.length()) != 1) {
				throw new IllegalArgumentException("A phrase separator is one character: '" + separator + "'");
			}
			char c = separator.charAt(0);
			boolean asciiPunctuation = c < 128 && !Character.isLetterOrDigit(c);
			separators.append(asciiPunctuation ? "\\" : "").append(separator);
		}
		return Pattern.compile("[\\s" + separators + "]+|(?<=" + WORD_CHAR + ")(?:"
				+ Words.alternatives(rules.particles().stream().map(this.normalizer::term).toList()) + ")(?="
				+ WORD_CHAR + ")|(?<=[a-z0-9])(?=" + CJK + ")|(?<=" + CJK + ")(?=[a-z0-9])");
	}

	Phrase phrase(String original) {
		String normalized = this.normalizer.term(original);
		List<String> words = this.separators.splitAsStream(normalized)
			.filter((w) -> w.length() >= 2 && !this.stopWords.contains(w))
			.map(Words::stem)
			.distinct()
			.toList();
		List<String> objects = words.stream().filter((w) -> !this.genericWords.contains(w)).toList();
		return new Phrase(original, normalized, words, objects);
	}

	/**
	 * 1 when the (normalised) line contains the phrase, or all its words (in any order);
	 * 0.5 when it contains the phrase's objects (its words that are not generic, such as
	 * 設計 or build) and at least two thirds of its words; 0 otherwise. A phrase of generic
	 * words only, or of one word, matches only as a whole.
	 */
	static double match(String line, Phrase phrase) {
		if (line.contains(phrase.normalized())) {
			return 1;
		}
		if (phrase.words().size() < 2 || phrase.objects().isEmpty()) {
			return 0;
		}
		if (!phrase.objects().stream().allMatch((w) -> Words.containsWord(line, w))) {
			return 0;
		}
		long present = phrase.words().stream().filter((w) -> Words.containsWord(line, w)).count();
		if (present == phrase.words().size()) {
			return 1;
		}
		return (present * 3 >= phrase.words().size() * 2L) ? 0.5 : 0;
	}

	/**
	 * Whether the phrase may match a line of the text: the text has the whole phrase, or
	 * all its objects (one pass over the text per word, before the lines are tried).
	 */
	static boolean mayMatch(String text, Phrase phrase) {
		if (text.contains(phrase.normalized())) {
			return true;
		}
		if (phrase.words().size() < 2 || phrase.objects().isEmpty()) {
			return false;
		}
		for (String object : phrase.objects()) {
			if (!Words.containsWord(text, object)) {
				return false;
			}
		}
		return true;
	}

	/** A duty phrase, its words (stemmed) and those of them that are not generic. */
	record Phrase(String original, String normalized, List<String> words, List<String> objects) {
	}

}

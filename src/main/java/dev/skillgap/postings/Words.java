package dev.skillgap.postings;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How words are found in normalised posting text: Latin words on word boundaries,
 * Japanese anywhere (Japanese has no spaces). Every search here is one pass over the text
 * per word, so reading a posting stays linear in its length.
 */
final class Words {

	private Words() {
	}

	/** A Latin letter or digit of normalised (lower-case) text. */
	static boolean isWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	/**
	 * Whether a match of {@code term} at {@code start..end} of {@code text} is on word
	 * boundaries where the term starts or ends with a Latin letter or digit.
	 */
	static boolean onBoundary(String text, int start, int end, String term) {
		boolean latinStart = isWordChar(term.charAt(0));
		boolean latinEnd = isWordChar(term.charAt(term.length() - 1));
		if (latinStart && start > 0 && isWordChar(text.charAt(start - 1))) {
			return false;
		}
		return !(latinEnd && end < text.length() && isWordChar(text.charAt(end)));
	}

	/** A Latin word at the start of a word (its stem may go on); Japanese anywhere. */
	static boolean containsWord(String text, String word) {
		if (!isWordChar(word.charAt(0))) {
			return text.contains(word);
		}
		int from = 0;
		while ((from = text.indexOf(word, from)) >= 0) {
			if (from == 0 || !isWordChar(text.charAt(from - 1))) {
				return true;
			}
			from++;
		}
		return false;
	}

	/**
	 * How often {@code word} occurs in {@code text} on word boundaries (Latin ends only).
	 */
	static int count(String text, String word) {
		if (word.isEmpty()) {
			return 0;
		}
		int count = 0;
		int from = 0;
		while ((from = text.indexOf(word, from)) >= 0) {
			if (onBoundary(text, from, from + word.length(), word)) {
				count++;
			}
			from += word.length();
		}
		return count;
	}

	/**
	 * A light English stem (so that server matches servers, operate operations): common
	 * suffixes dropped from Latin words of five letters or more. Japanese words are kept.
	 */
	static String stem(String word) {
		if (word.length() < 5 || !word.chars().allMatch((c) -> (c >= 'a' && c <= 'z'))) {
			return word;
		}
		for (String suffix : List.of("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "es", "s",
				"ed", "e")) {
			if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
	}

	/** A regular expression of the words, longest first, each quoted. */
	static String alternatives(List<String> words) {
		return String.join("|",
				words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
	}

}

package dev.skillgap.postings;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Normalises text for matching while remembering where each normalised character came
 * from, so that matches can be shown on the original text. Unicode NFKC (full-width ＡＷＳ
 * becomes AWS, half-width ｻｰﾊﾞ becomes サーバ), lower case, and some characters dropped: the
 * ones {@code db/reference/postings.yaml} lists, such as the katakana long-vowel mark (so
 * サーバ and サーバー match each other).
 */
final class TextNormalizer {

	private final String ignored;

	/**
	 * @param ignoredCharacters characters dropped after normalisation
	 */
	TextNormalizer(List<String> ignoredCharacters) {
		this.ignored = String.join("", ignoredCharacters);
	}

	Normalized normalize(String text) {
		StringBuilder out = new StringBuilder(text.length());
		int[] origins = new int[text.length() + 16];
		int i = 0;
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			int next = i + Character.charCount(cp);
			// keep combining marks with their base (half-width ﾊﾞ composes to バ only
			// together)
			while (next < text.length() && isCombining(text.codePointAt(next))) {
				next += Character.charCount(text.codePointAt(next));
			}
			String piece = Normalizer.normalize(text.substring(i, next), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
			for (int k = 0; k < piece.length(); k++) {
				char c = piece.charAt(k);
				if (this.ignored.indexOf(c) >= 0) {
					continue;
				}
				if (out.length() >= origins.length - 1) {
					origins = Arrays.copyOf(origins, origins.length * 2);
				}
				origins[out.length()] = i;
				out.append(c);
			}
			i = next;
		}
		origins[out.length()] = text.length();
		return new Normalized(out.toString(), Arrays.copyOf(origins, out.length() + 1));
	}

	private static boolean isCombining(int cp) {
		int type = Character.getType(cp);
		return cp == 0xFF9E || cp == 0xFF9F || type == Character.NON_SPACING_MARK
				|| type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
	}

	/** A term normalised the same way as text. */
	String term(String term) {
		return normalize(term.strip()).text();
	}

	/**
	 * @param text the normalised text
	 * @param origins for each index of {@code text} (and its end), the index in the
	 * original
	 */
	record Normalized(String text, int[] origins) {

		int originalStart(int index) {
			return this.origins[index];
		}

		/**
		 * The original index just after a match that ends (exclusive) at
		 * {@code endIndex}.
		 */
		int originalEnd(int endIndex) {
			return this.origins[endIndex];
		}

	}

}

package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognises the headings that open a section of a posting, by the rules and words of
 * {@code db/reference/postings.yaml} (headings), normalised like the text they are
 * matched in. A heading is either a line of its own (【業務内容】, ## Requirements, What you'll
 * do?) or a heading followed by its content ({@code Requirements: 3+ years}, 業務内容：…,
 * 【必須】Linux): in both cases the line and the lines after it belong to the section.
 */
final class SectionHeadings {

	private final PostingsFile.Headings rules;

	private final List<String> openingMarks;

	private final List<String> closingMarks;

	private final List<String> inlineSeparators;

	private final String decorations;

	private final List<String> bullets;

	private final List<SectionWords> sections;

	SectionHeadings(PostingsFile.Headings rules, TextNormalizer normalizer) {
		this.rules = rules;
		this.openingMarks = normalized(rules.openingMarks(), normalizer);
		this.closingMarks = normalized(rules.closingMarks(), normalizer);
		this.inlineSeparators = normalized(rules.inlineSeparators(), normalizer);
		this.decorations = String.join("", normalized(rules.decorations(), normalizer));
		this.bullets = normalized(rules.bullets(), normalizer);
		List<SectionWords> sections = new ArrayList<>();
		for (PostingsFile.SectionWords section : rules.sections()) {
			sections.add(new SectionWords(section.kind(), normalized(section.words(), normalizer)));
		}
		this.sections = List.copyOf(sections);
	}

	private static List<String> normalized(List<String> words, TextNormalizer normalizer) {
		return words.stream().map(normalizer::term).filter((w) -> !w.isEmpty()).distinct().toList();
	}

	/**
	 * The section a (normalised) line opens, or null when the line is not a heading.
	 */
	Section sectionOf(String normalizedLine) {
		Heading heading = headingOf(normalizedLine);
		return (heading != null) ? heading.section() : null;
	}

	/**
	 * A heading and whether its content follows on the same line.
	 */
	record Heading(Section section, boolean inline) {
	}

	/**
	 * The heading a (normalised) line is, or null when it is none.
	 */
	Heading headingOf(String normalizedLine) {
		String line = normalizedLine.strip();
		if (line.isEmpty()) {
			return null;
		}
		// a bullet starts a list item; a mark on both ends (**Benefits**) decorates a
		// heading
		boolean bullet = this.bullets.stream().anyMatch(line::startsWith)
				&& this.openingMarks.stream().noneMatch(line::startsWith)
				&& line.charAt(line.length() - 1) != line.charAt(0);
		boolean opening = this.openingMarks.stream().anyMatch(line::startsWith);
		boolean closing = this.closingMarks.stream().anyMatch(line::endsWith);
		String head = strip(line);
		if (head.isEmpty()) {
			return null;
		}
		// a heading followed by its content (【必須】Linux, Requirements: 3+ years) is read
		// by the heading part alone
		if (!bullet) {
			String body = stripStart(line);
			int at = firstSeparator(body);
			if (at > 0 && at <= this.rules.inlineMaxLength() && !strip(body.substring(at + 1)).isEmpty()) {
				Section section = sectionOfWords(strip(body.substring(0, at)));
				return (section != null) ? new Heading(section, true) : null;
			}
		}
		// a heading on a line of its own
		if (line.length() <= this.rules.maxLength()
				&& (bullet ? closing : (opening || closing || head.length() <= this.rules.unmarkedMaxLength()))) {
			Section section = sectionOfWords(head);
			return (section != null) ? new Heading(section, false) : null;
		}
		return null;
	}

	/**
	 * Whether a (normalised) line is marked as a heading of its own (【…】, ■…, a short
	 * line ending in a colon), whatever its words: an unknown heading after the company
	 * part ends that part.
	 */
	boolean isMarkedHeading(String normalizedLine) {
		String line = normalizedLine.strip();
		if (line.isEmpty() || line.length() > this.rules.inlineMaxLength()) {
			return false;
		}
		boolean bullet = this.bullets.stream().anyMatch(line::startsWith)
				&& this.openingMarks.stream().noneMatch(line::startsWith);
		return !bullet && (this.openingMarks.stream().anyMatch(line::startsWith)
				|| this.closingMarks.stream().anyMatch(line::endsWith));
	}

	private int firstSeparator(String line) {
		int first = -1;
		for (String separator : this.inlineSeparators) {
			int at = line.indexOf(separator);
			if (at > 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	private Section sectionOfWords(String head) {
		for (SectionWords section : this.sections) {
			for (String word : section.words()) {
				// "=word": the whole heading is that word
				if (word.startsWith("=") ? head.equals(word.substring(1)) : containsWord(head, word)) {
					return section.kind();
				}
			}
		}
		return null;
	}

	/**
	 * Japanese words anywhere; a word that starts or ends in a Latin letter on its
	 * boundary.
	 */
	private static boolean containsWord(String text, String word) {
		int from = 0;
		while ((from = text.indexOf(word, from)) >= 0) {
			int end = from + word.length();
			boolean start = !isLatin(word.charAt(0)) || from == 0 || !isLatin(text.charAt(from - 1));
			boolean finish = !isLatin(word.charAt(word.length() - 1)) || end == text.length()
					|| !isLatin(text.charAt(end));
			if (start && finish) {
				return true;
			}
			from++;
		}
		return false;
	}

	private static boolean isLatin(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	private String strip(String line) {
		String s = stripStart(line);
		int end = s.length();
		while (end > 0 && (this.decorations.indexOf(s.charAt(end - 1)) >= 0 || isClosing(s.charAt(end - 1))
				|| Character.isWhitespace(s.charAt(end - 1)))) {
			end--;
		}
		return s.substring(0, end);
	}

	private String stripStart(String line) {
		int start = 0;
		while (start < line.length() && (this.decorations.indexOf(line.charAt(start)) >= 0
				|| this.bullets.contains(String.valueOf(line.charAt(start)))
				|| Character.isWhitespace(line.charAt(start)))) {
			start++;
		}
		return line.substring(start);
	}

	private boolean isClosing(char c) {
		return this.closingMarks.contains(String.valueOf(c));
	}

	private record SectionWords(Section kind, List<String> words) {
	}

}

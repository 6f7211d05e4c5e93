package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 1 of reading a posting: its lines, each in the section of the last heading at or
 * before it ({@link SectionHeadings}; a heading followed by its content on the same line
 * counts for that line too). A marked heading of no known section after the company or
 * benefits part ends that part (what follows is read as the introduction).
 * <p>
 * No heading swallows a posting: a heading opens a section only when what follows looks
 * like that section. A company, location or benefits label followed by its value on the
 * same line ({@code Organization: …}, {@code Location: Tokyo}, 勤務地：東京都) is that line
 * only; and a company or benefits part whose lines name several skills, a large share of
 * those the whole posting names, is not one ({@link #settle}): it is read as the
 * introduction.
 */
final class SectionReader {

	private final SectionHeadings headings;

	SectionReader(SectionHeadings headings) {
		this.headings = headings;
	}

	/** The lines of normalised text, in order; one pass over the text. */
	List<PostingLine> read(String norm) {
		List<PostingLine> lines = new ArrayList<>();
		Section section = Section.INTRO;
		int start = 0;
		while (start <= norm.length()) {
			int end = norm.indexOf('\n', start);
			if (end < 0) {
				end = norm.length();
			}
			String line = norm.substring(start, end);
			SectionHeadings.Heading heading = this.headings.headingOf(line);
			Section own = null;
			if (heading != null && heading.inline() && heading.section() == Section.OTHER) {
				// "Location: Tokyo" labels its own line only
				own = Section.OTHER;
			}
			else if (heading != null) {
				section = heading.section();
			}
			else if (section == Section.OTHER && this.headings.isMarkedHeading(line)) {
				// a heading we do not know ends the company or benefits part
				section = Section.INTRO;
			}
			lines.add(new PostingLine(lines.size(), start, end, (own != null) ? own : section, line));
			start = end + 1;
		}
		return lines;
	}

	/**
	 * The lines again, where a company or benefits part is not one: after its heading it
	 * names at least {@link #SWALLOWED_SKILLS} skills and at least
	 * {@link #SWALLOWED_SHARE} of the skill mentions of the whole posting.
	 * @param matches the skill terms found, in text order
	 */
	List<PostingLine> settle(List<PostingLine> lines, List<SkillFinder.TermMatch> matches) {
		if (matches.isEmpty()) {
			return lines;
		}
		// the skills named on each line
		List<List<String>> named = new ArrayList<>();
		lines.forEach((line) -> named.add(new ArrayList<>()));
		int at = 0;
		for (SkillFinder.TermMatch match : matches) {
			while (at < lines.size() - 1 && match.start() > lines.get(at).end()) {
				at++;
			}
			named.get(at).add(match.skillCode());
		}
		List<PostingLine> settled = new ArrayList<>(lines);
		int i = 0;
		while (i < lines.size()) {
			if (lines.get(i).section() != Section.OTHER) {
				i++;
				continue;
			}
			int from = i;
			while (i < lines.size() && lines.get(i).section() == Section.OTHER) {
				i++;
			}
			// from: the heading (or a first labelled line); the part runs to i
			java.util.Set<String> skills = new java.util.HashSet<>();
			int mentions = 0;
			for (int k = from + 1; k < i; k++) {
				skills.addAll(named.get(k));
				mentions += named.get(k).size();
			}
			if (skills.size() >= SWALLOWED_SKILLS && mentions >= SWALLOWED_SHARE * matches.size()) {
				for (int k = from + 1; k < i; k++) {
					settled.set(k, lines.get(k).in(Section.INTRO));
				}
			}
		}
		return settled;
	}

	/** The fewest skills a company part names before it is not one. */
	static final int SWALLOWED_SKILLS = 3;

	/**
	 * The smallest share of the posting's skill mentions a company part has before it is
	 * not one.
	 */
	static final double SWALLOWED_SHARE = 0.4;

}

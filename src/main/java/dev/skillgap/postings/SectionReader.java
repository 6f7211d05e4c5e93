package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.List;

/**
 * Step 1 of reading a posting: its lines, each in the section of the last heading at or
 * before it ({@link SectionHeadings}; a heading followed by its content on the same line
 * counts for that line too). A marked heading of no known section after the company or
 * benefits part ends that part (what follows is read as the introduction).
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
			Section heading = this.headings.sectionOf(line);
			if (heading != null) {
				section = heading;
			}
			else if (section == Section.OTHER && this.headings.isMarkedHeading(line)) {
				// a heading we do not know ends the company or benefits part
				section = Section.INTRO;
			}
			lines.add(new PostingLine(lines.size(), start, end, section, line));
			start = end + 1;
		}
		return lines;
	}

}

package dev.skillgap.postings;

import java.util.List;

/**
 * A posting read by the first three steps (sections, skills, levels): what every way of
 * scoring the roles starts from.
 *
 * @param text the original text
 * @param normalized the normalised text, with where each character came from
 * @param lines the lines of the normalised text, each in its section
 * @param skills the skills it asks for, with where and at which level
 */
record ReadPosting(String text, TextNormalizer.Normalized normalized, List<PostingLine> lines,
		SkillFinder.Found skills) {

	/** The lines of one section. */
	List<PostingLine> linesOf(Section section) {
		return this.lines.stream().filter((line) -> line.section() == section).toList();
	}

}

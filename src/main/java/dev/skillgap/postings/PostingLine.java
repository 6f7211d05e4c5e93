package dev.skillgap.postings;

/**
 * A line of the normalised posting text and the section it belongs to.
 *
 * @param index its position among the lines
 * @param start where it starts in the normalised text
 * @param end where it ends (its line break, or the end of the text)
 * @param text the line (normalised)
 */
record PostingLine(int index, int start, int end, Section section, String text) {

	PostingLine in(Section other) {
		return new PostingLine(this.index, this.start, this.end, other, this.text);
	}

}

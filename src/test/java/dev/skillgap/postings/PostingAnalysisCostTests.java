package dev.skillgap.postings;

import dev.skillgap.postings.PostingAnalysis.LevelEvidence;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading a posting does work in proportion to its length, counted rather than timed
 * (issue 26, item 7: 20,000 characters of technology names on one line took seconds,
 * because every skill found re-read its whole line for the level it asks). The time
 * itself is measured by {@code bench/postings.sh}.
 */
class PostingAnalysisCostTests {

	@Test
	void aLineIsReadForItsLevelOnceHoweverManySkillsItNames() {
		for (boolean manyLines : new boolean[] { false, true }) {
			CountingLevels levels = new CountingLevels();
			PostingAnalyzer analyzer = new PostingAnalyzer(ReferenceDictionary.load(), ReferenceDictionary.postings(),
					levels);
			String text = PostingAnalysisBenchmark.text(20_000, manyLines);

			PostingAnalysis analysis = analyzer.analyze(text);

			assertThat(analysis.skills()).hasSizeGreaterThan(10);
			assertThat(levels.characters).as("characters read for levels, many lines: " + manyLines)
				.isLessThanOrEqualTo(text.length());
		}
	}

	@Test
	void twiceTheTextIsAboutTwiceTheWork() {
		CountingLevels small = new CountingLevels();
		CountingLevels large = new CountingLevels();
		new PostingAnalyzer(ReferenceDictionary.load(), ReferenceDictionary.postings(), small)
			.analyze(PostingAnalysisBenchmark.text(5_000, false));
		new PostingAnalyzer(ReferenceDictionary.load(), ReferenceDictionary.postings(), large)
			.analyze(PostingAnalysisBenchmark.text(10_000, false));

		assertThat(large.characters).isLessThanOrEqualTo(2 * small.characters + 100);
	}

	/** The real level reader, counting the characters it is given. */
	private static final class CountingLevels extends LevelReader {

		long characters;

		CountingLevels() {
			super(ReferenceDictionary.postings().levels(), PostingAnalyzer.normalizer(ReferenceDictionary.postings()));
		}

		@Override
		LevelEvidence read(String line, Section section) {
			this.characters += line.length();
			return super.read(line, section);
		}

	}

}

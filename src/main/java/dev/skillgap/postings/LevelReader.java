package dev.skillgap.postings;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.skillgap.postings.PostingAnalysis.LevelEvidence;

/**
 * Step 3 of reading a posting: the level a line asks for. Stated years of experience
 * decide (by {@code levels.yearLevels} of {@code db/reference/postings.yaml}; months give
 * 2); otherwise the highest level whose word the line names (operate 2, build or design
 * 3, lead or deep knowledge 4); otherwise none. Nothing in the company and benefit parts;
 * at most {@code levels.preferredMax} on a preferred line. The analyser reads each line
 * at most once, however many skills it names.
 */
class LevelReader {

	private final PostingsFile.Levels rules;

	private final Pattern years;

	private final Pattern months;

	private final List<LevelCue> cues;

	LevelReader(PostingsFile.Levels rules, TextNormalizer normalizer) {
		this.rules = rules;
		String range = Words.alternatives(rules.rangeMarks().stream().map(normalizer::term).toList());
		this.years = numbered(rules.years(), range, normalizer);
		this.months = numbered(rules.months(), range, normalizer);
		this.cues = rules.cues()
			.stream()
			.flatMap((cues) -> cues.words()
				.stream()
				.map((word) -> new LevelCue(cues.level(), word, normalizer.term(word))))
			.toList();
	}

	/**
	 * A number (group 1), optionally a range whose lower bound it is (3〜5年, by the range
	 * marks of {@code levels.rangeMarks}), and the unit: Japanese right after it, English
	 * after an optional "+".
	 */
	private static Pattern numbered(PostingsFile.Years unit, String range, TextNormalizer normalizer) {
		return Pattern.compile("(?<!\\d)(\\d{1,2})(?:\\s*(?:" + range + ")\\s*\\d{1,2})?\\s*(?:"
				+ Words.alternatives(unit.ja().stream().map(normalizer::term).toList()) + "|\\+?\\s*(?:"
				+ Words.alternatives(unit.en().stream().map(normalizer::term).toList()) + ")(?![a-z]))");
	}

	/** The level a (normalised) line of a section asks for, or null. */
	LevelEvidence read(String line, Section section) {
		if (section == Section.OTHER) {
			return null;
		}
		int cap = (section == Section.PREFERRED) ? this.rules.preferredMax() : 5;
		LevelEvidence best = null;
		Matcher years = this.years.matcher(line);
		while (years.find()) {
			int y = Integer.parseInt(years.group(1));
			if (y == 0 || y > 40) {
				continue;
			}
			int level = Math.min(cap, this.rules.levelOfYears(y));
			if (level > 0 && (best == null || level > best.level())) {
				best = new LevelEvidence(level, years.group().strip(), true);
			}
		}
		if (best == null) {
			Matcher months = this.months.matcher(line);
			if (months.find() && Integer.parseInt(months.group(1)) > 0) {
				best = new LevelEvidence(Math.min(cap, 2), months.group().strip(), true);
			}
		}
		if (best != null) {
			return best;
		}
		for (LevelCue cue : this.cues) {
			if (line.contains(cue.normalized()) && (best == null || Math.min(cap, cue.level()) > best.level())) {
				best = new LevelEvidence(Math.min(cap, cue.level()), cue.word(), false);
			}
		}
		return best;
	}

	private record LevelCue(int level, String word, String normalized) {
	}

}

package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.skillgap.postings.PostingAnalysis.FoundSkill;
import dev.skillgap.postings.PostingAnalysis.LevelEvidence;
import dev.skillgap.postings.PostingAnalysis.Mention;
import dev.skillgap.postings.PostingAnalysis.RoleScore;
import dev.skillgap.postings.PostingAnalysis.Segment;

/**
 * Reads a job posting the way the article teaches (lines 80-98), with rules a person can
 * follow: no external service, no model.
 *
 * <ol>
 * <li><b>Skills.</b> Every term of the dictionary (NFKC-normalised, case-insensitive,
 * long vowel marks ignored; Latin terms on word boundaries, Japanese terms anywhere,
 * since Japanese has no spaces) is looked up; overlapping matches keep the longest. Each
 * skill found keeps its evidence (the matched words and where they are) and the section
 * it was asked for in.</li>
 * <li><b>Levels.</b> Where the line that asks for a skill states years of experience or
 * the kind of work (operate / build / design / lead), a level is inferred from it.</li>
 * <li><b>Role.</b> Three signals, each 0 to 1, averaged: <em>duties</em> (the role's duty
 * phrases, and the article's whole-system versus single-server wording, in the duties),
 * the <em>technologies</em> named anywhere, and the <em>skill set</em> asked for in the
 * requirement sections; the last two as the cosine similarity between what the posting
 * stresses and the role's profile (weight × target per skill).</li>
 * </ol>
 */
final class PostingAnalyzer {

	private final PostingDictionary dictionary;

	private final TextNormalizer normalizer;

	private final PostingsFile.Headings headings;

	private final PostingsFile postings;

	/** Skill categories that name technologies (as opposed to capabilities). */
	private final Set<String> technologyCategories;

	/** Short words left out when a duty phrase is matched by its words. */
	private final Set<String> stopWords;

	/**
	 * Splits a duty phrase into words: spaces and punctuation, and Japanese particles
	 * between words.
	 */
	private final Pattern phraseSeparators;

	private final Pattern years;

	private final List<LevelCue> levelCues;

	private final List<CompiledTerm> terms;

	/**
	 * @param dictionary the skill terms and role signals
	 * @param postings how to read a posting ({@code db/reference/postings.yaml})
	 */
	PostingAnalyzer(PostingDictionary dictionary, PostingsFile postings) {
		this.dictionary = dictionary;
		this.postings = postings;
		this.normalizer = new TextNormalizer(postings.normalization().ignoredCharacters());
		this.headings = postings.headings();
		this.technologyCategories = Set.copyOf(postings.technologyCategories());
		this.stopWords = Set.copyOf(postings.phrases().stopWords());
		this.phraseSeparators = phraseSeparators(postings.phrases());
		this.years = years(postings.levels().years());
		this.levelCues = postings.levels()
			.cues()
			.stream()
			.flatMap((cues) -> cues.words().stream().map((word) -> new LevelCue(cues.level(), word)))
			.toList();
		List<CompiledTerm> compiled = new ArrayList<>();
		for (PostingDictionary.SkillTerms skill : dictionary.skills()) {
			for (String term : skill.terms()) {
				String normalized = this.normalizer.term(term);
				if (!normalized.isBlank()) {
					compiled.add(new CompiledTerm(skill.skillCode(), term, normalized));
				}
			}
		}
		this.terms = List.copyOf(compiled);
	}

	/**
	 * White space and the separator characters; or a particle between two words (kanji,
	 * katakana, latin letters or digits).
	 */
	private static Pattern phraseSeparators(PostingsFile.Phrases phrases) {
		StringBuilder separators = new StringBuilder();
		for (String separator : phrases.separators()) {
			if (separator.codePointCount(0, separator.length()) != 1) {
				throw new IllegalArgumentException("A phrase separator is one character: '" + separator + "'");
			}
			char c = separator.charAt(0);
			boolean asciiPunctuation = c < 128 && !Character.isLetterOrDigit(c);
			separators.append(asciiPunctuation ? "\\" : "").append(separator);
		}
		String word = "[\\p{IsHan}\\p{IsKatakana}a-z0-9]";
		return Pattern.compile("[\\s" + separators + "]+|(?<=" + word + ")(?:" + alternatives(phrases.particles())
				+ ")(?=" + word + ")");
	}

	/** A number of years (group 1) and what says it is years. */
	private static Pattern years(PostingsFile.Years years) {
		return Pattern
			.compile("(\\d{1,2})\\s*(?:" + alternatives(years.ja()) + "|\\+?\\s*(?:" + alternatives(years.en()) + "))");
	}

	private static String alternatives(List<String> words) {
		return String.join("|", words.stream().map(Pattern::quote).toList());
	}

	PostingAnalysis analyze(String text) {
		TextNormalizer.Normalized normalized = this.normalizer.normalize(text);
		String norm = normalized.text();
		List<Line> lines = lines(norm);
		List<Match> matches = match(norm);
		Map<String, SkillFinding> findings = new LinkedHashMap<>();
		for (Match match : matches) {
			Line line = lineAt(lines, match.start());
			SkillFinding finding = findings.computeIfAbsent(match.skillCode(), SkillFinding::new);
			finding.mentions.add(new Mention(match.term().original(), normalized.originalStart(match.start()),
					normalized.originalEnd(match.end()), line.section()));
			finding.sections.add(line.section());
			LevelEvidence level = inferLevel(norm.substring(line.start(), line.end()), line.section());
			if (level != null && (finding.level == null || level.level() > finding.level.level())) {
				finding.level = level;
			}
		}
		List<FoundSkill> skills = findings.values().stream().map(SkillFinding::toFoundSkill).toList();
		List<RoleScore> roles = scoreRoles(norm, lines, skills);
		return new PostingAnalysis(isJapanese(text) ? "ja" : "en", skills, roles, segments(text, normalized, matches));
	}

	private List<Match> match(String norm) {
		List<Match> all = new ArrayList<>();
		for (CompiledTerm term : this.terms) {
			String t = term.normalized();
			int from = 0;
			while (true) {
				int at = norm.indexOf(t, from);
				if (at < 0) {
					break;
				}
				int end = at + t.length();
				if (onBoundary(norm, at, end, t)) {
					all.add(new Match(term.skillCode(), term, at, end));
				}
				from = at + 1;
			}
		}
		all.sort(
				Comparator.comparingInt(Match::start).thenComparing(Comparator.comparingInt(Match::length).reversed()));
		List<Match> kept = new ArrayList<>();
		int covered = 0;
		for (Match match : all) {
			if (match.start() >= covered) {
				kept.add(match);
				covered = match.end();
			}
		}
		return kept;
	}

	private static boolean onBoundary(String text, int start, int end, String term) {
		boolean latinStart = isWordChar(term.charAt(0));
		boolean latinEnd = isWordChar(term.charAt(term.length() - 1));
		if (latinStart && start > 0 && isWordChar(text.charAt(start - 1))) {
			return false;
		}
		return !(latinEnd && end < text.length() && isWordChar(text.charAt(end)));
	}

	private static boolean isWordChar(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	private List<Line> lines(String norm) {
		List<Line> lines = new ArrayList<>();
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
			lines.add(new Line(start, end, section));
			// a heading with content after it on the same line ("必須スキル: Linux") counts as
			// the section
			start = end + 1;
		}
		return lines;
	}

	private static Line lineAt(List<Line> lines, int index) {
		for (Line line : lines) {
			if (index >= line.start() && index <= line.end()) {
				return line;
			}
		}
		return lines.get(lines.size() - 1);
	}

	/**
	 * The level a line asks for: stated years of experience win (1-2 years 2, 3-4 years
	 * 3, 5-7 years 4, 8 or more 5); otherwise the kind of work named (operate 2, build 3,
	 * design or lead 4, expert 5); otherwise none.
	 */
	LevelEvidence inferLevel(String line, Section section) {
		LevelEvidence best = null;
		Matcher years = this.years.matcher(line);
		while (years.find()) {
			int y = Integer.parseInt(years.group(1));
			if (y == 0 || y > 40) {
				continue;
			}
			int level = (y >= 8) ? 5 : (y >= 5) ? 4 : (y >= 3) ? 3 : 2;
			if (best == null || level > best.level()) {
				best = new LevelEvidence(level, years.group().strip());
			}
		}
		if (best != null || section == Section.OTHER) {
			return best;
		}
		for (LevelCue cue : this.levelCues) {
			if (line.contains(cue.word()) && (best == null || cue.level() > best.level())) {
				best = new LevelEvidence(cue.level(), cue.word());
			}
		}
		return best;
	}

	private List<RoleScore> scoreRoles(String norm, List<Line> lines, List<FoundSkill> skills) {
		String duties = sectionText(norm, lines, Section.DUTIES);
		if (duties.isBlank()) {
			duties = sectionText(norm, lines, Section.INTRO);
		}
		Map<String, Double> technologies = new HashMap<>();
		Map<String, Double> skillSet = new HashMap<>();
		Map<String, String> categories = new HashMap<>();
		this.dictionary.skills().forEach((s) -> categories.put(s.skillCode(), s.category()));
		for (FoundSkill skill : skills) {
			double emphasis = skill.mentions().stream().mapToDouble((m) -> m.section().emphasis).sum();
			if (this.technologyCategories.contains(categories.get(skill.skillCode()))) {
				technologies.put(skill.skillCode(), emphasis);
			}
			double asked = skill.mentions()
				.stream()
				.filter((m) -> m.section() == Section.REQUIRED || m.section() == Section.PREFERRED
						|| m.section() == Section.DUTIES)
				.mapToDouble((m) -> m.section().requirementWeight)
				.max()
				.orElse(0);
			if (asked > 0) {
				skillSet.put(skill.skillCode(), asked * skill.target());
			}
		}
		Map<String, Double> dutyRaw = new LinkedHashMap<>();
		Map<String, List<String>> dutyEvidence = new HashMap<>();
		for (PostingDictionary.RoleSignals role : this.dictionary.roles()) {
			List<String> found = new ArrayList<>();
			double raw = 0;
			for (String phrase : role.duties()) {
				double match = phraseMatch(duties, phrase);
				if (match > 0) {
					found.add(phrase);
					raw += match;
				}
			}
			// the article's test (l.88): whole system or a single server?
			List<String> cues = this.postings.cuesOf(role.roleCode());
			if (!cues.isEmpty()) {
				raw += Math.min(2, countCues(duties, cues) * 0.25);
			}
			dutyRaw.put(role.roleCode(), raw);
			dutyEvidence.put(role.roleCode(), found);
		}
		double maxDuty = dutyRaw.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		List<RoleScore> scores = new ArrayList<>();
		for (PostingDictionary.RoleSignals role : this.dictionary.roles()) {
			Map<String, Double> profile = new HashMap<>();
			role.requirements().forEach((r) -> profile.put(r.skillCode(), (double) r.weight() * r.target()));
			double dutySignal = maxDuty == 0 ? 0 : dutyRaw.get(role.roleCode()) / maxDuty;
			double technologySignal = cosine(technologies, profile);
			double skillSignal = cosine(skillSet, profile);
			double score = (dutySignal + technologySignal + skillSignal) / 3.0;
			scores.add(new RoleScore(role.roleCode(), score, dutySignal, technologySignal, skillSignal,
					dutyEvidence.get(role.roleCode())));
		}
		scores.sort(Comparator.comparingDouble(RoleScore::score).reversed());
		return scores;
	}

	/**
	 * 1 when the duties contain the phrase, or all its words (in any order); 0.5 when
	 * they contain at least two thirds of its words; 0 otherwise.
	 */
	double phraseMatch(String duties, String phrase) {
		String normalized = this.normalizer.term(phrase);
		if (duties.contains(normalized)) {
			return 1;
		}
		List<String> words = this.phraseSeparators.splitAsStream(normalized)
			.filter((w) -> w.length() >= 2 && !this.stopWords.contains(w))
			.distinct()
			.toList();
		if (words.size() < 2) {
			return 0;
		}
		long present = words.stream().filter(duties::contains).count();
		if (present == words.size()) {
			return 1;
		}
		return (present * 3 >= words.size() * 2) ? 0.5 : 0;
	}

	private static int countCues(String text, List<String> cues) {
		int count = 0;
		for (String cue : cues) {
			int from = 0;
			while ((from = text.indexOf(cue, from)) >= 0) {
				boolean latin = isWordChar(cue.charAt(0));
				boolean bounded = !latin || ((from == 0 || !isWordChar(text.charAt(from - 1)))
						&& (from + cue.length() >= text.length() || !isWordChar(text.charAt(from + cue.length()))));
				if (bounded) {
					count++;
				}
				from += cue.length();
			}
		}
		return count;
	}

	private static String sectionText(String norm, List<Line> lines, Section section) {
		StringBuilder text = new StringBuilder();
		for (Line line : lines) {
			if (line.section() == section) {
				text.append(norm, line.start(), line.end()).append('\n');
			}
		}
		return text.toString();
	}

	static double cosine(Map<String, Double> a, Map<String, Double> b) {
		double dot = 0;
		for (Map.Entry<String, Double> e : a.entrySet()) {
			dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
		}
		double na = Math.sqrt(a.values().stream().mapToDouble((v) -> v * v).sum());
		double nb = Math.sqrt(b.values().stream().mapToDouble((v) -> v * v).sum());
		return (na == 0 || nb == 0) ? 0 : dot / (na * nb);
	}

	private static List<Segment> segments(String text, TextNormalizer.Normalized normalized, List<Match> matches) {
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (Match match : matches) {
			int start = normalized.originalStart(match.start());
			int end = normalized.originalEnd(match.end());
			if (start < at) {
				continue;
			}
			if (start > at) {
				segments.add(new Segment(text.substring(at, start), null));
			}
			segments.add(new Segment(text.substring(start, end), match.skillCode()));
			at = end;
		}
		if (at < text.length()) {
			segments.add(new Segment(text.substring(at), null));
		}
		return segments;
	}

	private static boolean isJapanese(String text) {
		long cjk = text.codePoints()
			.filter((cp) -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
					|| Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
					|| Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA)
			.count();
		return cjk * 10 > text.codePointCount(0, text.length());
	}

	private record CompiledTerm(String skillCode, String original, String normalized) {
	}

	private record Match(String skillCode, CompiledTerm term, int start, int end) {

		int length() {
			return this.end - this.start;
		}

	}

	private record Line(int start, int end, Section section) {
	}

	private record LevelCue(int level, String word) {
	}

	private static final class SkillFinding {

		final String skillCode;

		final List<Mention> mentions = new ArrayList<>();

		final java.util.EnumSet<Section> sections = java.util.EnumSet.noneOf(Section.class);

		LevelEvidence level;

		SkillFinding(String skillCode) {
			this.skillCode = skillCode;
		}

		FoundSkill toFoundSkill() {
			Section strongest = this.sections.stream()
				.max(Comparator.comparingDouble((Section s) -> s.requirementWeight)
					.thenComparingDouble((Section s) -> s.emphasis))
				.orElse(Section.INTRO);
			int target = (this.level != null) ? Math.max(1, this.level.level())
					: (strongest == Section.REQUIRED || strongest == Section.DUTIES) ? 3 : 2;
			return new FoundSkill(this.skillCode, List.copyOf(this.mentions), strongest, this.level, target,
					strongest.requirementWeight);
		}

	}

}

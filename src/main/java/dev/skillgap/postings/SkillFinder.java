package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.skillgap.postings.PostingAnalysis.FoundSkill;
import dev.skillgap.postings.PostingAnalysis.LevelEvidence;
import dev.skillgap.postings.PostingAnalysis.Mention;

/**
 * Step 2 of reading a posting, with step 3 for each line that names a skill: every term
 * of the dictionary (NFKC-normalised, case-insensitive, long vowel marks ignored; Latin
 * terms on word boundaries, Japanese terms anywhere) is looked up; overlapping matches
 * keep the longest. Each skill found keeps its evidence (the matched words and where they
 * are), the sections it was asked for in and the level its lines ask for; a skill named
 * only in the company, pay or benefits part is not asked for and left out.
 * <p>
 * Linear in the text's length: one walk over the text finds the terms, the matches meet
 * their lines in one walk, and each line is read for its level once.
 */
final class SkillFinder {

	/** The terms of the dictionary by their first (normalised) character. */
	private final Map<Character, List<CompiledTerm>> byFirstChar;

	private final LevelReader levels;

	SkillFinder(PostingDictionary dictionary, TextNormalizer normalizer, LevelReader levels) {
		List<CompiledTerm> compiled = new ArrayList<>();
		for (PostingDictionary.SkillTerms skill : dictionary.skills()) {
			for (String term : skill.terms()) {
				String normalized = normalizer.term(term);
				if (!normalized.isBlank()) {
					compiled.add(new CompiledTerm(skill.skillCode(), term, normalized));
				}
			}
		}
		this.byFirstChar = compiled.stream().collect(Collectors.groupingBy((term) -> term.normalized().charAt(0)));
		this.levels = levels;
	}

	/**
	 * The skills a posting asks for, read from its normalised text, its lines and the
	 * terms found in it ({@link #match}).
	 */
	Found find(TextNormalizer.Normalized normalized, List<PostingLine> lines, List<TermMatch> matches) {
		LevelEvidence[] lineLevels = new LevelEvidence[lines.size()];
		boolean[] read = new boolean[lines.size()];
		Map<String, SkillFinding> findings = new LinkedHashMap<>();
		int at = 0;
		for (TermMatch match : matches) {
			// matches and lines are both in text order
			while (at < lines.size() - 1 && match.start() > lines.get(at).end()) {
				at++;
			}
			PostingLine line = lines.get(at);
			if (!read[at]) {
				lineLevels[at] = this.levels.read(line.text(), line.section());
				read[at] = true;
			}
			SkillFinding finding = findings.computeIfAbsent(match.skillCode(), SkillFinding::new);
			finding.add(new Mention(match.term().original(), normalized.originalStart(match.start()),
					normalized.originalEnd(match.end()), line.section()), line, lineLevels[at]);
		}
		// a skill named only in the company, pay or benefits part (データセンターへの出張あり, a
		// certification allowance) is not asked for
		findings.values().removeIf((finding) -> finding.sections.equals(EnumSet.of(Section.OTHER)));
		List<TermMatch> asked = matches.stream().filter((m) -> findings.containsKey(m.skillCode())).toList();
		return new Found(Collections.unmodifiableMap(findings),
				findings.values().stream().map(SkillFinding::toFoundSkill).toList(), asked);
	}

	/** The terms of the dictionary in normalised text, in text order, longest first. */
	List<TermMatch> match(String norm) {
		List<TermMatch> all = new ArrayList<>();
		// one walk over the text: at each character, the terms that start with it
		for (int at = 0; at < norm.length(); at++) {
			List<CompiledTerm> candidates = this.byFirstChar.get(norm.charAt(at));
			if (candidates == null) {
				continue;
			}
			for (CompiledTerm term : candidates) {
				String t = term.normalized();
				int end = at + t.length();
				if (norm.startsWith(t, at) && Words.onBoundary(norm, at, end, t)) {
					all.add(new TermMatch(term.skillCode(), term, at, end));
				}
			}
		}
		all.sort(Comparator.comparingInt(TermMatch::start)
			.thenComparing(Comparator.comparingInt(TermMatch::length).reversed()));
		List<TermMatch> kept = new ArrayList<>();
		int covered = 0;
		for (TermMatch match : all) {
			if (match.start() >= covered) {
				kept.add(match);
				covered = match.end();
			}
		}
		return kept;
	}

	/**
	 * @param findings the skills asked for, by code
	 * @param skills the same, in order of first mention
	 * @param matches the matches of the skills asked for, in text order
	 */
	record Found(Map<String, SkillFinding> findings, List<FoundSkill> skills, List<TermMatch> matches) {
	}

	record CompiledTerm(String skillCode, String original, String normalized) {
	}

	record TermMatch(String skillCode, CompiledTerm term, int start, int end) {

		int length() {
			return this.end - this.start;
		}

	}

	/** What the posting says of one skill: where, in which sections, at which level. */
	static final class SkillFinding {

		final String skillCode;

		final List<Mention> mentions = new ArrayList<>();

		final EnumSet<Section> sections = EnumSet.noneOf(Section.class);

		/** The line of each mention. */
		final List<PostingLine> lines = new ArrayList<>();

		/** The highest level read from years, which decides over the kind of work. */
		private LevelEvidence fromYears;

		private LevelEvidence fromWork;

		SkillFinding(String skillCode) {
			this.skillCode = skillCode;
		}

		void add(Mention mention, PostingLine line, LevelEvidence level) {
			this.mentions.add(mention);
			this.sections.add(line.section());
			this.lines.add(line);
			if (level == null) {
				return;
			}
			if (level.fromYears()) {
				if (this.fromYears == null || level.level() > this.fromYears.level()) {
					this.fromYears = level;
				}
			}
			else if (this.fromWork == null || level.level() > this.fromWork.level()) {
				this.fromWork = level;
			}
		}

		FoundSkill toFoundSkill() {
			Section strongest = this.sections.stream()
				.max(Comparator.comparingDouble((Section s) -> s.requirementWeight)
					.thenComparingDouble((Section s) -> s.emphasis))
				.orElse(Section.INTRO);
			LevelEvidence level = (this.fromYears != null) ? this.fromYears : this.fromWork;
			int target = (level != null) ? Math.max(1, level.level())
					: (strongest == Section.REQUIRED || strongest == Section.DUTIES) ? 3 : 2;
			return new FoundSkill(this.skillCode, List.copyOf(this.mentions), strongest, level, target,
					strongest.requirementWeight);
		}

	}

}

package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * follow: no external service, no model. Every word it reads by is reference data
 * ({@code db/reference/postings.yaml}, the terms of {@code skills.yaml}, the duty phrases
 * of {@code roles.yaml}), normalised the same way as the text.
 *
 * <ol>
 * <li><b>Sections.</b> Headings, on a line of their own or followed by their content on
 * the same line ({@code Requirements: 3+ years}, 業務内容：…), open the duties, required,
 * preferred, technologies or other (company, benefits) section ({@link SectionHeadings}).
 * </li>
 * <li><b>Skills.</b> Every term of the dictionary (NFKC-normalised, case-insensitive,
 * long vowel marks ignored; Latin terms on word boundaries, Japanese terms anywhere,
 * since Japanese has no spaces) is looked up; overlapping matches keep the longest. Each
 * skill found keeps its evidence (the matched words and where they are) and the section
 * it was asked for in; a skill named only in the company, pay or benefits part is not
 * asked for and left out.</li>
 * <li><b>Levels.</b> Where a line that asks for a skill states years of experience, they
 * decide (about 1 year 2, about 3 years 3, 5 or more 4; never 5); otherwise the kind of
 * work it names (operate 2, build or design 3, lead or deep knowledge 4). A preferred
 * line asks for at most 3.</li>
 * <li><b>Role.</b> Three signals, each 0 to 1, averaged, each with the words that
 * triggered it: <em>duties</em> (the role's duty phrases, which need their object on the
 * same line, the article's whole-system versus server wording, and the breadth of the
 * foundation covered, in the duties section); <em>technologies</em> (the technologies
 * named anywhere against the role's technologies); <em>skill set</em> (the capabilities
 * asked for anywhere but the company and benefit parts, and the article's l.95 cues:
 * whole-system operation versus server performance and incident response, against the
 * role's). The last two are cosine similarities over different dimensions.</li>
 * </ol>
 */
final class PostingAnalyzer {

	private static final String WORD_CHAR = "[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}a-z0-9]";

	private static final String CJK = "[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}]";

	private final PostingDictionary dictionary;

	private final TextNormalizer normalizer;

	private final SectionHeadings headings;

	private final PostingsFile postings;

	/** Skill categories that name technologies (as opposed to capabilities). */
	private final Set<String> technologyCategories;

	/** Skills of a technology category that count in the skill set. */
	private final Set<String> skillSetSkills;

	private final Map<String, String> categories = new HashMap<>();

	/** Short words left out when a duty phrase is matched by its words. */
	private final Set<String> stopWords;

	/** Words that say what is done, not to what. */
	private final Set<String> genericWords;

	/**
	 * Splits a duty phrase into words: spaces and punctuation, Japanese particles between
	 * words, and where Latin letters meet Japanese.
	 */
	private final Pattern phraseSeparators;

	private final Pattern years;

	private final Pattern months;

	private final List<LevelCue> levelCues;

	private final List<CompiledTerm> terms;

	private final Map<String, List<Phrase>> duties = new LinkedHashMap<>();

	private final Map<String, List<Cue>> roleCues = new HashMap<>();

	private final List<CueGroup> skillSetCues;

	/**
	 * @param dictionary the skill terms and role signals
	 * @param postings how to read a posting ({@code db/reference/postings.yaml})
	 */
	PostingAnalyzer(PostingDictionary dictionary, PostingsFile postings) {
		this.dictionary = dictionary;
		this.postings = postings;
		this.normalizer = new TextNormalizer(postings.normalization().ignoredCharacters());
		this.headings = new SectionHeadings(postings.headings(), this.normalizer);
		this.technologyCategories = Set.copyOf(postings.technologyCategories());
		this.skillSetSkills = Set.copyOf(postings.skillSetSkills());
		dictionary.skills().forEach((s) -> this.categories.put(s.skillCode(), s.category()));
		this.phraseSeparators = phraseSeparators(postings.phrases());
		this.stopWords = Set.copyOf(postings.phrases().stopWords().stream().map(this::normalized).toList());
		this.genericWords = Set.copyOf(
				postings.phrases().genericWords().stream().map(this::normalized).map(PostingAnalyzer::stem).toList());
		this.years = numbered(postings.levels().years());
		this.months = numbered(postings.levels().months());
		this.levelCues = postings.levels()
			.cues()
			.stream()
			.flatMap((cues) -> cues.words().stream().map((word) -> new LevelCue(cues.level(), word, normalized(word))))
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
		for (PostingDictionary.RoleSignals role : dictionary.roles()) {
			List<String> phrases = new ArrayList<>(role.duties());
			phrases.addAll(postings.dutiesOf(role.roleCode()));
			this.duties.put(role.roleCode(), phrases.stream().distinct().map(this::phrase).toList());
			this.roleCues.put(role.roleCode(), cues(postings.cuesOf(role.roleCode())));
		}
		this.skillSetCues = postings.skillSetCues()
			.stream()
			.map((group) -> new CueGroup(group.name(), Map.copyOf(group.roles()), cues(group.words())))
			.toList();
	}

	private String normalized(String word) {
		return this.normalizer.term(word);
	}

	/** The cues of a list of words, one per normalised form. */
	private List<Cue> cues(List<String> words) {
		Map<String, Cue> cues = new LinkedHashMap<>();
		for (String word : words) {
			String normalized = normalized(word);
			if (!normalized.isEmpty()) {
				cues.putIfAbsent(normalized, new Cue(word, normalized));
			}
		}
		return List.copyOf(cues.values());
	}

	private Phrase phrase(String original) {
		String normalized = normalized(original);
		List<String> words = this.phraseSeparators.splitAsStream(normalized)
			.filter((w) -> w.length() >= 2 && !this.stopWords.contains(w))
			.map(PostingAnalyzer::stem)
			.distinct()
			.toList();
		List<String> objects = words.stream().filter((w) -> !this.genericWords.contains(w)).toList();
		return new Phrase(original, normalized, words, objects);
	}

	/**
	 * White space and the separator characters; a particle between two words (kanji,
	 * katakana, latin letters or digits); or where latin letters meet Japanese.
	 */
	private Pattern phraseSeparators(PostingsFile.Phrases phrases) {
		StringBuilder separators = new StringBuilder();
		for (String separator : phrases.separators()) {
			if (separator.codePointCount(0, separator.length()) != 1) {
				throw new IllegalArgumentException("A phrase separator is one character: '" + separator + "'");
			}
			char c = separator.charAt(0);
			boolean asciiPunctuation = c < 128 && !Character.isLetterOrDigit(c);
			separators.append(asciiPunctuation ? "\\" : "").append(separator);
		}
		return Pattern.compile("[\\s" + separators + "]+|(?<=" + WORD_CHAR + ")(?:"
				+ alternatives(phrases.particles().stream().map(this::normalized).toList()) + ")(?=" + WORD_CHAR
				+ ")|(?<=[a-z0-9])(?=" + CJK + ")|(?<=" + CJK + ")(?=[a-z0-9])");
	}

	/**
	 * A number (group 1), optionally a range whose lower bound it is (3〜5年, by the range
	 * marks of {@code levels.rangeMarks}), and the unit: Japanese right after it, English
	 * after an optional "+".
	 */
	private Pattern numbered(PostingsFile.Years unit) {
		String range = alternatives(this.postings.levels().rangeMarks().stream().map(this::normalized).toList());
		return Pattern.compile("(?<!\\d)(\\d{1,2})(?:\\s*(?:" + range + ")\\s*\\d{1,2})?\\s*(?:"
				+ alternatives(unit.ja().stream().map(this::normalized).toList()) + "|\\+?\\s*(?:"
				+ alternatives(unit.en().stream().map(this::normalized).toList()) + ")(?![a-z]))");
	}

	private static String alternatives(List<String> words) {
		return String.join("|",
				words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
	}

	/**
	 * A light English stem (so that server matches servers, operate operations): common
	 * suffixes dropped from Latin words of five letters or more. Japanese words are kept.
	 */
	static String stem(String word) {
		if (word.length() < 5 || !word.chars().allMatch((c) -> (c >= 'a' && c <= 'z'))) {
			return word;
		}
		for (String suffix : List.of("ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ies", "es", "s",
				"ed", "e")) {
			if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
				return word.substring(0, word.length() - suffix.length());
			}
		}
		return word;
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
			finding.lines.add(line);
			finding.consider(inferLevel(line.text(), line.section()));
		}
		// a skill named only in the company, pay or benefits part (データセンターへの出張あり, a
		// certification allowance) is not asked for
		findings.values().removeIf((finding) -> finding.sections.equals(EnumSet.of(Section.OTHER)));
		List<FoundSkill> skills = findings.values().stream().map(SkillFinding::toFoundSkill).toList();
		List<RoleScore> roles = scoreRoles(lines, skills, findings);
		List<Match> asked = matches.stream().filter((m) -> findings.containsKey(m.skillCode())).toList();
		return new PostingAnalysis(isJapanese(text) ? "ja" : "en", skills, roles, segments(text, normalized, asked));
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

	/**
	 * The lines of the normalised text, each in the section of the last heading at or
	 * before it (a heading followed by its content on the same line counts for that line
	 * too). A marked heading of no known section after the company or benefits part ends
	 * that part (what follows is read as the introduction).
	 */
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
			else if (section == Section.OTHER && this.headings.isMarkedHeading(line)) {
				// a heading we do not know ends the company or benefits part
				section = Section.INTRO;
			}
			lines.add(new Line(start, end, section, line));
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
	 * The level a (normalised) line asks for: stated years of experience decide (by
	 * {@code levels.yearLevels}; months give 2); otherwise the highest level whose word
	 * the line names; otherwise none. Nothing in the company and benefit parts; at most
	 * {@code levels.preferredMax} on a preferred line.
	 */
	LevelEvidence inferLevel(String line, Section section) {
		if (section == Section.OTHER) {
			return null;
		}
		int cap = (section == Section.PREFERRED) ? this.postings.levels().preferredMax() : 5;
		LevelEvidence best = null;
		Matcher years = this.years.matcher(line);
		while (years.find()) {
			int y = Integer.parseInt(years.group(1));
			if (y == 0 || y > 40) {
				continue;
			}
			int level = Math.min(cap, this.postings.levels().levelOfYears(y));
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
		for (LevelCue cue : this.levelCues) {
			if (line.contains(cue.normalized()) && (best == null || Math.min(cap, cue.level()) > best.level())) {
				best = new LevelEvidence(Math.min(cap, cue.level()), cue.word(), false);
			}
		}
		return best;
	}

	private List<RoleScore> scoreRoles(List<Line> lines, List<FoundSkill> skills, Map<String, SkillFinding> findings) {
		List<Line> dutyLines = lines.stream().filter((l) -> l.section() == Section.DUTIES).toList();
		if (dutyLines.stream().allMatch((l) -> l.text().isBlank())) {
			dutyLines = lines.stream().filter((l) -> l.section() != Section.OTHER).toList();
		}
		String dutyText = join(dutyLines);
		String postingText = join(lines.stream().filter((l) -> l.section() != Section.OTHER).toList());

		// technologies named anywhere; capabilities asked anywhere but the company part
		Map<String, Double> technologies = new HashMap<>();
		Map<String, Double> skillSet = new HashMap<>();
		for (FoundSkill skill : skills) {
			if (isTechnology(skill.skillCode())) {
				double emphasis = skill.mentions().stream().mapToDouble((m) -> m.section().emphasis).sum();
				technologies.put(skill.skillCode(), Math.min(4.0, emphasis));
			}
			else {
				double asked = skill.mentions()
					.stream()
					.filter((m) -> m.section() != Section.OTHER)
					.mapToDouble((m) -> m.section().requirementWeight)
					.max()
					.orElse(0);
				if (asked > 0) {
					skillSet.put(skill.skillCode(), asked * skill.target());
				}
			}
		}
		// breadth: the domains of the foundation the duties cover
		List<String> breadth = breadth(findings, dutyLines);
		PostingsFile.Breadth breadthRule = this.postings.breadth();
		int broad = (breadth.size() >= breadthRule.from()) ? breadth.size() - breadthRule.from() + 1 : 0;
		double breadthBonus = breadthRule.bonus() * broad;

		Map<String, List<String>> cueWordsFound = new HashMap<>();
		for (CueGroup group : this.skillSetCues) {
			List<String> found = new ArrayList<>();
			int count = countCues(postingText, group.cues(), found);
			// a broad posting asks for the whole-system view too
			if (group.name().equals(breadthRule.skillSetCue())) {
				count += broad;
			}
			if (count > 0) {
				skillSet.put("cue:" + group.name(), 4.0 * Math.min(3, count));
				cueWordsFound.put(group.name(), found);
			}
		}

		PostingsFile.Scoring scoring = this.postings.scoring();
		double technologyMass = technologies.values().stream().mapToDouble(Double::doubleValue).sum();
		double technologyConfidence = Math.min(1, technologyMass / scoring.technologyMass());
		// duties: the raw score of each role
		Map<String, Double> dutyRaw = new HashMap<>();
		Map<String, List<String>> dutyEvidence = new HashMap<>();
		Map<String, List<String>> breadthEvidence = new HashMap<>();
		for (PostingDictionary.RoleSignals role : this.dictionary.roles()) {
			String code = role.roleCode();
			List<String> dutyWords = new ArrayList<>();
			double raw = 0;
			for (Phrase phrase : this.duties.getOrDefault(code, List.of())) {
				double best = 0;
				for (Line line : dutyLines) {
					best = Math.max(best, phraseMatch(line.text(), phrase));
					if (best == 1) {
						break;
					}
				}
				if (best > 0) {
					dutyWords.add(phrase.original());
					raw += best;
				}
			}
			List<String> cuesFound = new ArrayList<>();
			int cues = countCues(dutyText, this.roleCues.getOrDefault(code, List.of()), cuesFound);
			raw += Math.min(scoring.cueCap(), cues * scoring.cueWeight());
			dutyWords.addAll(cuesFound);
			List<String> roleBreadth = List.of();
			if (code.equals(breadthRule.role()) && breadthBonus > 0) {
				raw += breadthBonus;
				roleBreadth = breadth;
			}
			dutyRaw.put(code, raw);
			dutyEvidence.put(code, List.copyOf(dutyWords));
			breadthEvidence.put(code, roleBreadth);
		}
		// relative to the strongest role, but a weak best reaches the full signal only at
		// the saturation
		double dutyScale = Math.max(scoring.dutySaturation(),
				dutyRaw.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));

		List<RoleScore> scores = new ArrayList<>();
		for (PostingDictionary.RoleSignals role : this.dictionary.roles()) {
			String code = role.roleCode();
			double dutySignal = dutyRaw.get(code) / dutyScale;

			// technologies and skill set against the role's profile
			Map<String, Double> techProfile = new HashMap<>();
			Map<String, Double> skillProfile = new HashMap<>();
			for (PostingDictionary.Requirement r : role.requirements()) {
				(isTechnology(r.skillCode()) ? techProfile : skillProfile).put(r.skillCode(),
						(double) r.weight() * r.target());
			}
			for (CueGroup group : this.skillSetCues) {
				Integer weight = group.roles().get(code);
				if (weight != null) {
					skillProfile.put("cue:" + group.name(), weight.doubleValue());
				}
			}
			double technologySignal = cosine(technologies, techProfile) * technologyConfidence;
			double skillSignal = cosine(skillSet, skillProfile);
			List<String> techWords = evidence(technologies, techProfile, findings, Map.of());
			List<String> skillWords = evidence(skillSet, skillProfile, findings, cueWordsFound);
			double score = (dutySignal + technologySignal + skillSignal) / 3.0;
			scores.add(new RoleScore(code, score, dutySignal, technologySignal, skillSignal, dutyEvidence.get(code),
					breadthEvidence.get(code), techWords, skillWords));
		}
		scores.sort(Comparator.comparingDouble(RoleScore::score).reversed());
		return scores;
	}

	private boolean isTechnology(String skillCode) {
		return this.technologyCategories.contains(this.categories.get(skillCode))
				&& !this.skillSetSkills.contains(skillCode);
	}

	/**
	 * The domains (postings.yaml breadth) the duties name a skill of, in their order;
	 * none when one domain has more than {@code breadth.maxShare} of the mentions in the
	 * duties (a cloud posting that also names its network and database services is not
	 * broad).
	 */
	private List<String> breadth(Map<String, SkillFinding> findings, List<Line> dutyLines) {
		Map<String, Integer> mentions = new HashMap<>();
		for (SkillFinding finding : findings.values()) {
			String category = this.categories.get(finding.skillCode);
			long inDuties = finding.lines.stream().filter(dutyLines::contains).count();
			if (inDuties > 0) {
				mentions.merge(category, (int) inDuties, Integer::sum);
			}
		}
		List<String> covered = new ArrayList<>();
		int total = 0;
		int most = 0;
		for (PostingsFile.Domain domain : this.postings.breadth().domains()) {
			int count = domain.categories().stream().mapToInt((c) -> mentions.getOrDefault(c, 0)).sum();
			if (count > 0) {
				covered.add(domain.name());
				total += count;
				most = Math.max(most, count);
			}
		}
		return (most > total * this.postings.breadth().maxShare()) ? List.of() : List.copyOf(covered);
	}

	/**
	 * The words behind a signal: for the dimensions the posting and the role share,
	 * strongest first, the terms found (or the cue words).
	 */
	private static List<String> evidence(Map<String, Double> posting, Map<String, Double> profile,
			Map<String, SkillFinding> findings, Map<String, List<String>> cueWords) {
		List<String> shared = posting.keySet()
			.stream()
			.filter(profile::containsKey)
			.sorted(Comparator.comparingDouble((String k) -> -posting.get(k) * profile.get(k))
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		Set<String> words = new LinkedHashSet<>();
		for (String key : shared) {
			if (key.startsWith("cue:")) {
				words.addAll(cueWords.getOrDefault(key.substring(4), List.of()));
			}
			else {
				findings.get(key).mentions.stream().map(Mention::term).forEach(words::add);
			}
		}
		return words.stream().limit(8).toList();
	}

	/**
	 * 1 when the line contains the phrase, or all its words (in any order); 0.5 when it
	 * contains the phrase's objects (its words that are not generic, such as 設計 or build)
	 * and at least two thirds of its words; 0 otherwise. A phrase of generic words only,
	 * or of one word, matches only as a whole.
	 */
	double phraseMatch(String line, String phrase) {
		return phraseMatch(this.normalizer.term(line), phrase(phrase));
	}

	private static double phraseMatch(String line, Phrase phrase) {
		if (line.contains(phrase.normalized())) {
			return 1;
		}
		if (phrase.words().size() < 2 || phrase.objects().isEmpty()) {
			return 0;
		}
		if (!phrase.objects().stream().allMatch((w) -> containsWord(line, w))) {
			return 0;
		}
		long present = phrase.words().stream().filter((w) -> containsWord(line, w)).count();
		if (present == phrase.words().size()) {
			return 1;
		}
		return (present * 3 >= phrase.words().size() * 2L) ? 0.5 : 0;
	}

	/** A Latin word at the start of a word (its stem may go on); Japanese anywhere. */
	private static boolean containsWord(String text, String word) {
		if (!isWordChar(word.charAt(0))) {
			return text.contains(word);
		}
		int from = 0;
		while ((from = text.indexOf(word, from)) >= 0) {
			if (from == 0 || !isWordChar(text.charAt(from - 1))) {
				return true;
			}
			from++;
		}
		return false;
	}

	private static int countCues(String text, List<Cue> cues, List<String> found) {
		int count = 0;
		for (Cue cue : cues) {
			String word = cue.normalized();
			if (word.isEmpty()) {
				continue;
			}
			int from = 0;
			boolean seen = false;
			while ((from = text.indexOf(word, from)) >= 0) {
				boolean latinStart = isWordChar(word.charAt(0));
				boolean latinEnd = isWordChar(word.charAt(word.length() - 1));
				boolean bounded = (!latinStart || from == 0 || !isWordChar(text.charAt(from - 1))) && (!latinEnd
						|| from + word.length() >= text.length() || !isWordChar(text.charAt(from + word.length())));
				if (bounded) {
					count++;
					seen = true;
				}
				from += word.length();
			}
			if (seen) {
				found.add(cue.original());
			}
		}
		return count;
	}

	private static String join(List<Line> lines) {
		StringBuilder text = new StringBuilder();
		for (Line line : lines) {
			text.append(line.text()).append('\n');
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

	private record Line(int start, int end, Section section, String text) {
	}

	private record LevelCue(int level, String word, String normalized) {
	}

	/** A duty phrase, its words (stemmed) and those of them that are not generic. */
	private record Phrase(String original, String normalized, List<String> words, List<String> objects) {
	}

	private record Cue(String original, String normalized) {
	}

	private record CueGroup(String name, Map<String, Integer> roles, List<Cue> cues) {
	}

	private static final class SkillFinding {

		final String skillCode;

		final List<Mention> mentions = new ArrayList<>();

		final EnumSet<Section> sections = EnumSet.noneOf(Section.class);

		final List<Line> lines = new ArrayList<>();

		/** The highest level read from years, which decides over the kind of work. */
		LevelEvidence fromYears;

		LevelEvidence fromWork;

		SkillFinding(String skillCode) {
			this.skillCode = skillCode;
		}

		void consider(LevelEvidence level) {
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

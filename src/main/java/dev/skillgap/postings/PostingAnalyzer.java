package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.skillgap.postings.PostingAnalysis.RoleScore;
import dev.skillgap.postings.PostingAnalysis.Segment;

/**
 * Reads a job posting the way the article teaches (lines 80-98), in four steps, each its
 * own class; every word it reads by is reference data
 * ({@code db/reference/postings.yaml}, the terms of {@code skills.yaml}, the duty phrases
 * of {@code roles.yaml}), normalised the same way as the text ({@link TextNormalizer}).
 *
 * <ol>
 * <li><b>Sections</b> ({@link SectionReader}): headings, on a line of their own or
 * followed by their content on the same line, open the duties, required, preferred,
 * technologies or other (company, benefits) section.</li>
 * <li><b>Skills</b> ({@link SkillFinder}): every term of the dictionary is looked up,
 * with its evidence and the sections it was asked for in.</li>
 * <li><b>Levels</b> ({@link LevelReader}): the level each line that names a skill asks
 * for, by stated years or the kind of work.</li>
 * <li><b>Role</b> ({@link RoleScorer}): which role the posting describes, every answer
 * with the words that pushed it there.</li>
 * </ol>
 * Linear in the text's length ({@code bench/postings.sh} measures it).
 */
final class PostingAnalyzer {

	private final TextNormalizer normalizer;

	private final SectionReader sections;

	private final SkillFinder skills;

	private final RoleScorer roles;

	private final PostingsFile.Judgement judgement;

	private final double mixedRatio;

	PostingAnalyzer(Steps steps, RoleScorer roles, PostingsFile.Judgement judgement, double mixedRatio) {
		this.normalizer = steps.normalizer();
		this.sections = steps.sections();
		this.skills = steps.skills();
		this.roles = roles;
		this.judgement = judgement;
		this.mixedRatio = mixedRatio;
	}

	/**
	 * The analyser over the dictionary and the reading rules, scoring the roles by the
	 * article's signals alone.
	 * @param dictionary the skill terms and role signals
	 * @param postings how to read a posting ({@code db/reference/postings.yaml})
	 */
	PostingAnalyzer(PostingDictionary dictionary, PostingsFile postings) {
		this(dictionary, postings, Optional.empty());
	}

	/**
	 * The analyser scoring the roles by the learned model where there is one.
	 */
	PostingAnalyzer(PostingDictionary dictionary, PostingsFile postings, Optional<RoleModel> model) {
		this(Steps.of(dictionary, postings, new LevelReader(postings.levels(), normalizer(postings))), postings, model);
	}

	PostingAnalyzer(PostingDictionary dictionary, PostingsFile postings, LevelReader levels) {
		this(Steps.of(dictionary, postings, levels), postings, Optional.empty());
	}

	private PostingAnalyzer(Steps steps, PostingsFile postings, Optional<RoleModel> model) {
		this(steps,
				model.<RoleScorer>map((m) -> new LearnedRoleScorer(m, steps.signals(), steps.features()))
					.orElse(steps.signals()),
				postings.judgement(), model.map(RoleModel::mixedRatio).orElse(DEFAULT_MIXED_RATIO));
	}

	/**
	 * Where there is no learned model: the second role mixes in from 60 % of the first.
	 */
	static final double DEFAULT_MIXED_RATIO = 0.6;

	static TextNormalizer normalizer(PostingsFile postings) {
		return new TextNormalizer(postings.normalization().ignoredCharacters());
	}

	PostingAnalysis analyze(String text) {
		ReadPosting posting = read(text);
		String language = isJapanese(text) ? "ja" : "en";
		List<Segment> segments = segments(text, posting);
		if (tooShort(posting, language)) {
			return new PostingAnalysis(language, posting.skills().skills(), List.of(), segments,
					new PostingAnalysis.Judgement(true, 0, null));
		}
		List<RoleScore> roles = this.roles.score(posting);
		RoleScore first = roles.get(0);
		RoleScore second = (roles.size() > 1) ? roles.get(1) : null;
		String mixedWith = (second != null && second.probability() >= this.mixedRatio * first.probability())
				? second.roleCode() : null;
		return new PostingAnalysis(language, posting.skills().skills(), roles, segments,
				new PostingAnalysis.Judgement(false, first.probability(), mixedWith));
	}

	/**
	 * Too little to judge: fewer characters (outside the company and benefit parts, white
	 * space left out) or fewer skills than {@code judgement} of postings.yaml asks.
	 */
	boolean tooShort(ReadPosting posting, String language) {
		long characters = posting.lines()
			.stream()
			.filter((line) -> line.section() != Section.OTHER)
			.mapToLong((line) -> line.text().codePoints().filter((cp) -> !Character.isWhitespace(cp)).count())
			.sum();
		return characters < this.judgement.minCharacters().getOrDefault(language, 0)
				|| posting.skills().skills().size() < this.judgement.minSkills();
	}

	/** Steps 1 to 3: the posting's sections, skills and levels. */
	ReadPosting read(String text) {
		TextNormalizer.Normalized normalized = this.normalizer.normalize(text);
		List<SkillFinder.TermMatch> matches = this.skills.match(normalized.text());
		List<PostingLine> lines = this.sections.settle(this.sections.read(normalized.text()), matches);
		return new ReadPosting(text, normalized, lines, this.skills.find(normalized, lines, matches));
	}

	private static List<Segment> segments(String text, ReadPosting posting) {
		TextNormalizer.Normalized normalized = posting.normalized();
		List<Segment> segments = new ArrayList<>();
		int at = 0;
		for (SkillFinder.TermMatch match : posting.skills().matches()) {
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

	static boolean isJapanese(String text) {
		long cjk = text.codePoints()
			.filter((cp) -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
					|| Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
					|| Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA)
			.count();
		return cjk * 10 > text.codePointCount(0, text.length());
	}

	/** The steps built over the reference data, and the features the model reads. */
	record Steps(TextNormalizer normalizer, SectionReader sections, SkillFinder skills, ArticleSignals signals,
			PostingFeatures features) {

		static Steps of(PostingDictionary dictionary, PostingsFile postings, LevelReader levels) {
			TextNormalizer normalizer = PostingAnalyzer.normalizer(postings);
			ArticleSignals signals = new ArticleSignals(dictionary, postings, normalizer,
					new DutyPhrases(postings.phrases(), normalizer));
			return new Steps(normalizer, new SectionReader(new SectionHeadings(postings.headings(), normalizer)),
					new SkillFinder(dictionary, normalizer, levels), signals,
					new PostingFeatures(dictionary, postings, normalizer, signals));
		}

	}

}

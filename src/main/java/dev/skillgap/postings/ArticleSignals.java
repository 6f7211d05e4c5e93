package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.skillgap.postings.PostingAnalysis.FoundSkill;
import dev.skillgap.postings.PostingAnalysis.Mention;
import dev.skillgap.postings.PostingAnalysis.RoleScore;

/**
 * The article's three signals for each role (lines 84-98), each 0 to 1 with the words
 * that triggered it: <em>duties</em> (the role's duty phrases, which need their object on
 * the same line, the article's whole-system versus server wording, and the breadth of the
 * foundation covered, in the duties section); <em>technologies</em> (the technologies
 * named anywhere against the role's technologies); <em>skill set</em> (the capabilities
 * asked for anywhere but the company and benefit parts, and the article's l.95 cues:
 * whole-system operation versus server performance and incident response, against the
 * role's). The last two are cosine similarities over different dimensions.
 * <p>
 * Used alone (their average ranks the roles), or as features of the learned model.
 */
final class ArticleSignals implements RoleScorer {

	private final PostingDictionary dictionary;

	private final PostingsFile postings;

	/** Skill categories that name technologies (as opposed to capabilities). */
	private final Set<String> technologyCategories;

	/** Skills of a technology category that count in the skill set. */
	private final Set<String> skillSetSkills;

	private final Map<String, String> categories = new HashMap<>();

	private final Map<String, List<DutyPhrases.Phrase>> duties = new LinkedHashMap<>();

	private final Map<String, List<Cue>> roleCues = new HashMap<>();

	private final List<CueGroup> skillSetCues;

	ArticleSignals(PostingDictionary dictionary, PostingsFile postings, TextNormalizer normalizer,
			DutyPhrases phrases) {
		this.dictionary = dictionary;
		this.postings = postings;
		this.technologyCategories = Set.copyOf(postings.technologyCategories());
		this.skillSetSkills = Set.copyOf(postings.skillSetSkills());
		dictionary.skills().forEach((s) -> this.categories.put(s.skillCode(), s.category()));
		for (PostingDictionary.RoleSignals role : dictionary.roles()) {
			List<String> words = new ArrayList<>(role.duties());
			words.addAll(postings.dutiesOf(role.roleCode()));
			this.duties.put(role.roleCode(), words.stream().distinct().map(phrases::phrase).toList());
			this.roleCues.put(role.roleCode(), cues(postings.cuesOf(role.roleCode()), normalizer));
		}
		this.skillSetCues = postings.skillSetCues()
			.stream()
			.map((group) -> new CueGroup(group.name(), Map.copyOf(group.roles()), cues(group.words(), normalizer)))
			.toList();
	}

	/** The cues of a list of words, one per normalised form. */
	private static List<Cue> cues(List<String> words, TextNormalizer normalizer) {
		Map<String, Cue> cues = new LinkedHashMap<>();
		for (String word : words) {
			String normalized = normalizer.term(word);
			if (!normalized.isEmpty()) {
				cues.putIfAbsent(normalized, new Cue(word, normalized));
			}
		}
		return List.copyOf(cues.values());
	}

	/**
	 * The roles by the average of their three signals, best first; each role's share of
	 * the total is its probability.
	 */
	@Override
	public List<RoleScore> score(ReadPosting posting) {
		List<RoleScore> signals = signals(posting).roles();
		double total = signals.stream().mapToDouble(RoleScore::score).sum();
		List<RoleScore> scores = new ArrayList<>();
		for (RoleScore role : signals) {
			double share = (total > 0) ? role.score() / total : 1.0 / signals.size();
			scores.add(new RoleScore(role.roleCode(), role.score(), share, role.duties(), role.technologies(),
					role.skillSet(), role.dutyPhrases(), role.breadth(), role.technologyTerms(), role.skillSetTerms(),
					List.of()));
		}
		scores.sort(Comparator.comparingDouble(RoleScore::score).reversed());
		return scores;
	}

	/** Every role's signals, in the order of the roles. */
	Signals signals(ReadPosting posting) {
		List<PostingLine> lines = posting.lines();
		Map<String, SkillFinder.SkillFinding> findings = posting.skills().findings();
		List<PostingLine> dutyLines = posting.linesOf(Section.DUTIES);
		if (dutyLines.stream().allMatch((l) -> l.text().isBlank())) {
			dutyLines = lines.stream().filter((l) -> l.section() != Section.OTHER).toList();
		}
		String dutyText = join(dutyLines);
		String postingText = join(lines.stream().filter((l) -> l.section() != Section.OTHER).toList());

		// technologies named anywhere; capabilities asked anywhere but the company part
		Map<String, Double> technologies = new HashMap<>();
		Map<String, Double> skillSet = new HashMap<>();
		for (FoundSkill skill : posting.skills().skills()) {
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
		List<String> breadth = breadth(findings, dutyLines, lines.size());
		PostingsFile.Breadth breadthRule = this.postings.breadth();
		int broad = (breadth.size() >= breadthRule.from()) ? breadth.size() - breadthRule.from() + 1 : 0;
		double breadthBonus = breadthRule.bonus() * broad;

		Map<String, List<String>> cueWordsFound = new HashMap<>();
		Map<String, Integer> cueCounts = new LinkedHashMap<>();
		for (CueGroup group : this.skillSetCues) {
			List<String> found = new ArrayList<>();
			int count = countCues(postingText, group.cues(), found);
			// a broad posting asks for the whole-system view too
			if (group.name().equals(breadthRule.skillSetCue())) {
				count += broad;
			}
			cueCounts.put(group.name(), count);
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
		Map<String, Integer> roleCueCounts = new HashMap<>();
		Map<String, List<String>> dutyEvidence = new HashMap<>();
		Map<String, List<String>> breadthEvidence = new HashMap<>();
		for (PostingDictionary.RoleSignals role : this.dictionary.roles()) {
			String code = role.roleCode();
			List<String> dutyWords = new ArrayList<>();
			double raw = 0;
			for (DutyPhrases.Phrase phrase : this.duties.getOrDefault(code, List.of())) {
				if (!DutyPhrases.mayMatch(dutyText, phrase)) {
					continue;
				}
				double best = 0;
				for (PostingLine line : dutyLines) {
					best = Math.max(best, DutyPhrases.match(line.text(), phrase));
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
			roleCueCounts.put(code, cues);
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
			scores.add(new RoleScore(code, score, 0, dutySignal, technologySignal, skillSignal, dutyEvidence.get(code),
					breadthEvidence.get(code), techWords, skillWords, List.of()));
		}
		return new Signals(scores, dutyRaw, roleCueCounts, breadth, cueCounts);
	}

	boolean isTechnology(String skillCode) {
		return this.technologyCategories.contains(this.categories.get(skillCode))
				&& !this.skillSetSkills.contains(skillCode);
	}

	/**
	 * The skill category of a skill code (null for a code the dictionary does not know).
	 */
	String categoryOf(String skillCode) {
		return this.categories.get(skillCode);
	}

	/**
	 * The domains (postings.yaml breadth) the duties name a skill of, in their order;
	 * none when one domain has more than {@code breadth.maxShare} of the mentions in the
	 * duties (a cloud posting that also names its network and database services is not
	 * broad).
	 */
	private List<String> breadth(Map<String, SkillFinder.SkillFinding> findings, List<PostingLine> dutyLines,
			int lineCount) {
		boolean[] inDuties = new boolean[lineCount];
		dutyLines.forEach((line) -> inDuties[line.index()] = true);
		Map<String, Integer> mentions = new HashMap<>();
		for (SkillFinder.SkillFinding finding : findings.values()) {
			String category = this.categories.get(finding.skillCode);
			long count = finding.lines.stream().filter((line) -> inDuties[line.index()]).count();
			if (count > 0) {
				mentions.merge(category, (int) count, Integer::sum);
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
			Map<String, SkillFinder.SkillFinding> findings, Map<String, List<String>> cueWords) {
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

	private static int countCues(String text, List<Cue> cues, List<String> found) {
		int count = 0;
		for (Cue cue : cues) {
			int seen = Words.count(text, cue.normalized());
			if (seen > 0) {
				count += seen;
				found.add(cue.original());
			}
		}
		return count;
	}

	private static String join(List<PostingLine> lines) {
		StringBuilder text = new StringBuilder();
		for (PostingLine line : lines) {
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

	/**
	 * The signals of every role, and what they were made of.
	 *
	 * @param roles each role's signals, in the order of the roles
	 * @param dutyRaw each role's duty score before scaling
	 * @param roleCues how many of each role's whole-system or server cues the duties name
	 * @param breadth the domains of the foundation the duties cover
	 * @param skillSetCues how many cues of each skill-set group the posting names
	 */
	record Signals(List<RoleScore> roles, Map<String, Double> dutyRaw, Map<String, Integer> roleCues,
			List<String> breadth, Map<String, Integer> skillSetCues) {
	}

	private record Cue(String original, String normalized) {
	}

	private record CueGroup(String name, Map<String, Integer> roles, List<Cue> cues) {
	}

}

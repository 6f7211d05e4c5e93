package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.skillgap.postings.PostingAnalysis.FoundSkill;
import dev.skillgap.postings.PostingAnalysis.RoleScore;

/**
 * What the learned role model reads of a posting: the features the analyser already
 * finds, every one named by codes of the reference data (roles, skills, cue groups), so
 * that an organisation's own roles and skills get features of their own with no change
 * here.
 * <ul>
 * <li>per role ({@code role.<code>.<kind>}): the article's three signals ({@code duties},
 * {@code technologies}, {@code skillSet}), its whole-system or server cues in the duties
 * ({@code cues}) and whether the title names it ({@code title}). Their weights are shared
 * by every role (a new role is scored by its own signals before any posting of it was
 * labelled);</li>
 * <li>per posting ({@code posting.<name>}): each skill asked for, as strong as the part
 * it is asked in ({@code skill.<code>}: duties or requirements 1, technologies 2/3, the
 * rest 1/3), the skill-set cue groups ({@code cue.<group>}) and the breadth of the
 * foundation the duties cover ({@code breadth}). Each role has its own weights for
 * them.</li>
 * </ul>
 * Features that are 0 are left out. {@link #VERSION} changes whenever what is extracted
 * changes (the corpus is then extracted again from its texts).
 */
final class PostingFeatures {

	/** The version of the extraction, stored with the corpus's features. */
	static final String VERSION = "1";

	static final String ROLE = "role.";

	static final String POSTING = "posting.";

	/** The role-relative kinds, in the order they are explained. */
	static final List<String> ROLE_KINDS = List.of("duties", "technologies", "skillSet", "cues", "title");

	private final ArticleSignals signals;

	private final Map<String, List<String>> titles = new HashMap<>();

	private final int domains;

	PostingFeatures(PostingDictionary dictionary, PostingsFile postings, TextNormalizer normalizer,
			ArticleSignals signals) {
		this.signals = signals;
		for (PostingDictionary.RoleSignals role : dictionary.roles()) {
			List<String> words = new ArrayList<>(role.names());
			words.addAll(postings.titlesOf(role.roleCode()));
			this.titles.put(role.roleCode(),
					words.stream().map(normalizer::term).filter((w) -> !w.isEmpty()).distinct().toList());
		}
		this.domains = Math.max(1, postings.breadth().domains().size());
	}

	/** The features of a read posting, by name (sorted, for stable storage). */
	Map<String, Double> extract(ReadPosting posting) {
		return extract(posting, this.signals.signals(posting));
	}

	Map<String, Double> extract(ReadPosting posting, ArticleSignals.Signals signals) {
		Map<String, Double> features = new TreeMap<>();
		String title = title(posting);
		for (RoleScore role : signals.roles()) {
			String prefix = ROLE + role.roleCode() + ".";
			put(features, prefix + "duties", role.duties());
			put(features, prefix + "technologies", role.technologies());
			put(features, prefix + "skillSet", role.skillSet());
			put(features, prefix + "cues", Math.min(1.0, signals.roleCues().getOrDefault(role.roleCode(), 0) / 4.0));
			boolean named = this.titles.getOrDefault(role.roleCode(), List.of())
				.stream()
				.anyMatch((word) -> Words.count(title, word) > 0);
			put(features, prefix + "title", named ? 1.0 : 0.0);
		}
		for (FoundSkill skill : posting.skills().skills()) {
			double strength = skill.mentions()
				.stream()
				.filter((m) -> m.section() != Section.OTHER)
				.mapToDouble((m) -> strength(m.section()))
				.max()
				.orElse(0);
			put(features, POSTING + "skill." + skill.skillCode(), strength);
		}
		signals.skillSetCues()
			.forEach((group, count) -> put(features, POSTING + "cue." + group, Math.min(1.0, count / 3.0)));
		put(features, POSTING + "breadth", (double) signals.breadth().size() / this.domains);
		return features;
	}

	private static double strength(Section section) {
		return switch (section) {
			case DUTIES, REQUIRED -> 1.0;
			case TECHNOLOGIES -> 2.0 / 3;
			default -> 1.0 / 3;
		};
	}

	/** The first line with text: usually the posting's title. */
	static String title(ReadPosting posting) {
		return posting.lines().stream().map(PostingLine::text).filter((t) -> !t.isBlank()).findFirst().orElse("");
	}

	private static void put(Map<String, Double> features, String name, double value) {
		if (value != 0) {
			features.put(name, Math.round(value * 10_000) / 10_000.0);
		}
	}

	/** The kinds of a role's features and the posting's, split from a feature name. */
	static Map<String, String> parse(String name) {
		Map<String, String> parts = new HashMap<>();
		if (name.startsWith(ROLE)) {
			int last = name.lastIndexOf('.');
			parts.put("role", name.substring(ROLE.length(), last));
			parts.put("kind", name.substring(last + 1));
		}
		else if (name.startsWith(POSTING)) {
			parts.put("posting", name.substring(POSTING.length()));
		}
		return parts;
	}

}

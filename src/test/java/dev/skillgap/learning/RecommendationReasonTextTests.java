package dev.skillgap.learning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.skillgap.TestMessages.english;
import static dev.skillgap.TestMessages.japanese;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reason's words come from the message bundles; these are the texts the code built
 * before they moved there, in both languages, and must stay exactly the same (no digit
 * grouping in 1500 hours).
 */
class RecommendationReasonTextTests {

	private static final Map<String, String> SKILLS_EN = Map.of("l", "Linux", "n", "Networking", "c", "Cloud");

	private static final Map<String, String> SKILLS_JA = Map.of("l", "Linux", "n", "ネットワーク基礎", "c", "クラウド");

	@Test
	void rendersTheSameReasonsAsBeforeInEnglishAndJapanese() {
		List<Case> cases = List.of(new Case("none", rec(10, List.of()), "Closes your  in about 10 h", "を約10時間で埋めます"),
				new Case("one", rec(40, List.of(new Recommender.Closure("n", 2, 3, 3))),
						"Closes your Networking gap 2 → 3 (weight 3) in about 40 h",
						"ネットワーク基礎のギャップ 2 → 3（重み3）を約40時間で埋めます"),
				new Case("three",
						rec(1500,
								List.of(new Recommender.Closure("n", 2, 3, 3), new Recommender.Closure("l", 0, 2, 1),
										new Recommender.Closure("c", 1, 4, 2))),
						"Closes your Networking gap 2 → 3 (weight 3), Linux gap 0 → 2 (weight 1), Cloud gap 1 → 4 (weight 2) in about 1500 h",
						"ネットワーク基礎のギャップ 2 → 3（重み3）、Linuxのギャップ 0 → 2（重み1）、クラウドのギャップ 1 → 4（重み2）を約1500時間で埋めます"));
		for (Case c : cases) {
			assertThat(english(RecommendationReason.of(c.recommendation(), SKILLS_EN::get))).as(c.name() + " en")
				.isEqualTo(c.english());
			assertThat(japanese(RecommendationReason.of(c.recommendation(), SKILLS_JA::get))).as(c.name() + " ja")
				.isEqualTo(c.japanese());
		}
	}

	private static Recommender.Recommendation rec(int hours, List<Recommender.Closure> closes) {
		return new Recommender.Recommendation(LearningItemBuilder.item("x").hours(hours).build(), closes, 0, 0.0);
	}

	private record Case(String name, Recommender.Recommendation recommendation, String english, String japanese) {
	}

}

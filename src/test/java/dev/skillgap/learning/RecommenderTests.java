package dev.skillgap.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.skillgap.gaps.RoleProfile;
import org.junit.jupiter.api.Test;

import static dev.skillgap.learning.LearningItemBuilder.item;
import static org.assertj.core.api.Assertions.assertThat;

class RecommenderTests {

	private final RoleProfile network = new RoleProfile("network-engineer",
			List.of(new RoleProfile.Requirement("network", 4, 3), new RoleProfile.Requirement("security", 2, 1)));

	@Test
	void ranksByWeightedGapClosedPerHour() {
		LearningItem ccna = item("ccna").hours(100).raises("network", 1, 3).build(); // 3*2/100
																						// =
																						// 0.06
		LearningItem book = item("book").hours(20).raises("network", 1, 2).build(); // 3*1/20
																					// =
																					// 0.15
		LearningItem security = item("security").hours(40).raises("security", 1, 2).build(); // 1/40

		List<Recommender.Recommendation> ranked = Recommender.recommend(this.network,
				Map.of("network", 1, "security", 1), List.of(ccna, security, book), Set.of());

		assertThat(ranked).extracting((r) -> r.item().code()).containsExactly("book", "ccna", "security");
		assertThat(ranked.get(1).closes()).containsExactly(new Recommender.Closure("network", 1, 3, 3));
		assertThat(ranked.get(1).weightedGapClosed()).isEqualTo(6);
	}

	@Test
	void neverRecommendsAnItemThatCannotHelp() {
		LearningItem unrelated = item("unrelated").raises("cooking", 0, 3).build();
		LearningItem alreadyThere = item("already").raises("network", 1, 3).build();
		LearningItem beyondTarget = item("beyond").raises("security", 2, 4).build();

		List<Recommender.Recommendation> ranked = Recommender.recommend(this.network,
				Map.of("network", 4, "security", 2), List.of(unrelated, alreadyThere, beyondTarget), Set.of());

		assertThat(ranked).isEmpty();
	}

	@Test
	void anItemStartingAboveTheCurrentLevelWaitsUntilThatLevelIsReached() {
		LearningItem advanced = item("ccnp").raises("network", 3, 4).build();

		assertThat(Recommender.recommend(this.network, Map.of("network", 2), List.of(advanced), Set.of())).isEmpty();
		assertThat(Recommender.recommend(this.network, Map.of("network", 3), List.of(advanced), Set.of()))
			.extracting((r) -> r.item().code())
			.containsExactly("ccnp");
	}

	@Test
	void excludesItemsDoneOrInThePlan() {
		LearningItem a = item("a").raises("network", 0, 1).build();
		LearningItem b = item("b").raises("network", 0, 1).build();

		assertThat(Recommender.recommend(this.network, Map.of(), List.of(a, b), Set.of("a")))
			.extracting((r) -> r.item().code())
			.containsExactly("b");
	}

	@Test
	void tiesComeOutInAStableOrder() {
		LearningItem z = item("z").hours(10).raises("network", 0, 1).build();
		LearningItem a = item("a").hours(10).raises("network", 0, 1).build();
		LearningItem longer = item("longer").hours(20).raises("network", 0, 2).build();

		List<String> first = codes(Recommender.recommend(this.network, Map.of(), List.of(z, a, longer), Set.of()));
		List<String> second = codes(Recommender.recommend(this.network, Map.of(), List.of(longer, a, z), Set.of()));

		// same score: fewer hours first, then by code
		assertThat(first).containsExactly("a", "z", "longer").isEqualTo(second);
	}

	@Test
	void thePathChainsItemsInLevelOrderUntilEveryGapIsClosed() {
		LearningItem basics = item("basics").hours(10).raises("network", 0, 2).build();
		LearningItem ccna = item("ccna").hours(100).raises("network", 2, 3).build();
		LearningItem ccnp = item("ccnp").hours(150).raises("network", 3, 4).build();
		LearningItem security = item("security-plus").hours(40).raises("security", 0, 2).build();
		LearningItem useless = item("useless").hours(1).raises("cooking", 0, 5).build();

		Recommender.LearningPath path = Recommender.path(this.network, Map.of(),
				List.of(ccnp, ccna, useless, security, basics), Set.of());

		assertThat(path.steps()).extracting((s) -> s.item().code())
			.containsExactly("basics", "security-plus", "ccna", "ccnp");
		assertThat(path.totalHours()).isEqualTo(300);
		assertThat(path.unclosed()).isEmpty();
	}

	@Test
	void thePathNamesTheGapsNoItemCloses() {
		LearningItem basics = item("basics").raises("network", 0, 2).build();

		Recommender.LearningPath path = Recommender.path(this.network, Map.of(), List.of(basics), Set.of());

		assertThat(path.unclosed()).containsExactly(new Recommender.Closure("network", 2, 4, 3),
				new Recommender.Closure("security", 0, 2, 1));
	}

	@Test
	void thePathPrefersCheaperItemsForTheSameGap() {
		LearningItem cheap = item("cheap").hours(10).raises("network", 0, 4).raises("security", 0, 2).build();
		LearningItem dear = item("dear").hours(200).raises("network", 0, 4).build();

		Recommender.LearningPath path = Recommender.path(this.network, Map.of(), List.of(dear, cheap), Set.of());

		assertThat(path.steps()).extracting((s) -> s.item().code()).containsExactly("cheap");
		assertThat(path.totalHours()).isEqualTo(10);
	}

	private static List<String> codes(List<Recommender.Recommendation> recommendations) {
		return recommendations.stream().map((r) -> r.item().code()).toList();
	}

}

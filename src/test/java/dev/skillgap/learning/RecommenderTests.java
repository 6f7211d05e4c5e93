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
	void anItemTakenBeforeALaterStepMetItsPrerequisiteClosesThatGapToo() {
		RoleProfile server = new RoleProfile("server-engineer", List.of(new RoleProfile.Requirement("mail", 3, 2),
				new RoleProfile.Requirement("virtualization", 3, 1)));
		// taken first for mail 2 -> 3; its virtualization 1 -> 3 waits for level 1
		LearningItem linuc2 = item("linuc-2").hours(10).raises("mail", 2, 3).raises("virtualization", 1, 3).build();
		LearningItem linuc1 = item("linuc-1").hours(100).raises("virtualization", 0, 1).build();

		Recommender.LearningPath path = Recommender.path(server, Map.of("mail", 2), List.of(linuc2, linuc1), Set.of());

		assertThat(path.steps()).extracting((s) -> s.item().code()).containsExactly("linuc-1", "linuc-2");
		assertThat(path.steps().get(1).closes()).containsExactlyInAnyOrder(new Recommender.Closure("mail", 2, 3, 2),
				new Recommender.Closure("virtualization", 1, 3, 1));
		assertThat(path.unclosed()).isEmpty();
		assertThat(path.totalHours()).isEqualTo(110);
	}

	@Test
	void anItemALaterStepBuildsOnKeepsItsPlace() {
		RoleProfile server = new RoleProfile("server-engineer", List.of(new RoleProfile.Requirement("mail", 4, 2),
				new RoleProfile.Requirement("virtualization", 3, 1)));
		LearningItem linuc2 = item("linuc-2").hours(10).raises("mail", 2, 3).raises("virtualization", 1, 3).build();
		LearningItem mailExpert = item("mail-expert").hours(20).raises("mail", 3, 4).build();
		LearningItem linuc1 = item("linuc-1").hours(100).raises("virtualization", 0, 1).build();

		Recommender.LearningPath path = Recommender.path(server, Map.of("mail", 2), List.of(linuc2, mailExpert, linuc1),
				Set.of());

		// mail-expert starts from the 3 linuc-2 gives: moving linuc-2 after it would
		// break that
		assertThat(path.steps()).extracting((s) -> s.item().code())
			.containsExactly("linuc-2", "mail-expert", "linuc-1");
		assertThat(path.unclosed()).containsExactly(new Recommender.Closure("virtualization", 1, 3, 1));
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

	private final RoleProfile server = new RoleProfile("server-engineer",
			List.of(new RoleProfile.Requirement("linux", 4, 3, "linux"),
					new RoleProfile.Requirement("windows", 4, 3, "linux"),
					new RoleProfile.Requirement("monitoring", 3, 2)));

	@Test
	void windowsTrainingDoesNotCloseAGroupLinuxAlreadyMeets() {
		LearningItem windows = item("windows-docs").hours(20).raises("windows", 0, 2).build();
		LearningItem monitoring = item("monitoring").hours(20).raises("monitoring", 0, 2).build();

		assertThat(
				codes(Recommender.recommend(this.server, Map.of("linux", 4), List.of(windows, monitoring), Set.of())))
			.containsExactly("monitoring");
		// nor one Linux has got further in: Windows 0 -> 2 does not raise a group at 3
		assertThat(codes(Recommender.recommend(this.server, Map.of("linux", 3), List.of(windows), Set.of()))).isEmpty();
		// but with neither recorded it helps, from the group's level
		Recommender.Recommendation r = Recommender.recommend(this.server, Map.of(), List.of(windows), Set.of()).get(0);
		assertThat(r.closes()).containsExactly(new Recommender.Closure("windows", 0, 2, 3, "linux"));
	}

	@Test
	void anItemRaisingTwoMembersOfAGroupClosesTheGroupOnce() {
		LearningItem both = item("both").hours(30).raises("linux", 0, 2).raises("windows", 0, 3).build();

		Recommender.Recommendation r = Recommender.recommend(this.server, Map.of(), List.of(both), Set.of()).get(0);

		assertThat(r.closes()).containsExactly(new Recommender.Closure("windows", 0, 3, 3, "linux"));
		assertThat(r.weightedGapClosed()).isEqualTo(9);
	}

	@Test
	void thePathStopsAtAGroupOnceOneMemberMeetsIt() {
		LearningItem linux = item("linux").hours(50).raises("linux", 0, 4).build();
		LearningItem windows = item("windows").hours(60).raises("windows", 0, 4).build();

		Recommender.LearningPath path = Recommender.path(this.server, Map.of(), List.of(windows, linux), Set.of());

		assertThat(path.steps()).extracting((s) -> s.item().code()).containsExactly("linux");
		assertThat(path.unclosed()).containsExactly(new Recommender.Closure("monitoring", 0, 3, 2));
	}

	@Test
	void fundamentalsComeFirstEvenWhenSomethingElseIsQuicker() {
		LearningItem quickDocs = item("monitoring-docs").hours(5).raises("monitoring", 0, 2).build();
		LearningItem basics = item("linux-basics").hours(40).raises("linux", 0, 2).build();

		List<Recommender.Recommendation> ranked = Recommender.recommend(this.server, Map.of(),
				List.of(quickDocs, basics), Set.of());

		assertThat(codes(ranked)).containsExactly("linux-basics", "monitoring-docs");
		assertThat(ranked.get(0).why()).contains(Recommender.Why.FUNDAMENTALS);
		// fastest: gap per hour only
		assertThat(codes(
				Recommender.recommend(this.server, Map.of(), List.of(quickDocs, basics), Set.of(), Preference.FASTEST)))
			.containsExactly("monitoring-docs", "linux-basics");
	}

	@Test
	void thePreferenceDecidesWhatComesFirstAndSaysSo() {
		LearningItem docs = item("docs").hours(20).raises("linux", 2, 3).build();
		LearningItem cert = item("cert").kind("certification")
			.paid()
			.languages("en", "ja")
			.hours(150)
			.raises("linux", 2, 3)
			.build();
		List<LearningItem> items = List.of(docs, cert);
		Map<String, Integer> junior = Map.of("linux", 2);

		assertThat(codes(Recommender.recommend(this.server, junior, items, Set.of()))).containsExactly("docs", "cert");
		assertThat(codes(Recommender.recommend(this.server, junior, items, Set.of(), Preference.CREDENTIAL)))
			.containsExactly("cert", "docs");
		assertThat(codes(Recommender.recommend(this.server, junior, items, Set.of(), Preference.JAPANESE)))
			.containsExactly("cert", "docs");
		assertThat(codes(Recommender.recommend(this.server, junior, items, Set.of(), Preference.FREE)))
			.containsExactly("docs", "cert");
		Recommender.Recommendation first = Recommender
			.recommend(this.server, junior, items, Set.of(), Preference.CREDENTIAL)
			.get(0);
		assertThat(RecommendationReason.why(first)).extracting(RecommendationReason.Reason::code)
			.containsExactly("credential", "japanese", "prerequisite-met", "per-hour");
	}

	@Test
	void aCredentialCountsHalfAsMuchAgainUnderTheBalancedPreference() {
		LearningItem docs = item("docs").hours(20).raises("linux", 2, 3).build();
		LearningItem cert = item("cert").kind("certification").hours(25).raises("linux", 2, 3).build();

		// 3/25 * 1.5 = 0.18 beats 3/20 = 0.15
		assertThat(codes(Recommender.recommend(this.server, Map.of("linux", 2), List.of(docs, cert), Set.of())))
			.containsExactly("cert", "docs");
	}

	private static List<String> codes(List<Recommender.Recommendation> recommendations) {
		return recommendations.stream().map((r) -> r.item().code()).toList();
	}

}

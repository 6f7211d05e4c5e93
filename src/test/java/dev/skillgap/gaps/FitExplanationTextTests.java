package dev.skillgap.gaps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.skillgap.TestMessages.english;
import static dev.skillgap.TestMessages.japanese;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explanation's words come from the message bundles; these are the texts the code
 * built before they moved there, in both languages, and must stay exactly the same.
 */
class FitExplanationTextTests {

	private static final Map<String, String> ROLES_EN = Map.of("a", "Server engineer", "b", "Infrastructure engineer");

	private static final Map<String, String> ROLES_JA = Map.of("a", "サーバーエンジニア", "b", "インフラエンジニア");

	private static final Map<String, String> SKILLS_EN = Map.of("l", "Linux", "n", "Networking", "c", "Cloud", "t",
			"Troubleshooting", "d", "DNS");

	private static final Map<String, String> SKILLS_JA = Map.of("l", "Linux", "n", "ネットワーク基礎", "c", "クラウド", "t",
			"トラブルシューティング", "d", "DNS");

	@Test
	void rendersTheSameSentencesAsBeforeInEnglishAndJapanese() {
		List<Case> cases = List.of(
				new Case("empty", List.of(), "Record your skills to see which role suits you.",
						"スキルを記録すると、どの職種が合っているかが分かります。"),
				new Case("zero", List.of(new RoleFit("a", 0.0, List.of(gap("l", 3, 1)))),
						"Record your skills to see which role suits you.", "スキルを記録すると、どの職種が合っているかが分かります。"),
				new Case("noStrengthOneGapComparedOne",
						List.of(new RoleFit("a", 0.4, List.of(gap("l", 1, 2))),
								new RoleFit("b", 0.3, List.of(gap("n", 2, 1)))),
						"You fit Server engineer best (40%). To fit it fully, work on Linux (1 level). The largest gap to Infrastructure engineer is Networking (2 levels).",
						"あなたに最も合う職種はサーバーエンジニアです（適合度40%）。さらに近づくにはLinux（あと1レベル）に取り組みましょう。インフラエンジニアとの最大の差はネットワーク基礎（あと2レベル）です。"),
				new Case("oneStrengthTwoGapsComparedTwo",
						List.of(new RoleFit("a", 0.725, List.of(met("l", 3), gap("n", 1, 2), gap("c", 3, 1))),
								new RoleFit("b", 0.5, List.of(gap("n", 2, 3), gap("c", 1, 1)))),
						"You fit Server engineer best (73%): Linux meets the target. To fit it fully, work on Cloud (3 levels) and Networking (1 level). The largest gaps to Infrastructure engineer are Networking (2 levels) and Cloud (1 level).",
						"あなたに最も合う職種はサーバーエンジニアです（適合度73%）。Linuxが目標レベルに達しています。さらに近づくにはクラウド（あと3レベル）、ネットワーク基礎（あと1レベル）に取り組みましょう。インフラエンジニアとの最大の差はネットワーク基礎（あと2レベル）、クラウド（あと1レベル）です。"),
				new Case("fourStrengthsNoGapsComparedThree",
						List.of(new RoleFit("a", 1.0, List.of(met("l", 3), met("n", 2), met("c", 1), met("t", 1))),
								new RoleFit("b", 0.6,
										List.of(gap("n", 2, 3), gap("c", 3, 3), gap("d", 1, 1), gap("t", 4, 1)))),
						"You fit Server engineer best (100%): Linux, Networking and Cloud meet the target. You meet every requirement. The largest gaps to Infrastructure engineer are Cloud (3 levels), Networking (2 levels) and Troubleshooting (4 levels).",
						"あなたに最も合う職種はサーバーエンジニアです（適合度100%）。Linux、ネットワーク基礎、クラウドが目標レベルに達しています。すべての要件を満たしています。インフラエンジニアとの最大の差はクラウド（あと3レベル）、ネットワーク基礎（あと2レベル）、トラブルシューティング（あと4レベル）です。"),
				new Case("bestOnly",
						List.of(new RoleFit("a", 0.333, List.of(met("l", 3), met("t", 1), gap("c", 2, 2)))),
						"You fit Server engineer best (33%): Linux and Troubleshooting meet the target. To fit it fully, work on Cloud (2 levels).",
						"あなたに最も合う職種はサーバーエンジニアです（適合度33%）。Linux、トラブルシューティングが目標レベルに達しています。さらに近づくにはクラウド（あと2レベル）に取り組みましょう。"),
				new Case("comparedNoGaps",
						List.of(new RoleFit("a", 1.0, List.of(met("l", 3), met("n", 1))),
								new RoleFit("b", 1.0, List.of(met("n", 1)))),
						"You fit Server engineer best (100%): Linux and Networking meet the target. You meet every requirement.",
						"あなたに最も合う職種はサーバーエンジニアです（適合度100%）。Linux、ネットワーク基礎が目標レベルに達しています。すべての要件を満たしています。"),
				new Case("twoStrengthsThreeGaps",
						List.of(new RoleFit(
								"a", 0.5,
								List.of(met("l", 3), met("d", 1), gap("n", 1, 1), gap("c", 5, 3), gap("t", 2, 2))),
								new RoleFit("b", 0.1, List.of(gap("c", 1, 1)))),
						"You fit Server engineer best (50%): Linux and DNS meet the target. To fit it fully, work on Cloud (5 levels), Troubleshooting (2 levels) and Networking (1 level). The largest gap to Infrastructure engineer is Cloud (1 level).",
						"あなたに最も合う職種はサーバーエンジニアです（適合度50%）。Linux、DNSが目標レベルに達しています。さらに近づくにはクラウド（あと5レベル）、トラブルシューティング（あと2レベル）、ネットワーク基礎（あと1レベル）に取り組みましょう。インフラエンジニアとの最大の差はクラウド（あと1レベル）です。"));
		for (Case c : cases) {
			assertThat(english(FitExplanation.of(c.ranking(), ROLES_EN::get, SKILLS_EN::get).text()))
				.as(c.name() + " en")
				.isEqualTo(c.english());
			assertThat(japanese(FitExplanation.of(c.ranking(), ROLES_JA::get, SKILLS_JA::get).text()))
				.as(c.name() + " ja")
				.isEqualTo(c.japanese());
		}
	}

	@Test
	void aMentorReadsAboutTheirMenteeNotToThem() {
		List<RoleFit> ranking = List.of(new RoleFit("a", 0.725, List.of(met("l", 3), gap("n", 1, 2), gap("c", 3, 1))),
				new RoleFit("b", 0.5, List.of(gap("n", 2, 3), gap("c", 1, 1))));

		assertThat(english(FitExplanation.of(ranking, ROLES_EN::get, SKILLS_EN::get, false).text())).isEqualTo(
				"They fit Server engineer best (73%): Linux meets the target. To fit it fully, they need to work on "
						+ "Cloud (3 levels) and Networking (1 level). The largest gaps to Infrastructure engineer are "
						+ "Networking (2 levels) and Cloud (1 level).");
		assertThat(japanese(FitExplanation.of(ranking, ROLES_JA::get, SKILLS_JA::get, false).text()))
			.startsWith("本人に最も合う職種はサーバーエンジニアです（適合度73%）。")
			.doesNotContain("あなた");
		assertThat(english(FitExplanation.of(List.of(), ROLES_EN::get, SKILLS_EN::get, false).text()))
			.doesNotContain("your")
			.doesNotContain("Record");
	}

	@Test
	void theExplanationIsMessageCodesAndArgumentsNotWords() {
		FitExplanation explanation = FitExplanation.of(List.of(new RoleFit("a", 0.4, List.of(gap("l", 1, 2)))),
				ROLES_EN::get, SKILLS_EN::get);

		assertThat(explanation.text().toString()).contains("fit.explanation.best", "fit.explanation.workOn")
			.doesNotContain("You fit");
	}

	private static SkillGap met(String skill, int weight) {
		return new SkillGap(skill, 4, 3, 0, weight);
	}

	private static SkillGap gap(String skill, int gap, int weight) {
		return new SkillGap(skill, 0, gap, gap, weight);
	}

	private record Case(String name, List<RoleFit> ranking, String english, String japanese) {
	}

}

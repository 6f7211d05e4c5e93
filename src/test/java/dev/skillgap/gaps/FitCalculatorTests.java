package dev.skillgap.gaps;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static dev.skillgap.TestMessages.english;
import static dev.skillgap.TestMessages.japanese;
import static dev.skillgap.gaps.RoleProfileBuilder.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class FitCalculatorTests {

	private final RoleProfile server = role("server-engineer").requires("linux", 5, 3)
		.requires("troubleshooting", 4, 3)
		.requires("network", 2, 1)
		.build();

	private final RoleProfile infrastructure = role("infrastructure-engineer").requires("network", 4, 3)
		.requires("cloud", 3, 3)
		.requires("linux", 3, 1)
		.build();

	@Test
	void gapIsTargetMinusCurrentAndNeverNegative() {
		RoleFit fit = FitCalculator.fit(this.server, Map.of("linux", 3, "troubleshooting", 5));

		assertThat(fit.gaps()).extracting(SkillGap::skillCode, SkillGap::current, SkillGap::target, SkillGap::gap)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("linux", 3, 5, 2),
					org.assertj.core.groups.Tuple.tuple("troubleshooting", 5, 4, 0),
					org.assertj.core.groups.Tuple.tuple("network", 0, 2, 2));
	}

	@Test
	void fitIsTheWeightedShareOfTargetLevelsReached() {
		// reached: 3*3 (linux) + 3*4 (troubleshooting, capped) + 1*0 = 21; total: 15 + 12
		// + 2 = 29
		RoleFit fit = FitCalculator.fit(this.server, Map.of("linux", 3, "troubleshooting", 5));

		assertThat(fit.fit()).isCloseTo(21.0 / 29.0, within(1e-12));
	}

	@Test
	void blankProfileFitsNothingAndMeetingEveryTargetFitsFully() {
		assertThat(FitCalculator.fit(this.server, Map.of()).fit()).isZero();
		assertThat(FitCalculator.fit(this.server, Map.of("linux", 5, "troubleshooting", 4, "network", 2)).fit())
			.isEqualTo(1.0);
	}

	@Test
	void levelsAboveTheTargetEarnNothingExtra() {
		Map<String, Integer> atTarget = Map.of("linux", 5, "troubleshooting", 4, "network", 2);
		Map<String, Integer> above = Map.of("linux", 5, "troubleshooting", 4, "network", 5);

		assertThat(FitCalculator.fit(this.server, above).fit())
			.isEqualTo(FitCalculator.fit(this.server, atTarget).fit());
	}

	@Test
	void rankingPutsTheBestFitFirst() {
		List<RoleFit> ranking = FitCalculator.rank(List.of(this.infrastructure, this.server),
				Map.of("linux", 5, "troubleshooting", 4));

		assertThat(ranking).extracting(RoleFit::roleCode).containsExactly("server-engineer", "infrastructure-engineer");
	}

	@Test
	void tiesKeepTheOrderTheRolesWereGivenIn() {
		RoleProfile a = role("a").requires("x", 2, 1).build();
		RoleProfile b = role("b").requires("x", 2, 1).build();

		assertThat(FitCalculator.rank(List.of(b, a), Map.of("x", 1))).extracting(RoleFit::roleCode)
			.containsExactly("b", "a");
	}

	@Test
	void largestGapsAreOrderedByWeightedGap() {
		RoleFit fit = FitCalculator.fit(this.infrastructure, Map.of("network", 3, "linux", 0));

		// cloud: 3 levels x weight 3 = 9; linux: 3 x 1 = 3; network: 1 x 3 = 3 (role
		// order breaks the tie)
		assertThat(fit.largestGaps()).extracting(SkillGap::skillCode).containsExactly("cloud", "network", "linux");
	}

	@Test
	void requirementsOutsideTheScaleAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RoleProfile.Requirement("x", 6, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new RoleProfile.Requirement("x", 0, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new RoleProfile.Requirement("x", 3, 0));
	}

	@Test
	void explanationNamesTheBestRoleItsStrengthsAndTheGapsToTheRunnerUp() {
		List<RoleFit> ranking = FitCalculator.rank(List.of(this.infrastructure, this.server),
				Map.of("linux", 5, "troubleshooting", 4, "network", 2));

		FitExplanation explanation = FitExplanation.of(ranking, this::roleName, this::skillName);

		assertThat(explanation.bestRoleCode()).isEqualTo("server-engineer");
		assertThat(explanation.comparedRoleCode()).isEqualTo("infrastructure-engineer");
		assertThat(english(explanation.text()))
			.isEqualTo("You fit Server engineer best (100%): Linux, Troubleshooting and "
					+ "Networking meet the target. You meet every requirement. The largest gaps to Infrastructure "
					+ "engineer are Cloud (3 levels) and Networking (2 levels).");
	}

	@Test
	void explanationIsInJapaneseForAJapaneseLocale() {
		List<RoleFit> ranking = FitCalculator.rank(List.of(this.infrastructure, this.server), Map.of("linux", 5));

		FitExplanation explanation = FitExplanation.of(ranking, (code) -> "サーバーエンジニア", (code) -> "Linux");

		assertThat(japanese(explanation.text())).startsWith("あなたに最も合う職種はサーバーエンジニアです（適合度52%）。")
			.contains("が目標レベルに達しています");
	}

	@Test
	void explanationForABlankProfileAsksForSkills() {
		FitExplanation explanation = FitExplanation.of(FitCalculator.rank(List.of(this.server), Map.of()),
				this::roleName, this::skillName);

		assertThat(explanation.bestRoleCode()).isNull();
		assertThat(english(explanation.text())).isEqualTo("Record your skills to see which role suits you.");
	}

	private final RoleProfile serverOs = role("server-engineer").requiresAnyOf(List.of("linux", "windows"), 4, 3)
		.requires("troubleshooting", 4, 3)
		.build();

	@Test
	void aGroupOfAlternativesCountsItsBestMemberOnly() {
		RoleFit linuxOnly = FitCalculator.fit(this.serverOs, Map.of("linux", 4, "troubleshooting", 4));

		assertThat(linuxOnly.fit()).isEqualTo(1.0);
		assertThat(linuxOnly.largestGaps()).isEmpty();
		assertThat(linuxOnly.gaps()).extracting(SkillGap::skillCode, SkillGap::gap, SkillGap::counted, SkillGap::anyOf)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("linux", 0, true, "linux"),
					org.assertj.core.groups.Tuple.tuple("windows", 0, false, "linux"),
					org.assertj.core.groups.Tuple.tuple("troubleshooting", 0, true, null));
		assertThat(linuxOnly.requirementCount()).isEqualTo(2);
		assertThat(linuxOnly.metCount()).isEqualTo(2);
		assertThat(linuxOnly.alternativesTo(linuxOnly.gaps().get(0))).containsExactly("windows");
	}

	@Test
	void theGroupsGapIsCarriedByItsBestMemberAndTheFirstOfEquals() {
		// windows 3 beats linux 1: reached 3*3 + 0 = 9 of 3*4 + 3*4 = 24
		RoleFit fit = FitCalculator.fit(this.serverOs, Map.of("linux", 1, "windows", 3));

		assertThat(fit.fit()).isCloseTo(9.0 / 24.0, within(1e-12));
		assertThat(fit.largestGaps()).extracting(SkillGap::skillCode, SkillGap::gap)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("troubleshooting", 4),
					org.assertj.core.groups.Tuple.tuple("windows", 1));
		// nothing recorded: the first member counts
		assertThat(FitCalculator.fit(this.serverOs, Map.of()).largestGaps()).extracting(SkillGap::skillCode)
			.containsExactly("linux", "troubleshooting");
	}

	@Test
	void membersOfAGroupMustShareTargetAndWeight() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RoleProfile("r",
				List.of(new RoleProfile.Requirement("a", 4, 3, "a"), new RoleProfile.Requirement("b", 3, 3, "a"))));
	}

	@Test
	void explanationNamesAGroupByItsAlternatives() {
		FitExplanation explanation = FitExplanation.of(
				FitCalculator.rank(List.of(this.serverOs), Map.of("troubleshooting", 4, "windows", 2)), this::roleName,
				(code) -> code.equals("windows") ? "Windows" : skillName(code));

		assertThat(english(explanation.text())).isEqualTo("You fit Server engineer best (75%): Troubleshooting meets "
				+ "the target. To fit it fully, work on Windows or Linux (2 levels).");
		assertThat(japanese(explanation.text())).contains("WindowsまたはLinuxのいずれか（あと2レベル）");
	}

	private String roleName(String code) {
		return code.equals("server-engineer") ? "Server engineer" : "Infrastructure engineer";
	}

	private String skillName(String code) {
		return switch (code) {
			case "linux" -> "Linux";
			case "network" -> "Networking";
			case "cloud" -> "Cloud";
			default -> "Troubleshooting";
		};
	}

}

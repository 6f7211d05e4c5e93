package dev.skillgap.gaps;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.skillgap.RandomCases;
import org.junit.jupiter.api.Test;

import static dev.skillgap.RandomCases.forAll;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The properties the issue asks of the engine, each checked on {@value RandomCases#CASES}
 * random roles and levels (see {@link RandomCases} for the seed).
 */
class FitCalculatorPropertyTests {

	private static final List<String> SKILLS = List.of("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9");

	@Test
	void fitIsBetweenZeroAndOne() {
		forAll((random) -> {
			RoleProfile role = role(random);
			Map<String, Integer> levels = levels(random);

			assertThat(FitCalculator.fit(role, levels).fit()).as("fit of %s to %s", levels, role).isBetween(0.0, 1.0);
		});
	}

	@Test
	void raisingALevelNeverLowersAFit() {
		forAll((random) -> {
			RoleProfile role = role(random);
			Map<String, Integer> levels = levels(random);
			String skill = random.oneOf(SKILLS);
			Map<String, Integer> raised = new HashMap<>(levels);
			raised.put(skill, Math.min(5, levels.getOrDefault(skill, 0) + random.between(1, 5)));

			assertThat(FitCalculator.fit(role, raised).fit()).as("fit of %s then %s to %s", levels, raised, role)
				.isGreaterThanOrEqualTo(FitCalculator.fit(role, levels).fit());
		});
	}

	@Test
	void skillsTheRoleDoesNotRequireDoNotMatter() {
		forAll((random) -> {
			RoleProfile role = role(random);
			Map<String, Integer> levels = levels(random);
			Map<String, Integer> withOther = new HashMap<>(levels);
			withOther.put("not-required", random.between(0, 5));

			assertThat(FitCalculator.fit(role, withOther)).as("fit of %s and %s to %s", levels, withOther, role)
				.isEqualTo(FitCalculator.fit(role, levels));
		});
	}

	@Test
	void aBlankProfileFitsZero() {
		forAll((random) -> {
			RoleProfile role = role(random);

			assertThat(FitCalculator.fit(role, Map.of()).fit()).as("blank profile to %s", role).isZero();
		});
	}

	@Test
	void meetingEveryTargetFitsOne() {
		forAll((random) -> {
			RoleProfile role = role(random);
			int extra = random.between(0, 5);
			Map<String, Integer> levels = levels(random);
			role.requirements().forEach((r) -> levels.put(r.skillCode(), Math.min(5, r.target() + extra)));

			assertThat(FitCalculator.fit(role, levels).fit()).as("fit of %s to %s", levels, role).isEqualTo(1.0);
		});
	}

	@Test
	void everyGapIsTargetMinusCurrentButNotNegative() {
		forAll((random) -> {
			RoleProfile role = role(random);
			Map<String, Integer> levels = levels(random);

			FitCalculator.fit(role, levels)
				.gaps()
				.forEach((gap) -> assertThat(gap.gap()).as("%s for %s to %s", gap, levels, role)
					.isEqualTo(Math.max(0, gap.target() - gap.current())));
		});
	}

	@Test
	void rankingIsSortedAndComplete() {
		forAll((random) -> {
			List<RoleProfile> roles = random.listOf(1, 6, () -> role(random));
			Map<String, Integer> levels = levels(random);

			List<RoleFit> ranking = FitCalculator.rank(roles, levels);

			assertThat(ranking).as("ranking of %s for %s", roles, levels).hasSameSizeAs(roles);
			for (int i = 1; i < ranking.size(); i++) {
				assertThat(ranking.get(i - 1).fit()).as("ranking %s", ranking)
					.isGreaterThanOrEqualTo(ranking.get(i).fit());
			}
		});
	}

	/** A role of 1 to 8 requirements on different skills. */
	private static RoleProfile role(RandomCases random) {
		List<RoleProfile.Requirement> requirements = random.distinct(SKILLS, random.between(1, 8))
			.stream()
			.map((skill) -> new RoleProfile.Requirement(skill, random.between(1, 5), random.between(1, 3)))
			.toList();
		return new RoleProfile("role", requirements);
	}

	/** Levels 0-5 of up to all the skills. */
	private static Map<String, Integer> levels(RandomCases random) {
		Map<String, Integer> levels = new HashMap<>();
		random.distinct(SKILLS, random.between(0, SKILLS.size()))
			.forEach((skill) -> levels.put(skill, random.between(0, 5)));
		return levels;
	}

}

package dev.skillgap.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The properties the issue asks of the engine, checked over generated roles and levels.
 */
class FitCalculatorPropertyTests {

	private static final List<String> SKILLS = List.of("s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9");

	@Property
	void fitIsBetweenZeroAndOne(@ForAll("roles") RoleProfile role, @ForAll("levels") Map<String, Integer> levels) {
		assertThat(FitCalculator.fit(role, levels).fit()).isBetween(0.0, 1.0);
	}

	@Property
	void raisingALevelNeverLowersAFit(@ForAll("roles") RoleProfile role, @ForAll("levels") Map<String, Integer> levels,
			@ForAll("skills") String skill, @ForAll @IntRange(min = 1, max = 5) int raise) {
		Map<String, Integer> raised = new HashMap<>(levels);
		raised.put(skill, Math.min(5, levels.getOrDefault(skill, 0) + raise));

		assertThat(FitCalculator.fit(role, raised).fit()).isGreaterThanOrEqualTo(FitCalculator.fit(role, levels).fit());
	}

	@Property
	void skillsTheRoleDoesNotRequireDoNotMatter(@ForAll("roles") RoleProfile role,
			@ForAll("levels") Map<String, Integer> levels, @ForAll @IntRange(min = 0, max = 5) int other) {
		Map<String, Integer> withOther = new HashMap<>(levels);
		withOther.put("not-required", other);

		assertThat(FitCalculator.fit(role, withOther)).isEqualTo(FitCalculator.fit(role, levels));
	}

	@Property
	void aBlankProfileFitsZero(@ForAll("roles") RoleProfile role) {
		assertThat(FitCalculator.fit(role, Map.of()).fit()).isZero();
	}

	@Property
	void meetingEveryTargetFitsOne(@ForAll("roles") RoleProfile role, @ForAll @IntRange(min = 0, max = 5) int extra) {
		Map<String, Integer> levels = new HashMap<>();
		role.requirements().forEach((r) -> levels.put(r.skillCode(), Math.min(5, r.target() + extra)));

		assertThat(FitCalculator.fit(role, levels).fit()).isEqualTo(1.0);
	}

	@Property
	void everyGapIsTargetMinusCurrentButNotNegative(@ForAll("roles") RoleProfile role,
			@ForAll("levels") Map<String, Integer> levels) {
		FitCalculator.fit(role, levels)
			.gaps()
			.forEach((gap) -> assertThat(gap.gap()).isEqualTo(Math.max(0, gap.target() - gap.current())));
	}

	@Property
	void rankingIsSortedAndComplete(@ForAll("roleLists") List<RoleProfile> roles,
			@ForAll("levels") Map<String, Integer> levels) {
		List<RoleFit> ranking = FitCalculator.rank(roles, levels);

		assertThat(ranking).hasSameSizeAs(roles);
		for (int i = 1; i < ranking.size(); i++) {
			assertThat(ranking.get(i - 1).fit()).isGreaterThanOrEqualTo(ranking.get(i).fit());
		}
	}

	@Provide
	Arbitrary<String> skills() {
		return Arbitraries.of(SKILLS);
	}

	@Provide
	Arbitrary<Map<String, Integer>> levels() {
		return Arbitraries.maps(Arbitraries.of(SKILLS), Arbitraries.integers().between(0, 5)).ofMaxSize(SKILLS.size());
	}

	@Provide
	Arbitrary<RoleProfile> roles() {
		Arbitrary<RoleProfile.Requirement> requirement = Combinators
			.combine(Arbitraries.of(SKILLS), Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 3))
			.as(RoleProfile.Requirement::new);
		return requirement.list()
			.ofMinSize(1)
			.ofMaxSize(8)
			.uniqueElements(RoleProfile.Requirement::skillCode)
			.map((requirements) -> new RoleProfile("role", new ArrayList<>(requirements)));
	}

	@Provide
	Arbitrary<List<RoleProfile>> roleLists() {
		return roles().list().ofMinSize(1).ofMaxSize(6);
	}

}

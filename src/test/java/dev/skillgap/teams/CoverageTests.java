package dev.skillgap.teams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.skillgap.RandomCases;
import dev.skillgap.skills.EffectiveLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageTests {

	static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

	static MemberSkills member(String name, Object... skillAndLevel) {
		TeamMember member = new TeamMember(UUID.randomUUID(), UUID.randomUUID(), name, "member", null, null, NOW);
		List<EffectiveLevel> levels = new ArrayList<>();
		for (int i = 0; i < skillAndLevel.length; i += 2) {
			levels.add(new EffectiveLevel((String) skillAndLevel[i], (Integer) skillAndLevel[i + 1], false, NOW));
		}
		return MemberSkills.of(member, levels);
	}

	static CoverageTarget target(String skill, int level, int required) {
		return new CoverageTarget(skill, level, required, CoverageTarget.TEAM);
	}

	@Test
	void countsHoldersExpertsPractitionersAndNovicesAgainstTheTarget() {
		List<MemberSkills> team = List.of(member("a", "linux", 5), member("b", "linux", 3), member("c", "linux", 2),
				member("d", "linux", 0), member("e"));
		Coverage.SkillCoverage linux = Coverage.of(List.of(target("linux", 3, 2)), team).get(0);
		assertThat(linux.holders()).isEqualTo(2);
		assertThat(linux.busFactor()).isEqualTo(2);
		assertThat(linux.met()).isTrue();
		assertThat(linux.singlePointOfFailure()).isFalse();
		assertThat(linux.experts()).isEqualTo(1);
		assertThat(linux.practitioners()).isEqualTo(1);
		assertThat(linux.novices()).isEqualTo(1);
		// shortfall 0, depth 0.5, teaching 0.5
		assertThat(linux.risk()).isEqualTo(20);
	}

	@Test
	void aRequiredSkillHeldByOnePersonOrNoneIsASinglePointOfFailure() {
		List<MemberSkills> team = List.of(member("a", "linux", 4, "network", 1), member("b", "network", 2));
		List<Coverage.SkillCoverage> coverage = Coverage
			.of(List.of(target("linux", 3, 2), target("network", 3, 1), target("cloud", 3, 0)), team);
		assertThat(coverage).extracting(Coverage.SkillCoverage::skillCode).containsExactly("network", "linux", "cloud");
		Coverage.SkillCoverage network = coverage.get(0);
		assertThat(network.holders()).isZero();
		assertThat(network.singlePointOfFailure()).isTrue();
		assertThat(network.met()).isFalse();
		assertThat(network.risk()).isEqualTo(100);
		Coverage.SkillCoverage linux = coverage.get(1);
		assertThat(linux.singlePointOfFailure()).isTrue();
		// shortfall 1/2, depth 1, teaching 0.5
		assertThat(linux.risk()).isEqualTo(Math.round(30 + 25 + 7.5f));
		Coverage.SkillCoverage cloud = coverage.get(2);
		assertThat(cloud.singlePointOfFailure()).isFalse();
		assertThat(cloud.met()).isTrue();
		assertThat(cloud.risk()).isZero();
	}

	@Test
	void aTargetMetByThreeHoldersTwoOfThemExpertsHasNoRisk() {
		assertThat(Coverage.risk(3, 3, 2)).isZero();
		assertThat(Coverage.risk(2, 0, 0)).isEqualTo(100);
		assertThat(Coverage.risk(0, 0, 0)).isZero();
	}

	@Test
	void aTargetAboveTheExpertLevelCountsOnlyHoldersAtItAsExperts() {
		Coverage.SkillCoverage deep = Coverage
			.of(List.of(target("linux", 5, 1)), List.of(member("a", "linux", 5), member("b", "linux", 4)))
			.get(0);
		assertThat(deep.experts()).isEqualTo(1);
		assertThat(deep.practitioners()).isZero();
		assertThat(deep.novices()).isEqualTo(1);
	}

	@Test
	void riskStaysWithinZeroAndHundredAndNeverRisesWhenALevelRises() {
		RandomCases.forAll((random) -> {
			int size = random.between(0, 8);
			int targetLevel = random.between(1, 5);
			int required = random.between(0, 6);
			List<Integer> levels = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				levels.add(random.between(0, 5));
			}
			List<CoverageTarget> targets = List.of(target("s", targetLevel, required));
			Coverage.SkillCoverage before = Coverage.of(targets, team(levels)).get(0);
			assertThat(before.risk()).isBetween(0, 100);
			assertThat(before.experts() + before.practitioners()).isEqualTo(before.holders());
			assertThat(before.holders() + before.novices()).isLessThanOrEqualTo(size);
			assertThat(before.met()).isEqualTo(before.holders() >= required);
			if (size > 0) {
				int who = random.between(0, size - 1);
				levels.set(who, Math.min(5, levels.get(who) + random.between(1, 5)));
				Coverage.SkillCoverage after = Coverage.of(targets, team(levels)).get(0);
				assertThat(after.risk()).as("risk after a level rose").isLessThanOrEqualTo(before.risk());
				assertThat(after.holders()).isGreaterThanOrEqualTo(before.holders());
			}
		});
	}

	private static List<MemberSkills> team(List<Integer> levels) {
		return levels.stream().map((level) -> member("m", "s", level)).toList();
	}

}

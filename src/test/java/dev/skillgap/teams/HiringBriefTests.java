package dev.skillgap.teams;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.gaps.RoleProfile;
import org.junit.jupiter.api.Test;

import static dev.skillgap.RandomCases.forAll;
import static org.assertj.core.api.Assertions.assertThat;

class HiringBriefTests {

	static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	static final RoleProfile SERVER = new RoleProfile("server",
			List.of(new RoleProfile.Requirement("linux", 4, 3, "linux"),
					new RoleProfile.Requirement("windows", 4, 3, "linux"),
					new RoleProfile.Requirement("storage", 3, 2)));

	static final RoleProfile NETWORK = new RoleProfile("network",
			List.of(new RoleProfile.Requirement("network", 4, 3), new RoleProfile.Requirement("linux", 2, 1)));

	static Map<String, RoleProfile> profiles() {
		Map<String, RoleProfile> profiles = new LinkedHashMap<>();
		profiles.put("server", SERVER);
		profiles.put("network", NETWORK);
		return profiles;
	}

	static CoverageTarget target(String skill, int level, int required) {
		return new CoverageTarget(skill, level, required, CoverageTarget.TEAM);
	}

	@Test
	void unmetUnitsArePeopleMissingAtTheTargetLevel() {
		Map<UUID, Map<String, Integer>> levels = Map.of(ANN, Map.of("linux", 3, "network", 4), BOB, Map.of("linux", 2));

		assertThat(HiringBrief.unmet(List.of(target("linux", 3, 2), target("network", 4, 1), target("storage", 3, 1)),
				levels))
			.containsExactly(Map.entry("linux", 1), Map.entry("storage", 1));
	}

	@Test
	void theHireThatClosesMostComesFirstWithTheSkillsItCovers() {
		List<CoverageTarget> targets = List.of(target("linux", 3, 2), target("storage", 3, 1), target("network", 4, 1),
				target("windows", 3, 1));
		Map<UUID, Map<String, Integer>> levels = Map.of(ANN, Map.of("linux", 3));

		HiringBrief.Brief brief = HiringBrief.of(targets, List.of(new HiringBrief.Member(ANN, null)), levels,
				profiles(), 10);

		// a server engineer holds one of linux/windows (the first that closes a unit:
		// linux) and
		// storage; a network engineer holds network (their linux 2 is below the target 3)
		assertThat(brief.hires()).extracting(HiringBrief.Hire::roleCode, HiringBrief.Hire::closes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("server", 2),
					org.assertj.core.groups.Tuple.tuple("network", 1));
		assertThat(brief.hires().get(0).skills()).containsExactly("linux", "storage");
	}

	@Test
	void aMoveCountsOnlyWhatTheMemberDoesNotHoldYetAndPrefersLessToLearn() {
		List<CoverageTarget> targets = List.of(target("network", 4, 1), target("storage", 3, 2));
		Map<UUID, Map<String, Integer>> levels = Map.of(ANN, Map.of("network", 3, "storage", 3), BOB,
				Map.of("network", 1));
		List<HiringBrief.Member> members = List.of(new HiringBrief.Member(ANN, "server"),
				new HiringBrief.Member(BOB, null));

		HiringBrief.Brief brief = HiringBrief.of(targets, members, levels, profiles(), 10);

		// Ann to network: network 3 -> 4 (1 level); Bob to network: 1 -> 4 (3 levels), or
		// to
		// server: storage 0 -> 3 (3 levels); Ann's move to server is her current role
		assertThat(brief.moves())
			.extracting(HiringBrief.Move::memberId, HiringBrief.Move::toRole, HiringBrief.Move::closes,
					HiringBrief.Move::levelsToLearn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ANN, "network", 1, 1),
					org.assertj.core.groups.Tuple.tuple(BOB, "server", 1, 3));
		assertThat(brief.moves().get(0).fromRole()).isEqualTo("server");
	}

	@Test
	void aTeamWithEveryTargetMetNeedsNoMoves() {
		HiringBrief.Brief brief = HiringBrief.of(List.of(target("network", 2, 1)),
				List.of(new HiringBrief.Member(ANN, null)), Map.of(ANN, Map.of("network", 5)), profiles(), 10);

		assertThat(brief.moves()).isEmpty();
		assertThat(brief.hires()).allSatisfy((hire) -> assertThat(hire.closes()).isZero());
	}

	@Test
	void neverClaimsToCloseMoreThanIsUnmet() {
		List<String> skills = List.of("linux", "windows", "storage", "network", "security");
		forAll((random) -> {
			List<CoverageTarget> targets = new ArrayList<>();
			for (String skill : random.distinct(skills, random.between(0, skills.size()))) {
				targets.add(target(skill, random.between(1, 5), random.between(0, 4)));
			}
			Map<UUID, Map<String, Integer>> levels = new HashMap<>();
			List<HiringBrief.Member> members = new ArrayList<>();
			for (int i = random.between(0, 5); i > 0; i--) {
				UUID id = new UUID(0, i);
				Map<String, Integer> own = new HashMap<>();
				random.distinct(skills, random.between(0, skills.size()))
					.forEach((s) -> own.put(s, random.between(0, 5)));
				levels.put(id, own);
				members.add(new HiringBrief.Member(id, random.oneOf(List.of("server", "network", "none"))));
			}
			Map<String, Integer> unmet = HiringBrief.unmet(targets, levels);
			int totalUnmet = unmet.values().stream().mapToInt(Integer::intValue).sum();

			HiringBrief.Brief brief = HiringBrief.of(targets, members, levels, profiles(), 10);

			for (HiringBrief.Hire hire : brief.hires()) {
				assertThat(hire.closes()).as("%s of %s", hire, unmet).isLessThanOrEqualTo(totalUnmet);
				assertThat(hire.skills()).hasSize(hire.closes()).doesNotHaveDuplicates();
				assertThat(unmet.keySet()).containsAll(hire.skills());
			}
			for (HiringBrief.Move move : brief.moves()) {
				assertThat(move.closes()).isPositive().isLessThanOrEqualTo(totalUnmet);
				assertThat(move.skills()).hasSize(move.closes()).doesNotHaveDuplicates();
				assertThat(unmet.keySet()).containsAll(move.skills());
				// after the move the member holds each skill, which they did not before
				Map<String, Integer> before = levels.get(move.memberId());
				Map<String, Integer> after = new HashMap<>(before);
				RoleProfile profile = profiles().get(move.toRole());
				profile.requirements().forEach((r) -> after.merge(r.skillCode(), r.target(), Math::max));
				for (String skill : move.skills()) {
					int level = targets.stream()
						.filter((t) -> t.skillCode().equals(skill))
						.findFirst()
						.orElseThrow()
						.targetLevel();
					assertThat(before.getOrDefault(skill, 0)).isLessThan(level);
					assertThat(after.get(skill)).isGreaterThanOrEqualTo(level);
				}
			}
			assertThat(brief.hires())
				.isSortedAccordingTo(java.util.Comparator.comparingInt(HiringBrief.Hire::closes).reversed());
		});
	}

}

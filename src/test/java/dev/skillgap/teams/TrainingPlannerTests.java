package dev.skillgap.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.learning.LearningItem;
import dev.skillgap.platform.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrainingPlannerTests {

	static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	static final UUID CAT = UUID.fromString("00000000-0000-0000-0000-00000000000c");

	static final RoleProfile SERVER = new RoleProfile("server",
			List.of(new RoleProfile.Requirement("linux", 3, 3), new RoleProfile.Requirement("network", 2, 1)));

	static final LearningItem LINUX_BOOK = item("linux-book", 20, new LearningItem.Raise("linux", 0, 3));

	static final LearningItem NETWORK_LAB = item("network-lab", 10, new LearningItem.Raise("network", 0, 2));

	static LearningItem item(String code, int hours, LearningItem.Raise... raises) {
		return new LearningItem(code, "book", new LocalizedText(code, code), "provider", "https://example.com/" + code,
				List.of("en"), hours, "paid", List.of(raises));
	}

	static Map<UUID, RoleProfile> everyone(RoleProfile profile, UUID... members) {
		Map<UUID, RoleProfile> profiles = new LinkedHashMap<>();
		for (UUID member : members) {
			profiles.put(member, profile);
		}
		return profiles;
	}

	@Test
	void sumsTheWeightedGapClosedOverTheMembersItHelpsAndRanksPerHour() {
		Map<UUID, Map<String, Integer>> levels = Map.of(ANN, Map.of(), BOB, Map.of("linux", 1), CAT,
				Map.of("linux", 3, "network", 2));

		List<TrainingPlanner.PlannedItem> plan = TrainingPlanner.plan(everyone(SERVER, ANN, BOB, CAT), levels, Map.of(),
				List.of(LINUX_BOOK, NETWORK_LAB));

		// linux: Ann 3 x 3 + Bob 3 x 2 = 15 in 20 h (0.75/h); network: Ann 1 x 2 + Bob 1
		// x 2 = 4 in 10 h
		assertThat(plan).extracting((p) -> p.item().code()).containsExactly("linux-book", "network-lab");
		TrainingPlanner.PlannedItem linux = plan.get(0);
		assertThat(linux.weightedGapClosed()).isEqualTo(15);
		assertThat(linux.perHour()).isEqualTo(0.75);
		assertThat(linux.members()).extracting(TrainingPlanner.Helped::memberId).containsExactly(ANN, BOB);
		assertThat(linux.members().get(0).skills()).containsExactly("linux");
		assertThat(linux.groupSession()).isTrue();
		assertThat(plan.get(1).weightedGapClosed()).isEqualTo(4);
	}

	@Test
	void anItemOneMemberNeedsIsNoGroupSessionAndItemsHelpingNobodyAreLeftOut() {
		Map<UUID, Map<String, Integer>> levels = Map.of(ANN, Map.of("network", 2), BOB,
				Map.of("linux", 3, "network", 2));

		List<TrainingPlanner.PlannedItem> plan = TrainingPlanner.plan(everyone(SERVER, ANN, BOB), levels, Map.of(),
				List.of(LINUX_BOOK, NETWORK_LAB));

		assertThat(plan).singleElement().satisfies((p) -> {
			assertThat(p.item().code()).isEqualTo("linux-book");
			assertThat(p.members()).extracting(TrainingPlanner.Helped::memberId).containsExactly(ANN);
			assertThat(p.groupSession()).isFalse();
		});
	}

	@Test
	void anItemAlreadyInAMembersPlanDoesNotCountForThem() {
		List<TrainingPlanner.PlannedItem> plan = TrainingPlanner.plan(everyone(SERVER, ANN, BOB), Map.of(),
				Map.of(ANN, Set.of("linux-book")), List.of(LINUX_BOOK));

		assertThat(plan.get(0).members()).extracting(TrainingPlanner.Helped::memberId).containsExactly(BOB);
		assertThat(plan.get(0).weightedGapClosed()).isEqualTo(9);
	}

	@Test
	void aMemberIsMeasuredAgainstTheirOwnProfile() {
		RoleProfile network = new RoleProfile("network", List.of(new RoleProfile.Requirement("network", 2, 3)));
		Map<UUID, RoleProfile> profiles = new LinkedHashMap<>();
		profiles.put(ANN, SERVER);
		profiles.put(BOB, network);

		List<TrainingPlanner.PlannedItem> plan = TrainingPlanner.plan(profiles, Map.of(), Map.of(),
				List.of(LINUX_BOOK, NETWORK_LAB));

		// network: Ann weight 1 x 2 + Bob weight 3 x 2 = 8 in 10 h; linux: Ann 9 in 20 h
		assertThat(plan).extracting((p) -> p.item().code(), TrainingPlanner.PlannedItem::weightedGapClosed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("network-lab", 8),
					org.assertj.core.groups.Tuple.tuple("linux-book", 9));
	}

	@Test
	void theCoverageProfileWeighsEachTargetByTheHighestWeightARoleGivesIt() {
		RoleProfile other = new RoleProfile("other", List.of(new RoleProfile.Requirement("network", 4, 2)));
		List<CoverageTarget> targets = List.of(new CoverageTarget("linux", 3, 2, CoverageTarget.TEAM),
				new CoverageTarget("network", 2, 1, CoverageTarget.TEAM),
				new CoverageTarget("security", 4, 1, CoverageTarget.TEAM),
				new CoverageTarget("cobol", 2, 0, CoverageTarget.TEAM));

		RoleProfile coverage = TrainingPlanner.coverageProfile(targets, Map.of("server", SERVER, "other", other));

		assertThat(coverage.requirements()).containsExactly(new RoleProfile.Requirement("linux", 3, 3),
				new RoleProfile.Requirement("network", 2, 2), new RoleProfile.Requirement("security", 4, 1));
	}

}

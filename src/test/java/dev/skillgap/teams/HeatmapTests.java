package dev.skillgap.teams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.RandomCases;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.LocalizedText;
import dev.skillgap.skills.EffectiveLevel;
import dev.skillgap.skills.Skill;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeatmapTests {

	static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

	static final Map<String, RoleProfile> PROFILES = new LinkedHashMap<>();

	static {
		PROFILES.put("server", new RoleProfile("server",
				List.of(new RoleProfile.Requirement("linux", 4, 3), new RoleProfile.Requirement("network", 2, 1))));
		PROFILES.put("network", new RoleProfile("network", List.of(new RoleProfile.Requirement("network", 4, 3))));
	}

	static final List<Skill> SKILLS = List.of(skill("linux", "infra"), skill("network", "infra"),
			skill("cloud", "cloud"));

	static Skill skill(String code, String category) {
		return new Skill(code, category, new LocalizedText(code, code), new LocalizedText("", ""), List.of(), Map.of());
	}

	static MemberSkills member(String name, String targetRole, Object... skillAndLevel) {
		TeamMember member = new TeamMember(UUID.randomUUID(), UUID.randomUUID(), name, "member", targetRole,
				(targetRole != null) ? "lead" : null, NOW);
		List<EffectiveLevel> levels = new ArrayList<>();
		for (int i = 0; i < skillAndLevel.length; i += 2) {
			levels.add(new EffectiveLevel((String) skillAndLevel[i], (Integer) skillAndLevel[i + 1], false, NOW));
		}
		return MemberSkills.of(member, levels);
	}

	static Heatmap.Query query(int page, int size, String sort, boolean descending) {
		return new Heatmap.Query(page, size, Heatmap.Sort.parse(sort, Set.of("linux", "network", "cloud")), descending,
				null, null, false, null);
	}

	static List<Heatmap.Row> rows(MemberSkills... members) {
		return List.of(members).stream().map((m) -> Heatmap.row(m, PROFILES)).toList();
	}

	@Test
	void fitIsToTheTargetRoleOrToTheBestFitRoleWithoutOne() {
		Heatmap.Row targeted = Heatmap.row(member("a", "network", "linux", 4, "network", 2), PROFILES);
		assertThat(targeted.fitRole()).isEqualTo("network");
		assertThat(targeted.fit()).isEqualTo(0.5);
		assertThat(targeted.gap()).isEqualTo(2);
		assertThat(targeted.below()).containsExactly("network");
		Heatmap.Row best = Heatmap.row(member("b", null, "linux", 4, "network", 2), PROFILES);
		assertThat(best.fitRole()).isEqualTo("server");
		assertThat(best.fit()).isEqualTo(1.0);
		assertThat(best.below()).isEmpty();
	}

	@Test
	void someoneWhoRecordedNothingHasNoBestFitRole() {
		Heatmap.Row blank = Heatmap.row(member("c", null), PROFILES);
		assertThat(blank.fitRole()).isNull();
		assertThat(blank.fit()).isZero();
		// a target role still counts: 0% of that role
		assertThat(Heatmap.row(member("d", "network"), PROFILES).fitRole()).isEqualTo("network");
	}

	@Test
	void sortsByNameFitGapOrASkillWithTiesByName() {
		List<Heatmap.Row> rows = rows(member("Carol", null, "linux", 2), member("alice", null, "linux", 4),
				member("Bob", null, "linux", 2, "network", 2));
		assertThat(names(Heatmap.page(rows, SKILLS, query(0, 10, "name", false)))).containsExactly("alice", "Bob",
				"Carol");
		assertThat(names(Heatmap.page(rows, SKILLS, query(0, 10, "fit", true)))).containsExactly("alice", "Bob",
				"Carol");
		assertThat(names(Heatmap.page(rows, SKILLS, query(0, 10, "gap", true)))).containsExactly("Carol", "alice",
				"Bob");
		assertThat(names(Heatmap.page(rows, SKILLS, query(0, 10, "skill:linux", false)))).containsExactly("Bob",
				"Carol", "alice");
	}

	@Test
	void filtersMembersByTargetRoleAndNameAndSkillsByCategoryAndGap() {
		List<Heatmap.Row> rows = rows(member("Ann", "network", "network", 4), member("Ben", "server", "linux", 4),
				member("Benedict", null, "linux", 1));
		Heatmap.Page byRole = Heatmap.page(rows, SKILLS,
				new Heatmap.Query(0, 10, Heatmap.Sort.NAME, false, null, "server", false, null));
		assertThat(names(byRole)).containsExactly("Ben");
		Heatmap.Page byName = Heatmap.page(rows, SKILLS,
				new Heatmap.Query(0, 10, Heatmap.Sort.NAME, false, "cloud", null, false, "BEN"));
		assertThat(names(byName)).containsExactly("Ben", "Benedict");
		assertThat(byName.skills()).extracting(Skill::code).containsExactly("cloud");
		Heatmap.Page gaps = Heatmap.page(rows, SKILLS,
				new Heatmap.Query(0, 10, Heatmap.Sort.NAME, false, null, "network", true, null));
		assertThat(gaps.skills()).isEmpty();
		Heatmap.Page allGaps = Heatmap.page(rows, SKILLS,
				new Heatmap.Query(0, 10, Heatmap.Sort.NAME, false, null, null, true, null));
		assertThat(allGaps.skills()).extracting(Skill::code).containsExactly("linux", "network");
	}

	@Test
	void rejectsAnUnknownSortAndPagesOutOfRange() {
		assertThatThrownBy(() -> Heatmap.Sort.parse("height", Set.of())).isInstanceOf(DomainException.class)
			.extracting((e) -> ((DomainException) e).field())
			.isEqualTo("sort");
		assertThatThrownBy(() -> Heatmap.Sort.parse("skill:nope", Set.of("linux"))).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> query(0, 201, "name", false)).isInstanceOf(DomainException.class)
			.extracting((e) -> ((DomainException) e).field())
			.isEqualTo("size");
		assertThatThrownBy(() -> query(-1, 10, "name", false)).isInstanceOf(DomainException.class);
	}

	@Test
	void pagesCoverEveryMatchingMemberOnceInOrder() {
		RandomCases.forAll(200, (random) -> {
			int count = random.between(0, 40);
			List<MemberSkills> members = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				members.add(member(random.oneOf(List.of("Ann", "Bob", "Cy", "Dee")),
						random.oneOf(java.util.Arrays.asList(null, "server", "network")), "linux", random.between(0, 5),
						"network", random.between(0, 5)));
			}
			List<Heatmap.Row> rows = members.stream().map((m) -> Heatmap.row(m, PROFILES)).toList();
			String sort = random.oneOf(List.of("name", "fit", "gap", "skill:linux", "skill:cloud"));
			boolean descending = random.between(0, 1) == 1;
			int size = random.between(1, 12);
			List<Heatmap.Row> seen = new ArrayList<>();
			Heatmap.Page first = Heatmap.page(rows, SKILLS, query(0, size, sort, descending));
			assertThat(first.totalElements()).isEqualTo(count);
			assertThat(first.totalPages()).isEqualTo((count + size - 1) / size);
			for (int page = 0; page <= first.totalPages(); page++) {
				Heatmap.Page p = Heatmap.page(rows, SKILLS, query(page, size, sort, descending));
				assertThat(p.rows().size()).isLessThanOrEqualTo(size);
				seen.addAll(p.rows());
			}
			assertThat(seen).hasSize(count).doesNotHaveDuplicates();
			Comparator<Heatmap.Row> key = switch (sort) {
				case "fit" -> Comparator.comparingDouble(Heatmap.Row::fit);
				case "gap" -> Comparator.comparingInt(Heatmap.Row::gap);
				case "skill:linux" -> Comparator.comparingInt((Heatmap.Row r) -> r.member().level("linux"));
				case "skill:cloud" -> Comparator.comparingInt((Heatmap.Row r) -> r.member().level("cloud"));
				default -> Comparator.comparing(Heatmap.Row::name, String.CASE_INSENSITIVE_ORDER);
			};
			assertThat(seen).isSortedAccordingTo(descending ? key.reversed() : key);
		});
	}

	private static List<String> names(Heatmap.Page page) {
		return page.rows().stream().map((row) -> row.member().member().displayName()).toList();
	}

}

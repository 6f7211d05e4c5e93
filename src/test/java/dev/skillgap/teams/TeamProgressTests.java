package dev.skillgap.teams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.skills.LevelPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeamProgressTests {

	static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	static final RoleProfile LINUX = new RoleProfile("linux", List.of(new RoleProfile.Requirement("linux", 4, 1)));

	static final RoleProfile NETWORK = new RoleProfile("network",
			List.of(new RoleProfile.Requirement("network", 2, 1)));

	// a Wednesday
	static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

	@Test
	void weeksStartOnMondayInUtc() {
		assertThat(TeamProgress.weekStart(NOW)).isEqualTo(LocalDate.parse("2026-11-30"));
		assertThat(TeamProgress.weekStart(Instant.parse("2026-11-30T00:00:00Z")))
			.isEqualTo(LocalDate.parse("2026-11-30"));
		assertThat(TeamProgress.weekStart(Instant.parse("2026-11-29T23:59:59Z")))
			.isEqualTo(LocalDate.parse("2026-11-23"));
		assertThat(TeamProgress.since(NOW, 3)).isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
	}

	@Test
	void replaysTheLevelsWeekByWeek() {
		Map<UUID, RoleProfile> members = new LinkedHashMap<>();
		members.put(ANN, LINUX);
		members.put(BOB, null);
		List<LevelPoint> points = List.of(new LevelPoint(ANN, "linux", 2, Instant.parse("2026-10-01T00:00:00Z")),
				new LevelPoint(BOB, "network", 1, Instant.parse("2026-11-18T00:00:00Z")),
				new LevelPoint(ANN, "linux", 4, Instant.parse("2026-11-29T23:00:00Z")),
				new LevelPoint(BOB, "network", 2, Instant.parse("2026-12-01T00:00:00Z")));
		List<CoverageTarget> targets = List.of(new CoverageTarget("linux", 3, 1, CoverageTarget.TEAM),
				new CoverageTarget("network", 2, 1, CoverageTarget.TEAM));

		List<TeamProgress.Week> weeks = TeamProgress.weeks(NOW, 3, members, points, targets, List.of(LINUX, NETWORK));

		assertThat(weeks).extracting(TeamProgress.Week::weekStart)
			.containsExactly(LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-23"),
					LocalDate.parse("2026-11-30"));
		assertThat(weeks).extracting(TeamProgress.Week::coverageMet).containsExactly(0, 1, 2);
		assertThat(weeks).allSatisfy((w) -> assertThat(w.coverageTotal()).isEqualTo(2));
		// Ann to linux 2/4, Bob best fit network 1/2; then Ann 4/4; then Bob 2/2
		assertThat(weeks).extracting(TeamProgress.Week::averageFit).containsExactly(0.5, 0.75, 1.0);
	}

	@Test
	void aTeamWithoutHistoryStandsAtZero() {
		List<TeamProgress.Week> weeks = TeamProgress.weeks(NOW, 2, Map.of(ANN, LINUX), List.of(),
				List.of(new CoverageTarget("linux", 3, 1, CoverageTarget.TEAM)), List.of(LINUX));

		assertThat(weeks).extracting(TeamProgress.Week::coverageMet, TeamProgress.Week::averageFit)
			.containsOnly(org.assertj.core.groups.Tuple.tuple(0, 0.0));
	}

	@Test
	void theWeeksBeforeTheTeamExistedAreLeftOut() {
		List<TeamProgress.Week> weeks = TeamProgress.weeks(NOW, 3, Map.of(ANN, LINUX), List.of(),
				List.of(new CoverageTarget("linux", 3, 1, CoverageTarget.TEAM)), List.of(LINUX));

		// created on the Wednesday of the middle week: that week and the current one
		assertThat(TeamProgress.sinceCreated(weeks, Instant.parse("2026-11-25T09:00:00Z")))
			.extracting(TeamProgress.Week::weekStart)
			.containsExactly(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-30"));
		// created this week: only this week
		assertThat(TeamProgress.sinceCreated(weeks, NOW)).hasSize(1);
		// created long ago: every week
		assertThat(TeamProgress.sinceCreated(weeks, Instant.parse("2020-01-01T00:00:00Z"))).hasSize(3);
	}

}

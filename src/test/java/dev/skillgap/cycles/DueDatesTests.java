package dev.skillgap.cycles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.skills.EffectiveLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DueDatesTests {

	static final UUID PERSON = UUID.randomUUID();

	static final UUID TEAM = UUID.randomUUID();

	static final Map<String, String> CATEGORIES = Map.of("linux-administration", "os", "aws", "cloud", "dns",
			"network");

	@Test
	void aLevelIsDueTheCyclesMonthsAfterItsLastUpdateUnderTheStrictestCycle() {
		Cycle organisation = new Cycle(UUID.randomUUID(), null, 12, List.of(), 14, 14, Instant.EPOCH);
		Cycle team = new Cycle(UUID.randomUUID(), TEAM, 6, List.of("cloud"), 30, 7, Instant.EPOCH);
		List<Due> due = DueDates.of(PERSON,
				List.of(level("linux-administration", 3, "2030-01-10T23:30:00Z"),
						level("aws", 2, "2030-02-01T00:00:00Z"), level("dns", 0, "2030-01-01T00:00:00Z")),
				List.of(organisation, team), CATEGORIES::get);
		assertThat(due).extracting(Due::skillCode).containsExactly("aws", "linux-administration");
		Due aws = due.get(0);
		assertThat(aws.dueOn()).isEqualTo(LocalDate.of(2030, 8, 1));
		assertThat(aws.teamId()).isEqualTo(TEAM);
		assertThat(due.get(1).dueOn()).isEqualTo(LocalDate.of(2031, 1, 10));
		assertThat(due.get(1).teamId()).isNull();
		// within the reminder window from 30 days before; overdue the day after; the
		// leads after 7 more days
		assertThat(aws.dueSoon(LocalDate.of(2030, 7, 1))).isFalse();
		assertThat(aws.dueSoon(LocalDate.of(2030, 7, 2))).isTrue();
		assertThat(aws.overdue(LocalDate.of(2030, 8, 1))).isFalse();
		assertThat(aws.overdue(LocalDate.of(2030, 8, 2))).isTrue();
		assertThat(aws.forLeads(LocalDate.of(2030, 8, 8))).isFalse();
		assertThat(aws.forLeads(LocalDate.of(2030, 8, 9))).isTrue();
	}

	@Test
	void nothingIsDueWithoutACycleOrForARetiredSkill() {
		assertThat(DueDates.of(PERSON, List.of(level("aws", 3, "2030-01-01T00:00:00Z")), List.of(), CATEGORIES::get))
			.isEmpty();
		Cycle all = new Cycle(UUID.randomUUID(), null, 6, List.of(), 14, 14, Instant.EPOCH);
		assertThat(DueDates.of(PERSON, List.of(level("retired-skill", 3, "2030-01-01T00:00:00Z")), List.of(all),
				CATEGORIES::get))
			.isEmpty();
	}

	private static EffectiveLevel level(String skill, int level, String updated) {
		return new EffectiveLevel(skill, level, false, Instant.parse(updated));
	}

}

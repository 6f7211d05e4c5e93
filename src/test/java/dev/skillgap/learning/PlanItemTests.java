package dev.skillgap.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.skillgap.platform.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlanItemTests {

	private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	private final PlanItem planned = new PlanItem("ccna", 0, PlanStatus.PLANNED, null, BigDecimal.ZERO,
			NOW.minusSeconds(3600), null, null);

	@Test
	void movesThroughPlannedInProgressDone() {
		PlanItem started = this.planned.moveTo(PlanStatus.IN_PROGRESS, NOW);
		PlanItem done = started.moveTo(PlanStatus.DONE, NOW.plusSeconds(60));

		assertThat(started.startedAt()).isEqualTo(NOW);
		assertThat(done.status()).isEqualTo(PlanStatus.DONE);
		assertThat(done.completedAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(done.startedAt()).isEqualTo(NOW);
	}

	@Test
	void aFinishedItemCannotGoBackToPlannedButCanBeReopened() {
		PlanItem done = this.planned.moveTo(PlanStatus.DONE, NOW);

		assertThatExceptionOfType(DomainException.InvalidTransition.class)
			.isThrownBy(() -> done.moveTo(PlanStatus.PLANNED, NOW))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("status"));
		assertThat(done.moveTo(PlanStatus.IN_PROGRESS, NOW).completedAt()).isNull();
	}

	@Test
	void aDroppedItemCanOnlyBePlannedAgain() {
		PlanItem dropped = this.planned.moveTo(PlanStatus.DROPPED, NOW);

		assertThatExceptionOfType(DomainException.InvalidTransition.class)
			.isThrownBy(() -> dropped.moveTo(PlanStatus.DONE, NOW));
		assertThat(dropped.moveTo(PlanStatus.PLANNED, NOW).status()).isEqualTo(PlanStatus.PLANNED);
	}

	@Test
	void paceTellsWhetherTheGoalIsReachedInTime() {
		LocalDate start = LocalDate.of(2026, 11, 1);
		LocalDate today = LocalDate.of(2026, 11, 29); // four weeks in

		Pace onTrack = Pace.of(40, start, today, 100, LocalDate.of(2027, 3, 1)); // 10
																					// h/week
																					// ->
																					// 10
																					// weeks
		Pace behind = Pace.of(8, start, today, 100, LocalDate.of(2027, 1, 1)); // 2 h/week
																				// -> 50
																				// weeks

		assertThat(onTrack.hoursPerWeek()).isEqualTo(10.0);
		assertThat(onTrack.projectedDate()).isEqualTo(today.plusDays(70));
		assertThat(onTrack.onTrack()).isTrue();
		assertThat(behind.onTrack()).isFalse();
		assertThat(behind.requiredHoursPerWeek()).isEqualTo(21.2);
	}

	@Test
	void paceWithNoHoursHasNoProjectionAndAPastDateNeedsNoRate() {
		LocalDate today = LocalDate.of(2026, 11, 29);

		Pace none = Pace.of(0, today, today, 50, today.plusDays(70));
		Pace late = Pace.of(10, today.minusDays(30), today, 50, today.minusDays(1));

		assertThat(none.projectedDate()).isNull();
		// a goal set today is not behind at 0 hours
		assertThat(none.status()).isEqualTo("starting");
		assertThat(none.onTrack()).isTrue();
		assertThat(late.requiredHoursPerWeek()).isNull();
		assertThat(late.onTrack()).isFalse();
	}

	@Test
	void paceIsJudgedAgainstTheExpectedProgressAfterAGracePeriod() {
		LocalDate set = LocalDate.of(2026, 1, 1);
		LocalDate target = set.plusDays(300); // 10 months

		assertThat(Pace.of(0, set, set, 300, target, set).status()).isEqualTo("starting");
		assertThat(Pace.of(0, set, set.plusDays(13), 300, target, set).status()).isEqualTo("starting");
		// after two weeks, with nothing logged: 14 of 300 hours expected
		Pace idle = Pace.of(0, set, set.plusDays(30), 300, target, set);
		assertThat(idle.expectedHours()).isEqualTo(30.0);
		assertThat(idle.status()).isEqualTo("behind");
		assertThat(idle.onTrack()).isFalse();
		// keeping up with the even pace (within the tolerance) is on track
		assertThat(Pace.of(25, set, set.plusDays(30), 275, target, set).status()).isEqualTo("on-track");
		assertThat(Pace.of(10, set, set.plusDays(30), 290, target, set).status()).isEqualTo("behind");
		// nothing left
		assertThat(Pace.of(10, set, set.plusDays(30), 0, target, set).status()).isEqualTo("done");
		// a short goal has a shorter grace period: a quarter of its span
		LocalDate soon = set.plusDays(20);
		assertThat(Pace.of(0, set, set.plusDays(4), 20, soon, set).status()).isEqualTo("starting");
		assertThat(Pace.of(0, set, set.plusDays(6), 20, soon, set).status()).isEqualTo("behind");
	}

}

package dev.skillgap.learning;

import java.math.BigDecimal;
import java.time.Instant;

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

}

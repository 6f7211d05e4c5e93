package dev.skillgap.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LearningPlanTests {

	private static PlanItem item(String code, int position, PlanStatus status) {
		return new PlanItem(code, position, status, null, BigDecimal.ZERO, NOW, null, null);
	}

	private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

	@Test
	void droppedItemsMayBeRecommendedAgainAndOnlyDoneItemsCountAsTaken() {
		LearningPlan plan = new LearningPlan(
				List.of(item("lpic-1", 0, PlanStatus.PLANNED), item("ccna", 1, PlanStatus.IN_PROGRESS),
						item("aws-saa", 2, PlanStatus.DONE), item("cka", 3, PlanStatus.DROPPED)));

		assertThat(plan.inPlan()).containsExactlyInAnyOrder("lpic-1", "ccna", "aws-saa");
		assertThat(plan.done()).containsExactly("aws-saa");
		assertThat(new LearningPlan(List.of()).inPlan()).isEmpty();
	}

}

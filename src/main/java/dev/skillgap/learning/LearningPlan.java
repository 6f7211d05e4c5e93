package dev.skillgap.learning;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A learner's plan as a value: its items in order, and the sets the recommender works
 * from. Items in the plan (anything not dropped) are no longer recommended; items done
 * count as taken when the learning path is planned.
 *
 * @param items the plan's items, in the learner's order
 */
record LearningPlan(List<PlanItem> items) {

	LearningPlan {
		items = List.copyOf(items);
	}

	/** Codes of the items planned, in progress or done: not to be recommended again. */
	Set<String> inPlan() {
		return codes(this.items.stream().filter((item) -> item.status() != PlanStatus.DROPPED).toList());
	}

	/** Codes of the items done: already taken when a learning path is planned. */
	Set<String> done() {
		return codes(this.items.stream().filter((item) -> item.status() == PlanStatus.DONE).toList());
	}

	private static Set<String> codes(List<PlanItem> items) {
		return items.stream().map(PlanItem::itemCode).collect(Collectors.toUnmodifiableSet());
	}

}

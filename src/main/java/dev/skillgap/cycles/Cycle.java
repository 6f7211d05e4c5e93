package dev.skillgap.cycles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A reassessment cycle.
 *
 * @param teamId the team whose cycle it is, null for the organisation's
 * @param months how long after its last update a level is due again
 * @param categories the skill categories it covers; empty: every skill
 * @param remindDaysBefore how many days before the due date the member is reminded
 * @param leadAfterDays how many days overdue before the team's leads are told
 */
public record Cycle(UUID id, @Nullable UUID teamId, int months, List<String> categories, int remindDaysBefore,
		int leadAfterDays, Instant updatedAt) {

	public static final int DEFAULT_REMIND_DAYS_BEFORE = 14;

	public static final int DEFAULT_LEAD_AFTER_DAYS = 14;

	public Cycle {
		categories = List.copyOf(categories);
	}

	/** Whether it covers skills of this category. */
	public boolean covers(String categoryCode) {
		return this.categories.isEmpty() || this.categories.contains(categoryCode);
	}

}

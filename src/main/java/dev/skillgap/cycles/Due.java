package dev.skillgap.cycles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * When one assessed skill of a person is due for reassessment, under the strictest cycle
 * that covers it.
 *
 * @param lastUpdatedAt when the level was last assessed, confirmed or validated
 * @param teamId the team whose cycle it is, null for the organisation's
 */
public record Due(UUID accountId, String skillCode, int level, Instant lastUpdatedAt, LocalDate dueOn,
		@Nullable UUID teamId, int remindDaysBefore, int leadAfterDays) {

	/** Past its due date. */
	public boolean overdue(LocalDate today) {
		return today.isAfter(this.dueOn);
	}

	/** Within the reminder window before the due date, or overdue. */
	public boolean dueSoon(LocalDate today) {
		return !today.isBefore(this.dueOn.minusDays(this.remindDaysBefore));
	}

	/** Overdue long enough for the leads to be told. */
	public boolean forLeads(LocalDate today) {
		return !today.isBefore(this.dueOn.plusDays(this.leadAfterDays + 1L));
	}

}

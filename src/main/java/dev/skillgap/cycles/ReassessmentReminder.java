package dev.skillgap.cycles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Skills of a person are due for reassessment: {@code stage} {@code due} (within the
 * reminder window), {@code overdue}, or {@code lead} (overdue long enough for the team's
 * leads to be told: {@code leadIds} of {@code teamId}). Published once per person, skill,
 * due date and stage, whatever the number of instances or runs.
 *
 * @param teamId the team whose cycle (or, for the organisation's cycle, whose leads) it
 * concerns; null for the organisation's cycle at the first two stages
 * @param leadIds whom to tell at stage {@code lead}, empty otherwise
 */
public record ReassessmentReminder(UUID accountId, @Nullable UUID teamId, String stage, LocalDate dueOn,
		List<String> skillCodes, List<UUID> leadIds) {

	public static final String DUE = "due";

	public static final String OVERDUE = "overdue";

	public static final String LEAD = "lead";

	public ReassessmentReminder {
		skillCodes = List.copyOf(skillCodes);
		leadIds = List.copyOf(leadIds);
	}

}

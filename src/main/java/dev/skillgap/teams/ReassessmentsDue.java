package dev.skillgap.teams;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The skills of a team's members that a reassessment cycle says are due (within the
 * reminder window) or overdue. Implemented by the module that keeps the cycles; a lead
 * may ask a member about these as well as about skills not updated for some months.
 */
public interface ReassessmentsDue {

	/** Member's account id to the skill codes due or overdue for them. */
	Map<UUID, Set<String>> dueIn(UUID teamId);

}

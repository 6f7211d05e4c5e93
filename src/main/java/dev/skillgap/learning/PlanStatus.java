package dev.skillgap.learning;

import java.util.Map;
import java.util.Set;

/** Where an item of a learning plan stands. */
public enum PlanStatus {

	PLANNED("planned"), IN_PROGRESS("in-progress"), DONE("done"), DROPPED("dropped");

	private static final Map<PlanStatus, Set<PlanStatus>> NEXT = Map.of(PLANNED, Set.of(IN_PROGRESS, DONE, DROPPED),
			IN_PROGRESS, Set.of(PLANNED, DONE, DROPPED), DONE, Set.of(IN_PROGRESS), DROPPED, Set.of(PLANNED));

	private final String code;

	PlanStatus(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/**
	 * planned -> in progress -> done, or dropped; done reopens to in progress; dropped to
	 * planned.
	 */
	public boolean canMoveTo(PlanStatus next) {
		return NEXT.get(this).contains(next);
	}

	public static PlanStatus of(String code) {
		for (PlanStatus status : values()) {
			if (status.code.equals(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException("Unknown plan status " + code);
	}

}

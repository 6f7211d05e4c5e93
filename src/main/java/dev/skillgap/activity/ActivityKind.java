package dev.skillgap.activity;

/** What a learner did. */
public enum ActivityKind {

	SKILL_LEVEL_RECORDED("skill-level-recorded"), PLAN_ITEM_ADDED("plan-item-added"),
	PLAN_ITEM_COMPLETED("plan-item-completed"), GOAL_SET("goal-set");

	private final String code;

	ActivityKind(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	static ActivityKind of(String code) {
		for (ActivityKind kind : values()) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown activity kind " + code);
	}

}

package dev.skillgap.access;

/** What someone else did about a person, as kept in the {@link AuditTrail}. */
public enum AuditAction {

	/** a learner's invitation reached the mentor (recorded on the learner's own trail) */
	MENTOR_INVITED("mentor-invited"),

	MENTORSHIP_ACCEPTED("mentorship-accepted"),

	MENTORSHIP_DECLINED("mentorship-declined"),

	MENTORSHIP_ENDED("mentorship-ended"),

	LEVEL_VALIDATED("level-validated"),

	ITEM_SUGGESTED("item-suggested"),

	REVIEW_WRITTEN("review-written"),

	REVIEW_EDITED("review-edited");

	private final String code;

	AuditAction(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}

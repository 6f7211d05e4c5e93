package dev.skillgap.notifications;

/**
 * What a notification is about. The code is stored, sent to the UI and names the messages
 * {@code notification.<code>} (the bell) and {@code notification.mail.subject.<code>}.
 */
public enum NotificationKind {

	/** To the invited mentor, once they have an account. */
	MENTOR_INVITED("mentor-invited", Section.MENTOR),
	/** To the mentee. */
	MENTORSHIP_ACCEPTED("mentorship-accepted"),
	/** To the mentee. */
	MENTORSHIP_DECLINED("mentorship-declined"),
	/** To the other side. */
	MENTORSHIP_ENDED("mentorship-ended"),
	/** To the mentee whose level a mentor validated. */
	LEVEL_VALIDATED("level-validated"),
	/** To the mentor asked for a review. */
	REVIEW_REQUESTED("review-requested", Section.MENTOR),
	/** To the mentee. */
	REVIEW_WRITTEN("review-written"),
	/** To the other side of the review. */
	REVIEW_REPLIED("review-replied"),
	/** To the learner. */
	ITEM_SUGGESTED("item-suggested"),
	/** To the one who suggested it. */
	SUGGESTION_ACCEPTED("suggestion-accepted", Section.MENTOR),
	/** To the one who suggested it. */
	SUGGESTION_DECLINED("suggestion-declined", Section.MENTOR),
	/** To the invited person, once they have an account. */
	TEAM_INVITED("team-invited"),
	/** To the team's leads. */
	TEAM_JOINED("team-joined", Section.LEAD),
	/** To the lead who invited. */
	TEAM_DECLINED("team-declined", Section.LEAD),
	/** To the member a lead removed. */
	TEAM_REMOVED("team-removed"),
	/** To the team's leads. */
	TEAM_LEFT("team-left", Section.LEAD),
	/** To everyone else who was on a team a lead deleted. */
	TEAM_DELETED("team-deleted"),
	/** To the member a lead proposed a target role to. */
	TARGET_ROLE_PROPOSED("target-role-proposed"),
	/** To each member a lead asked to reassess stale skills. */
	REASSESSMENT_REQUESTED("reassessment-requested"),
	/** To a member: skills come due for reassessment under a cycle. */
	REASSESSMENT_DUE("reassessment-due"),
	/** To a member: skills are past their reassessment date. */
	REASSESSMENT_OVERDUE("reassessment-overdue"),
	/** To a team's leads: a member's skills have been overdue for a while. */
	REASSESSMENT_OVERDUE_LEAD("reassessment-overdue-lead", Section.LEAD),
	/** To the holder: a certification expires within 90 or 30 days. */
	CERTIFICATION_EXPIRING("certification-expiring"),
	/** To the holder: a certification has expired. */
	CERTIFICATION_EXPIRED("certification-expired"),
	/** To a team's leads: a skill met its coverage target. */
	COVERAGE_MET("coverage-met", Section.LEAD, Delivery.DAILY),
	/** To a team's leads: a skill fell below its coverage target. */
	COVERAGE_LOST("coverage-lost", Section.LEAD, Delivery.DAILY);

	/** Whose part of a digest a kind belongs to. */
	public enum Section {

		/** about the reader's own learning */
		LEARNER,
		/** about the reader's mentees */
		MENTOR,
		/** about the reader's teams */
		LEAD

	}

	private final String code;

	private final Section section;

	private final Delivery defaultDelivery;

	NotificationKind(String code) {
		this(code, Section.LEARNER);
	}

	NotificationKind(String code, Section section) {
		this(code, section, Delivery.MAIL);
	}

	NotificationKind(String code, Section section, Delivery defaultDelivery) {
		this.code = code;
		this.section = section;
		this.defaultDelivery = defaultDelivery;
	}

	public String code() {
		return this.code;
	}

	/** The part of a digest it is listed in. */
	public Section section() {
		return this.section;
	}

	/** How it is delivered until the person chooses otherwise. */
	public Delivery defaultDelivery() {
		return this.defaultDelivery;
	}

	public static NotificationKind of(String code) {
		for (NotificationKind kind : values()) {
			if (kind.code.equals(code)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("Unknown notification kind " + code);
	}

}

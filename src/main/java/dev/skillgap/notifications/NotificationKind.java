package dev.skillgap.notifications;

/**
 * What a notification is about. The code is stored, sent to the UI and names the messages
 * {@code notification.<code>} (the bell) and {@code notification.mail.subject.<code>}.
 */
public enum NotificationKind {

	/** To the invited mentor, once they have an account. */
	MENTOR_INVITED("mentor-invited"),
	/** To the learner a mentor offered to mentor, once they have an account. */
	MENTOR_OFFERED("mentor-offered"),
	/** To the mentee. */
	MENTORSHIP_ACCEPTED("mentorship-accepted"),
	/** To the mentor whose offer the learner accepted. */
	MENTOR_OFFER_ACCEPTED("mentor-offer-accepted"),
	/** To the mentor whose offer the learner declined. */
	MENTOR_OFFER_DECLINED("mentor-offer-declined"),
	/** To the mentee. */
	MENTORSHIP_DECLINED("mentorship-declined"),
	/** To the other side. */
	MENTORSHIP_ENDED("mentorship-ended"),
	/** To the mentee whose level a mentor validated. */
	LEVEL_VALIDATED("level-validated"),
	/** To the mentor asked for a review. */
	REVIEW_REQUESTED("review-requested"),
	/** To the mentee. */
	REVIEW_WRITTEN("review-written"),
	/** To the other side of the review. */
	REVIEW_REPLIED("review-replied"),
	/** To the learner, from a mentor. */
	ITEM_SUGGESTED("item-suggested"),
	/** To the learner, from a lead through a team's training plan. */
	TEAM_ITEM_SUGGESTED("team-item-suggested"),
	/** To the one who suggested it. */
	SUGGESTION_ACCEPTED("suggestion-accepted"),
	/** To the one who suggested it. */
	SUGGESTION_DECLINED("suggestion-declined"),
	/** To the invited person, once they have an account. */
	TEAM_INVITED("team-invited"),
	/** To the team's leads. */
	TEAM_JOINED("team-joined"),
	/** To the lead who invited. */
	TEAM_DECLINED("team-declined"),
	/** To the member a lead removed. */
	TEAM_REMOVED("team-removed"),
	/** To the team's leads. */
	TEAM_LEFT("team-left"),
	/** To everyone else who was on a team a lead deleted. */
	TEAM_DELETED("team-deleted"),
	/** To the member a lead proposed a target role to. */
	TARGET_ROLE_PROPOSED("target-role-proposed"),
	/** To each member a lead asked to reassess stale skills. */
	REASSESSMENT_REQUESTED("reassessment-requested");

	private final String code;

	NotificationKind(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
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

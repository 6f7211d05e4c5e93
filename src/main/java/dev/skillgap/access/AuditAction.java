package dev.skillgap.access;

/** What someone else did about a person, as kept in the {@link AuditTrail}. */
public enum AuditAction {

	/** a learner's invitation reached the mentor (recorded on the learner's own trail) */
	MENTOR_INVITED("mentor-invited"),

	/** a mentor offered to mentor someone (recorded on the mentor's own trail) */
	MENTEE_OFFERED("mentee-offered"),

	MENTORSHIP_ACCEPTED("mentorship-accepted"),

	/** the person accepted a mentor's offer (their own trail) */
	MENTOR_OFFER_ACCEPTED("mentor-offer-accepted"),

	/** the person declined a mentor's offer (their own trail) */
	MENTOR_OFFER_DECLINED("mentor-offer-declined"),

	MENTORSHIP_DECLINED("mentorship-declined"),

	MENTORSHIP_ENDED("mentorship-ended"),

	/** the learner withdrew their invitation to a mentor before it was answered */
	MENTOR_INVITATION_WITHDRAWN("mentor-invitation-withdrawn"),

	/** a mentor withdrew their offer to mentor the person before it was answered */
	MENTOR_OFFER_WITHDRAWN("mentor-offer-withdrawn"),

	LEVEL_VALIDATED("level-validated"),

	/** a mentor suggested an item */
	ITEM_SUGGESTED("item-suggested"),

	/** a lead suggested an item through a team (detail {@code team}: its name) */
	TEAM_ITEM_SUGGESTED("team-item-suggested"),

	REVIEW_WRITTEN("review-written"),

	REVIEW_EDITED("review-edited"),

	/** the author withdrew a review of the person's progress */
	REVIEW_WITHDRAWN("review-withdrawn"),

	/** the one who suggested an item withdrew the suggestion before it was answered */
	SUGGESTION_WITHDRAWN("suggestion-withdrawn"),

	/** a lead invited the person to a team */
	TEAM_INVITED("team-invited"),

	/** a lead withdrew the person's invitation to a team */
	TEAM_INVITATION_WITHDRAWN("team-invitation-withdrawn"),

	/** the person accepted an invitation to a team (their own trail) */
	TEAM_JOINED("team-joined"),

	/** the person declined an invitation to a team (their own trail) */
	TEAM_DECLINED("team-declined"),

	/** the person left a team (their own trail) */
	TEAM_LEFT("team-left"),

	/** a lead removed the person from a team */
	TEAM_REMOVED("team-removed"),

	/** a lead made the person a lead of a team */
	TEAM_PROMOTED("team-promoted"),

	/** a lead made the person, a lead, a member of a team */
	TEAM_DEMOTED("team-demoted"),

	/** a lead asked the person to reassess stale skills on a team */
	TEAM_REASSESSMENT_REQUESTED("team-reassessment-requested"),

	/** a lead deleted a team the person was on */
	TEAM_DELETED("team-deleted"),

	/** a lead proposed a target role to the person on a team */
	TARGET_ROLE_PROPOSED("target-role-proposed");

	private final String code;

	AuditAction(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}

package dev.skillgap.teams;

/**
 * Where an invitation or membership stands: pending -> active (the invited person
 * accepts), declined (they decline) or removed (a lead withdraws it); active -> left (the
 * member leaves) or removed (a lead removes them). Declined, left and removed are the
 * team's history: nothing leaves them.
 */
public enum MembershipStatus {

	PENDING("pending"), ACTIVE("active"), DECLINED("declined"), LEFT("left"), REMOVED("removed");

	private final String code;

	MembershipStatus(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/** Pending or active: the row counts (the others are history). */
	public boolean isOpen() {
		return this == PENDING || this == ACTIVE;
	}

	/** Whether a membership in this status may move to {@code next}. */
	public boolean canBecome(MembershipStatus next) {
		return switch (this) {
			case PENDING -> next == ACTIVE || next == DECLINED || next == REMOVED;
			case ACTIVE -> next == LEFT || next == REMOVED;
			case DECLINED, LEFT, REMOVED -> false;
		};
	}

	public static MembershipStatus of(String code) {
		for (MembershipStatus status : values()) {
			if (status.code.equals(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException(code);
	}

}

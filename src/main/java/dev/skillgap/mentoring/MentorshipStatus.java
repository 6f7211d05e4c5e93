package dev.skillgap.mentoring;

/** Where a mentorship stands. */
public enum MentorshipStatus {

	PENDING("pending"), ACTIVE("active"), DECLINED("declined"), ENDED("ended");

	private final String code;

	MentorshipStatus(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public boolean isOpen() {
		return this == PENDING || this == ACTIVE;
	}

	public static MentorshipStatus of(String code) {
		for (MentorshipStatus status : values()) {
			if (status.code.equals(code)) {
				return status;
			}
		}
		throw new IllegalArgumentException(code);
	}

}

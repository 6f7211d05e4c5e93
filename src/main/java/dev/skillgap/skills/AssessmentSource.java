package dev.skillgap.skills;

/**
 * Who set a level: the person themself, a mentor, or the completion of a learning item.
 */
public enum AssessmentSource {

	SELF("self"), MENTOR("mentor"), LEARNING_ITEM("learning-item");

	private final String code;

	AssessmentSource(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	static AssessmentSource of(String code) {
		for (AssessmentSource source : values()) {
			if (source.code.equals(code)) {
				return source;
			}
		}
		throw new IllegalArgumentException("Unknown assessment source " + code);
	}

}

package dev.skillgap.platform;

/**
 * A request parameter that breaks one of the {@link InputRules}, thrown while converting
 * it; {@code code} is the message key.
 */
class InvalidInputException extends IllegalArgumentException {

	private final String code;

	InvalidInputException(String code) {
		super(code);
		this.code = code;
	}

	String code() {
		return this.code;
	}

}

package dev.skillgap.notifications;

/**
 * How a person wants a kind of notification: in the app only, also by mail at once, or
 * also in a daily or weekly digest mail. The code is what the API sends.
 */
public enum Delivery {

	APP("app"), MAIL("mail"), DAILY("daily"), WEEKLY("weekly");

	private final String code;

	Delivery(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/**
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static Delivery of(String code) {
		for (Delivery delivery : values()) {
			if (delivery.code.equals(code)) {
				return delivery;
			}
		}
		throw new IllegalArgumentException("Unknown delivery " + code);
	}

}

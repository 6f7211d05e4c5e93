package dev.skillgap.platform;

import java.io.IOException;

/** The request body is larger than {@code skillgap.api.max-body-size} allows. */
class PayloadTooLargeException extends IOException {

	private final long limit;

	PayloadTooLargeException(long limit) {
		super("request body larger than " + limit + " bytes");
		this.limit = limit;
	}

	long limit() {
		return this.limit;
	}

}

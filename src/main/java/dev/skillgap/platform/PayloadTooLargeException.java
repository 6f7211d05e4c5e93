package dev.skillgap.platform;

import java.io.IOException;

/** The request body is larger than {@code skillgap.api.max-body-size} allows. */
class PayloadTooLargeException extends IOException {

	PayloadTooLargeException(long limit) {
		super("The request body is larger than " + limit + " bytes.");
	}

}

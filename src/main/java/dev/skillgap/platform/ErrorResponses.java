package dev.skillgap.platform;

import org.springframework.http.HttpStatus;

/**
 * The {@code detail} of problems that Tomcat or the servlet error page answer, where no
 * controller explains what went wrong.
 */
final class ErrorResponses {

	private ErrorResponses() {
	}

	static String detail(HttpStatus status, java.util.Locale locale) {
		return Texts.statusDetail(status, locale);
	}

	/** The status for a numeric code, falling back to 500 (or 400 for a client error). */
	static HttpStatus status(int code) {
		HttpStatus status = HttpStatus.resolve(code);
		if (status != null) {
			return status;
		}
		return (code >= 400 && code < 500) ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}

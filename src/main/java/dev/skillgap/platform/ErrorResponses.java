package dev.skillgap.platform;

import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * The {@code detail} of problems that Tomcat or the servlet error page answer, where no
 * controller explains what went wrong.
 */
final class ErrorResponses {

	private ErrorResponses() {
	}

	/** The detail of a problem that only has a status to explain it, from the bundles. */
	static String detail(HttpStatus status, Locale locale) {
		String text = Texts.of("error.status." + status.value(), locale);
		if (!text.startsWith("error.status.")) {
			return text;
		}
		return status.is5xxServerError() ? Texts.of("error.status.500", locale)
				: Texts.of("error.status.other", locale, status.getReasonPhrase());
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

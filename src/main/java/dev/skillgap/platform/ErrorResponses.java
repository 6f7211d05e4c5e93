package dev.skillgap.platform;

import org.springframework.http.HttpStatus;

/**
 * The {@code detail} of problems that Tomcat or the servlet error page answer, where no
 * controller explains what went wrong.
 */
final class ErrorResponses {

	private ErrorResponses() {
	}

	static String detail(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "The request is malformed: check its path, parameters, headers and encoding.";
			case UNAUTHORIZED -> "You need to log in.";
			case FORBIDDEN -> "You are not allowed to do that.";
			case NOT_FOUND -> "There is nothing at this path.";
			case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
			case NOT_ACCEPTABLE -> "No acceptable representation: ask for application/json.";
			case CONTENT_TOO_LARGE -> "The request body is too large.";
			case URI_TOO_LONG -> "The request URI is too long.";
			case UNSUPPORTED_MEDIA_TYPE -> "This content type is not supported: send application/json.";
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large.";
			case NOT_IMPLEMENTED ->
				"The server does not support what this request needs (its method or transfer coding).";
			case SERVICE_UNAVAILABLE -> "The service is unavailable; try again later.";
			default -> (status.is5xxServerError()) ? "Something went wrong on our side."
					: "The request failed: " + status.getReasonPhrase() + ".";
		};
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

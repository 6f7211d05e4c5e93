package dev.skillgap.platform;

import org.springframework.http.HttpStatus;

/**
 * A failure a client caused and can act on; rendered as an RFC 9457 problem detail with
 * the given status. {@code field}, when set, names the request field at fault.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String field;

	public ApiException(HttpStatus status, String detail) {
		this(status, null, detail);
	}

	public ApiException(HttpStatus status, String field, String detail) {
		super(detail);
		this.status = status;
		this.field = field;
	}

	public static ApiException notFound(String detail) {
		return new ApiException(HttpStatus.NOT_FOUND, detail);
	}

	public static ApiException conflict(String field, String detail) {
		return new ApiException(HttpStatus.CONFLICT, field, detail);
	}

	public static ApiException invalid(String field, String detail) {
		return new ApiException(HttpStatus.BAD_REQUEST, field, detail);
	}

	public HttpStatus status() {
		return this.status;
	}

	public String field() {
		return this.field;
	}

}

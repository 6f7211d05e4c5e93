package dev.skillgap.platform;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details the same way for controllers and for security filters
 * (which answer before any controller runs).
 */
public final class Problems {

	private Problems() {
	}

	/** A problem whose title is in the request's language (set by Spring MVC). */
	public static ProblemDetail of(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title(status, LocaleContextHolder.getLocale()));
		return problem;
	}

	/**
	 * The title of a status in a language (RFC 9457 lets a title change only for
	 * localization): "Conflict" in English, 「この操作はできません」 in Japanese; a status with no
	 * text of its own has its English reason phrase in English and a generic title
	 * otherwise.
	 */
	public static String title(HttpStatus status, Locale locale) {
		String text = Texts.of("error.title." + status.value(), locale);
		if (!text.startsWith("error.title.")) {
			return text;
		}
		return "ja".equals(locale.getLanguage()) ? Texts.of("error.title.other", locale) : status.getReasonPhrase();
	}

	/** Adds the {@code errors} array of {@code {field, message}} objects. */
	public static ProblemDetail withErrors(ProblemDetail problem, List<FieldError> errors) {
		problem.setProperty("errors", errors);
		return problem;
	}

	/** Writes a problem detail straight to the response, for use outside Spring MVC. */
	public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		write(response, status, detail, instance(request.getRequestURI()), List.of(), Texts.localeOf(request));
	}

	/**
	 * Writes a problem detail with an {@code errors} array (if not empty) straight to the
	 * response; {@code instance} is the request path (or {@code null}).
	 */
	static void write(HttpServletResponse response, HttpStatus status, String detail, String instance,
			List<FieldError> errors, Locale locale) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json(status, detail, instance, errors, locale));
	}

	static String json(HttpStatus status, String detail, String instance, List<FieldError> errors, Locale locale) {
		StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":")
			.append(quote(title(status, locale)))
			.append(",\"status\":")
			.append(status.value())
			.append(",\"detail\":")
			.append(quote(detail));
		if (instance != null) {
			json.append(",\"instance\":").append(quote(instance));
		}
		if (!errors.isEmpty()) {
			json.append(",\"errors\":[");
			for (int i = 0; i < errors.size(); i++) {
				FieldError error = errors.get(i);
				json.append(i > 0 ? "," : "")
					.append("{\"field\":")
					.append(quote(error.field()))
					.append(",\"message\":")
					.append(quote(error.message()))
					.append('}');
			}
			json.append(']');
		}
		return json.append('}').toString();
	}

	/**
	 * The path of a request URI as the {@code instance} of a problem, still
	 * percent-encoded.
	 */
	static String instance(String requestUri) {
		if (requestUri == null) {
			return null;
		}
		try {
			return URI.create(requestUri).getRawPath();
		}
		catch (IllegalArgumentException ex) {
			// not a valid URI (that may be why the request failed): the raw path
			return requestUri;
		}
	}

	private static String quote(String value) {
		if (value == null) {
			return "null";
		}
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20 || Character.isSurrogate(c)) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	/** One entry of the {@code errors} array: the request field at fault and why. */
	public record FieldError(String field, String message) {
	}

}

package dev.skillgap.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Checks the parameters of every API request before anything reads them: the query string
 * must be valid percent-encoded UTF-8 (Tomcat would otherwise fail later, deep in a
 * controller), and no parameter name or value may break the {@link InputRules}. A
 * violation is a 400 problem naming the parameter, in the request's language.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestInputFilter extends ApiRequestFilter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	RequestInputFilter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasBody(request) && !isConcrete(request.getContentType())) {
			Problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					ErrorResponses.detail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, Texts.localeOf(request)),
					Problems.instance(request.getRequestURI()), List.of(), Texts.localeOf(request));
			return;
		}
		Problems.FieldError error = checkAccept(request.getHeader(HttpHeaders.ACCEPT));
		if (error == null) {
			error = checkQuery(request.getQueryString());
		}
		if (error == null && isForm(request)) {
			error = checkParsedParameters(request);
		}
		if (error != null) {
			Locale locale = this.locales.resolveLocale(request);
			String message = this.messages.getMessage(error.message(), InputRules.arguments(error.message()), locale);
			String detail = this.messages.getMessage(
					error.field().equals(HttpHeaders.ACCEPT) ? "error.header.invalid" : "error.parameter.invalid",
					new Object[] { error.field() }, locale);
			Problems.write(response, HttpStatus.BAD_REQUEST, detail, Problems.instance(request.getRequestURI()),
					List.of(new Problems.FieldError(error.field(), message)), locale);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	/** No content type (Spring answers that), or one without wildcards that parses. */
	private static boolean isConcrete(String contentType) {
		if (contentType == null) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return !type.isWildcardType() && !type.isWildcardSubtype();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static Problems.FieldError checkAccept(String accept) {
		if (accept == null) {
			return null;
		}
		try {
			MediaType.parseMediaTypes(accept);
			return null;
		}
		catch (InvalidMediaTypeException ex) {
			return new Problems.FieldError(HttpHeaders.ACCEPT, InputRules.BAD_HEADER);
		}
	}

	private static boolean isForm(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null) {
			return false;
		}
		try {
			return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(contentType));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Lets Tomcat parse a form body (no controller reads one, but a filter may ask for a
	 * parameter) and checks what it found.
	 */
	private static Problems.FieldError checkParsedParameters(HttpServletRequest request) {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (InvalidParameterException ex) {
			return new Problems.FieldError("body", InputRules.BAD_ENCODING);
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String code = InputRules.checkText(parameter.getKey());
			for (String value : parameter.getValue()) {
				if (code == null && value != null) {
					code = InputRules.checkText(value);
				}
			}
			if (code != null) {
				return new Problems.FieldError(parameter.getKey(), code);
			}
		}
		return null;
	}

	/**
	 * The first parameter of the query string that is not valid percent-encoded UTF-8 or
	 * breaks the {@link InputRules}, as a field and a message key; {@code null} when all
	 * are fine.
	 */
	static Problems.FieldError checkQuery(String query) {
		if (query == null || query.isEmpty()) {
			return null;
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String rawName = (equals >= 0) ? pair.substring(0, equals) : pair;
			String rawValue = (equals >= 0) ? pair.substring(equals + 1) : "";
			String name = decode(rawName);
			String value = decode(rawValue);
			String field = (name != null) ? name : lenientDecode(rawName);
			if (name == null || value == null) {
				return new Problems.FieldError(field, InputRules.BAD_ENCODING);
			}
			String code = InputRules.checkText(name);
			if (code == null) {
				code = InputRules.checkText(value);
			}
			if (code != null) {
				return new Problems.FieldError(field.replace("\u0000", ""), code);
			}
		}
		return null;
	}

	/**
	 * Decodes {@code application/x-www-form-urlencoded} text strictly; {@code null} when
	 * an escape is malformed or the bytes are not UTF-8.
	 */
	static String decode(String raw) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c == '%') {
				if (i + 2 >= raw.length()) {
					return null;
				}
				int high = Character.digit(raw.charAt(i + 1), 16);
				int low = Character.digit(raw.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					return null;
				}
				bytes.write((high << 4) | low);
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else if (c < 0x80) {
				bytes.write(c);
			}
			else {
				// Tomcat hands the raw bytes over as ISO-8859-1 characters
				bytes.write(c & 0xff);
			}
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/** A readable form of a malformed name, for the {@code field} of the error. */
	private static String lenientDecode(String raw) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			out.append((c < 0x20 || c >= 0x7f) ? '?' : c);
		}
		return out.toString();
	}

}

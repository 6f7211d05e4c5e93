package dev.skillgap.platform;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error from {@code /api/**} leaves as an RFC 9457 problem detail; validation
 * errors carry an {@code errors} array of {@code {field, message}}. Unexpected failures
 * are logged and answered with a generic 500 that reveals nothing of the server.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/**
	 * The detail of a 400 for a value only the database refused (the fuzz test treats it
	 * as a missing validation).
	 */
	static final String DATABASE_REFUSED_DETAIL = "error.value.refusedByDatabase";

	private final MessageSource messages;

	ProblemDetailsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> handleDomain(DomainException ex) {
		HttpStatus status = (ex instanceof DomainException.NotFound) ? HttpStatus.NOT_FOUND
				: (ex instanceof DomainException.Forbidden) ? HttpStatus.FORBIDDEN
						: (ex instanceof DomainException.Invalid) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT;

		String detail = this.messages.getMessage(ex.code(), ex.arguments(), ex.code(), LocaleContextHolder.getLocale());
		ProblemDetail problem = Problems.of(status, detail);
		if (ex.field() != null) {
			Problems.withErrors(problem, List.of(new Problems.FieldError(ex.field(), detail)));
		}
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(TooManyAttemptsException.class)
	ResponseEntity<ProblemDetail> handleTooMany(TooManyAttemptsException ex) {
		long seconds = ex.retryAfterSeconds();
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, text("error.tooManyAttempts", seconds)));
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> handleTooLarge(PayloadTooLargeException ex) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, text("error.body.tooLarge", ex.limit())));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
		String detail = text("error.value.invalid", ex.getName());
		InvalidInputException invalid = findCause(ex, InvalidInputException.class);
		String message = (invalid != null) ? message(invalid.code()) : detail;
		ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, detail),
				List.of(new Problems.FieldError(ex.getName(), message)));
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Parameters that Tomcat could not decode, requests the security firewall rejected
	 * while a controller read them, and multipart bodies that cannot be parsed (the API
	 * takes none): the client's fault, usually caught earlier by
	 * {@link RequestInputFilter} or Tomcat itself.
	 */
	@ExceptionHandler({ InvalidParameterException.class, RequestRejectedException.class, MultipartException.class })
	ResponseEntity<ProblemDetail> handleMalformedRequest(Exception ex) {
		log.debug("Malformed request: {}", ex.toString());
		return ResponseEntity.badRequest()
			.body(Problems.of(HttpStatus.BAD_REQUEST,
					ErrorResponses.detail(HttpStatus.BAD_REQUEST, LocaleContextHolder.getLocale())));
	}

	/**
	 * A value PostgreSQL refuses as data (SQLSTATE class 22: out of range, invalid
	 * encoding, too long) that slipped past validation: the request's fault, so a 400;
	 * logged as a warning because the value should have been rejected before the
	 * database.
	 */
	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> handleDataAccess(DataAccessException ex) {
		SQLException sql = findCause(ex, SQLException.class);
		if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
			log.warn("The database refused a value of the request (SQLSTATE {}): {}", sql.getSQLState(),
					sql.getMessage());
			return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, text(DATABASE_REFUSED_DETAIL)));
		}
		return handleUnexpected(ex);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) {
		if (DatabaseUnavailable.isCause(ex)) {
			log.warn("Database unreachable: answered 503 ({})", ex.toString());
			return ResponseEntity.status(DatabaseUnavailable.STATUS)
				.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
				.body(Problems.of(DatabaseUnavailable.STATUS, text(DatabaseUnavailable.DETAIL)));
		}
		log.error("Unexpected error", ex);
		return ResponseEntity.internalServerError()
			.body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, text("error.status.500")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldError> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach((error) -> errors
				.add(new Problems.FieldError(error.getField(), this.messages.getMessage(error, locale))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors
				.add(new Problems.FieldError(error.getObjectName(), this.messages.getMessage(error, locale))));
		ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, text("error.request.invalid")),
				errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problems.FieldError> errors = new ArrayList<>();
		for (ParameterValidationResult result : ex.getParameterValidationResults()) {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach((error) -> errors.add(new Problems.FieldError(name, this.messages.getMessage(error, locale))));
		}
		ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, text("error.request.invalid")),
				errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String detail = text("error.parameter.required", ex.getParameterName());
		ProblemDetail problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, detail),
				List.of(new Problems.FieldError(ex.getParameterName(), detail)));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		PayloadTooLargeException tooLarge = findCause(ex, PayloadTooLargeException.class);
		if (tooLarge != null) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, text("error.body.tooLarge", tooLarge.limit())));
		}
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, text("error.body.notJson"));
		StrictInputModule.RejectedValueException rejected = findCause(ex,
				StrictInputModule.RejectedValueException.class);
		if (rejected != null) {
			String field = fieldPath(rejected);
			String name = field.isEmpty() ? "body" : field;
			return ResponseEntity.badRequest()
				.body(Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, text("error.value.notAllowed", name)),
						List.of(new Problems.FieldError(name, message(rejected.code())))));
		}
		JacksonException jackson = findCause(ex, JacksonException.class);
		if (jackson != null && !(jackson instanceof StreamReadException && jackson.getPath().isEmpty())) {
			String field = fieldPath(jackson);
			if (!field.isEmpty()) {
				String detail = text("error.value.wrongType", field);
				problem = Problems.withErrors(Problems.of(HttpStatus.BAD_REQUEST, detail),
						List.of(new Problems.FieldError(field, detail)));
			}
		}
		return ResponseEntity.badRequest().body(problem);
	}

	private String message(String code) {
		return this.messages.getMessage(code, InputRules.arguments(code), LocaleContextHolder.getLocale());
	}

	private static String fieldPath(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		ex.getPath().forEach((ref) -> {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		});
		return path.toString();
	}

	private static <T extends Throwable> T findCause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			// Spring's own problems (405, 406...) carry the English reason phrase:
			// localized, as ours
			HttpStatus status = HttpStatus.resolve(statusCode.value());
			problem.setTitle(Problems.title((status != null) ? status : HttpStatus.BAD_REQUEST,
					LocaleContextHolder.getLocale()));
		}
		return response;
	}

	private String text(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

}

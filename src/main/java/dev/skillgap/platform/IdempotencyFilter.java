package dev.skillgap.platform;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes every POST safe to repeat: a request with an {@code Idempotency-Key} header runs,
 * with everything it changes, in one transaction that also keeps its answer under that
 * key ({@link IdempotencyKeys}); a repeat with the same key by the same caller within the
 * retention (24 hours) gets that answer again (same status, same body, header
 * {@code Idempotent-Replayed: true}) and changes nothing. A repeat that arrives while the
 * first is still running, on this instance or another one on the same database, waits for
 * the first's answer instead of failing or doing the thing twice; if the first failed,
 * the repeat runs. The same key with another request (another path or body) is 422.
 * <p>
 * Keys are per caller: the account when logged in, else the client address (registration
 * and password resets). Only 2xx answers are kept: an error changed nothing, so a repeat
 * simply runs again. Login is never kept: a stored answer would have to carry a session
 * cookie, and logging in twice does no harm; nor are the answers of requests that only
 * compute ({@link #NOT_KEPT}). Runs after the security filter chain (CSRF and
 * authentication are checked first) and outside Spring MVC.
 */
@Component
@Order(0)
class IdempotencyFilter extends ApiRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	static final int MAX_KEY_LENGTH = 255;

	/**
	 * POSTs whose answers are never kept (the key is accepted and ignored): login and
	 * logout (an answer would have to carry the session cookie), and those that only
	 * compute (a repeat computes the same, and nothing is there to do twice).
	 */
	static final List<String> NOT_KEPT = List.of("/api/auth/login", "/api/auth/logout", "/api/postings/analyze",
			"/api/me/fit/what-if");

	/** The shared response of a reused key in the OpenAPI description. */
	static final String KEY_REUSED = "IdempotencyKeyReused";

	private final IdempotencyKeys keys;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Duration wait;

	private final ObjectProvider<CallerAccount> caller;

	IdempotencyFilter(IdempotencyKeys keys, JdbcClient jdbc, PlatformTransactionManager transactionManager,
			@Value("${skillgap.idempotency.wait:25s}") Duration wait, ObjectProvider<CallerAccount> caller) {
		this.caller = caller;
		this.keys = keys;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.wait = wait;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return super.shouldNotFilter(request) || !"POST".equals(request.getMethod())
				|| request.getHeader(HEADER) == null || NOT_KEPT.contains(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (!isValid(key)) {
			problem(request, response, HttpStatus.BAD_REQUEST, "error.header.invalid", "idempotency.keyInvalid",
					MAX_KEY_LENGTH);
			return;
		}
		byte[] body;
		try {
			body = request.getInputStream().readAllBytes();
		}
		catch (PayloadTooLargeException ex) {
			Texts.writeProblem(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.body.tooLarge", ex.limit());
			return;
		}
		UUID account = account();
		String scope = (account != null) ? "account:" + account : "address:" + request.getRemoteAddr();
		String fingerprint = fingerprint(request, body);
		CachedBodyRequest cached = new CachedBodyRequest(request, body);
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		Outcome outcome;
		try {
			outcome = this.transactions.execute((status) -> {
				Optional<IdempotencyKeys.Stored> held;
				try {
					this.jdbc.sql("set local lock_timeout = " + this.wait.toMillis()).update();
					held = this.keys.claim(scope, key, account, fingerprint);
					this.jdbc.sql("set local lock_timeout to default").update();
				}
				catch (PessimisticLockingFailureException | QueryTimeoutException ex) {
					status.setRollbackOnly();
					return Outcome.IN_PROGRESS;
				}
				if (held.isPresent()) {
					status.setRollbackOnly();
					return Outcome.held(held.get(), fingerprint);
				}
				try {
					chain.doFilter(cached, capture);
				}
				catch (IOException | ServletException ex) {
					throw new Unchecked(ex);
				}
				int code = capture.getStatus();
				if (code >= 200 && code < 300) {
					this.keys.complete(scope, key, code, capture.getContentType(),
							capture.getHeader(HttpHeaders.LOCATION), capture.getContentAsByteArray());
				}
				else {
					// an error changed nothing: nothing to keep (and whatever was begun
					// goes)
					status.setRollbackOnly();
				}
				return Outcome.PROCESSED;
			});
		}
		catch (Unchecked ex) {
			if (ex.getCause() instanceof ServletException servlet) {
				throw servlet;
			}
			throw (IOException) ex.getCause();
		}
		switch (outcome.kind()) {
			case PROCESSED -> capture.copyBodyToResponse();
			case REPLAY -> replay(outcome.stored(), response);
			case MISMATCH -> problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency.keyReused",
					"idempotency.keyReused");
			case IN_PROGRESS -> {
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				problem(request, response, HttpStatus.CONFLICT, "idempotency.inProgress", "idempotency.inProgress");
			}
		}
	}

	private static void replay(IdempotencyKeys.Stored stored, HttpServletResponse response) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		response.setHeader(REPLAYED, "true");
		byte[] body = (stored.body() != null) ? stored.body() : new byte[0];
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String detailCode, String messageCode, Object... arguments) throws IOException {
		java.util.Locale locale = Texts.localeOf(request);
		Problems.write(response, status, Texts.of(detailCode, locale, HEADER),
				Problems.instance(request.getRequestURI()),
				List.of(new Problems.FieldError(HEADER, Texts.of(messageCode, locale, arguments))), locale);
	}

	/**
	 * Documents the header, and the answers it brings (422 for a reused key, 409 while
	 * the first request with the key runs), on every POST whose answer is kept.
	 */
	static void document(String path, PathItem.HttpMethod method, Operation operation) {
		if (method != PathItem.HttpMethod.POST || NOT_KEPT.contains(path)) {
			return;
		}
		boolean documented = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch((parameter) -> HEADER.equals(parameter.getName()));
		if (!documented) {
			operation.addParametersItem(new HeaderParameter().name(HEADER)
				.required(false)
				.description("Makes the request safe to repeat: a repeat with the same key by the same caller "
						+ "within 24 hours gets the first answer and changes nothing (1-255 visible ASCII "
						+ "characters, such as a UUID; one per user action).")
				.schema(new StringSchema().minLength(1).maxLength(MAX_KEY_LENGTH).pattern("^[\\x21-\\x7E]+$")));
		}
		ApiResponses responses = operation.getResponses();
		if (responses == null) {
			responses = new ApiResponses();
			operation.setResponses(responses);
		}
		responses.computeIfAbsent("400", (code) -> new ApiResponse().$ref("#/components/responses/BadRequest"));
		responses.computeIfAbsent("409", (code) -> new ApiResponse()
			.description("A request with this Idempotency-Key is still running (Retry-After), or a conflict."));
		responses.computeIfAbsent("422", (code) -> new ApiResponse().$ref("#/components/responses/" + KEY_REUSED));
	}

	/** 1 to 255 visible ASCII characters (a UUID, as the web app sends, fits). */
	static boolean isValid(@Nullable String key) {
		if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			return false;
		}
		return key.chars().allMatch((c) -> c > 0x20 && c < 0x7f);
	}

	private @Nullable UUID account() {
		CallerAccount caller = this.caller.getIfAvailable();
		return (caller != null) ? caller.current() : null;
	}

	/** SHA-256 of the method, the path with its query and the body. */
	static String fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String query = request.getQueryString();
			digest.update(
					(request.getMethod() + " " + request.getRequestURI() + ((query != null) ? "?" + query : "") + "\n")
						.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private enum Kind {

		PROCESSED, REPLAY, MISMATCH, IN_PROGRESS

	}

	private record Outcome(Kind kind, IdempotencyKeys.@Nullable Stored stored) {

		static final Outcome PROCESSED = new Outcome(Kind.PROCESSED, null);

		static final Outcome IN_PROGRESS = new Outcome(Kind.IN_PROGRESS, null);

		static Outcome held(IdempotencyKeys.Stored stored, String fingerprint) {
			if (!stored.fingerprint().equals(fingerprint)) {
				return new Outcome(Kind.MISMATCH, null);
			}
			return (stored.status() != null) ? new Outcome(Kind.REPLAY, stored) : IN_PROGRESS;
		}

	}

	private static final class Unchecked extends RuntimeException {

		Unchecked(Exception cause) {
			super(cause);
		}

	}

	/** The request with its body read already, for the handlers to read again. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}

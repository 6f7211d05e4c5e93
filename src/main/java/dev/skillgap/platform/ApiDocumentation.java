package dev.skillgap.platform;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;

/**
 * How every operation of the OpenAPI description states its security and its error
 * responses, so that a client generated from it knows them without reading the code.
 * {@link OpenApiConfiguration} applies {@link #document} to every operation; a module
 * that adds an operation by hand (such as logout, answered by a filter) applies it too.
 * It is idempotent, so the result does not depend on which runs first.
 * <p>
 * Security: an operation that declares none (the usual case) needs the {@link #SESSION}
 * cookie, and a state-changing one also the {@link #CSRF} header. An anonymous route
 * declares its own with springdoc's {@code @SecurityRequirement} (for example the CSRF
 * header only), or {@code @SecurityRequirements} for none.
 * <p>
 * Errors (all {@code application/problem+json}, schema {@code ProblemDetail}): 400, 413,
 * 415, 500 and 503 always (any request may carry a malformed query string or
 * {@code Accept-Language}, or a body, too large or not JSON, even where none is
 * expected), 401 with a session, 403 with a CSRF token, 404 with a path parameter, 406
 * when the operation answers with a body (an {@code Accept} it cannot satisfy). Other
 * statuses (404 without a path parameter, 409, 429) are declared where they happen with
 * springdoc's {@code @ApiResponse}; their content is filled in here.
 * {@code ApiFuzzIntegrationTests} fails on any status an operation gives that its
 * description does not list.
 */
public final class ApiDocumentation {

	/** The security scheme of the session cookie. */
	public static final String SESSION = "session";

	/** The security scheme of the CSRF header ({@code X-XSRF-TOKEN}). */
	public static final String CSRF = "csrf";

	/** The schema of every error body. */
	public static final String PROBLEM_DETAIL = "ProblemDetail";

	static final String FIELD_ERROR = "FieldError";

	static final String PROBLEM_JSON = "application/problem+json";

	private static final Set<PathItem.HttpMethod> SAFE = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
			PathItem.HttpMethod.OPTIONS, PathItem.HttpMethod.TRACE);

	private ApiDocumentation() {
	}

	/**
	 * As {@link #document(PathItem.HttpMethod, Operation)}, and 403 on every route under
	 * {@code /api/admin/}, which answers it to anyone without the ADMIN role.
	 */
	static void document(String path, PathItem.HttpMethod method, Operation operation) {
		document(method, operation);
		if (path.startsWith("/api/admin/")) {
			add(operation.getResponses(), ErrorResponse.FORBIDDEN);
		}
	}

	/** Adds the default security and the error responses to one operation. */
	public static void document(PathItem.HttpMethod method, Operation operation) {
		if (operation.getSecurity() == null) {
			SecurityRequirement requirement = new SecurityRequirement().addList(SESSION);
			if (!SAFE.contains(method)) {
				requirement.addList(CSRF);
			}
			operation.setSecurity(List.of(requirement));
		}
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponses responses = operation.getResponses();
		responses.forEach((code, response) -> {
			if (isError(code) && response.get$ref() == null) {
				response.setContent(problemContent());
				if ("429".equals(code)) {
					response.addHeaderObject("Retry-After", retryAfter());
				}
			}
		});
		List<io.swagger.v3.oas.models.parameters.Parameter> parameters = (operation.getParameters() != null)
				? operation.getParameters() : List.of();
		add(responses, ErrorResponse.BAD_REQUEST);
		if (requires(operation, SESSION)) {
			add(responses, ErrorResponse.UNAUTHORIZED);
		}
		if (requires(operation, CSRF)) {
			add(responses, ErrorResponse.FORBIDDEN);
		}
		if (parameters.stream().anyMatch((parameter) -> "path".equals(parameter.getIn()))) {
			add(responses, ErrorResponse.NOT_FOUND);
		}
		boolean answersWithBody = responses.entrySet()
			.stream()
			.anyMatch((response) -> response.getKey().startsWith("2") && response.getValue().getContent() != null
					&& !response.getValue().getContent().isEmpty());
		if (answersWithBody) {
			add(responses, ErrorResponse.NOT_ACCEPTABLE);
		}
		add(responses, ErrorResponse.CONTENT_TOO_LARGE);
		add(responses, ErrorResponse.UNSUPPORTED_MEDIA_TYPE);
		add(responses, ErrorResponse.INTERNAL_SERVER_ERROR);
		add(responses, ErrorResponse.SERVICE_UNAVAILABLE);
	}

	private static boolean isError(String code) {
		return code.startsWith("4") || code.startsWith("5");
	}

	private static boolean requires(Operation operation, String scheme) {
		return operation.getSecurity().stream().anyMatch((requirement) -> requirement.containsKey(scheme));
	}

	private static void add(ApiResponses responses, ErrorResponse error) {
		responses.computeIfAbsent(error.status, (code) -> new ApiResponse().$ref(error.ref()));
	}

	static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_DETAIL)));
	}

	static Header retryAfter() {
		return new Header().description("Seconds to wait before trying again")
			.schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO));
	}

	/** The shared error responses in {@code components.responses}. */
	enum ErrorResponse {

		BAD_REQUEST("400", "BadRequest",
				"The request is invalid: a field or parameter is missing, malformed or out of range, or the query "
						+ "string or a header cannot be read. `errors` names each one (body fields by their JSON path, "
						+ "parameters by name) with a message in the request's language."),

		UNAUTHORIZED("401", "Unauthorized", "Not logged in: no session, or it has ended."),

		FORBIDDEN("403", "Forbidden",
				"The CSRF token is missing or invalid (send the XSRF-TOKEN cookie's value in the X-XSRF-TOKEN header; "
						+ "GET /api/auth/csrf returns one), or you are not allowed to do this."),

		NOT_FOUND("404", "NotFound", "No such resource, or it is not visible to you."),

		NOT_ACCEPTABLE("406", "NotAcceptable",
				"The Accept header asks for a type this operation does not answer with (see its successful "
						+ "response)."),

		CONTENT_TOO_LARGE("413", "ContentTooLarge",
				"The request body is larger than the server accepts (whether or not the operation takes one)."),

		UNSUPPORTED_MEDIA_TYPE("415", "UnsupportedMediaType",
				"The request body is not application/json (whether or not the operation takes one)."),

		INTERNAL_SERVER_ERROR("500", "InternalServerError",
				"Something went wrong on the server; the body reveals nothing of it."),

		SERVICE_UNAVAILABLE("503", "ServiceUnavailable",
				"The server cannot answer right now (for example the database is unreachable); try again later.");

		final String status;

		final String name;

		final String description;

		ErrorResponse(String status, String name, String description) {
			this.status = status;
			this.name = name;
			this.description = description;
		}

		String ref() {
			return "#/components/responses/" + this.name;
		}

		ApiResponse response() {
			return new ApiResponse().description(this.description).content(problemContent());
		}

	}

}

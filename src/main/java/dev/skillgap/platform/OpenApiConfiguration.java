package dev.skillgap.platform;

import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * The OpenAPI description at {@code /v3/api-docs}: title, version and description from
 * the build (build-info), the session cookie and CSRF header as security schemes, and on
 * every operation its security and error responses ({@link ApiDocumentation}). Response
 * objects list every property as required (the server always writes each one,
 * {@code null} included); a record component marked {@link Nullable} may be {@code null}.
 * The description is the source of the frontend's types ({@code frontend/openapi.json}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static {
		// the CSRF token argument of GET /api/auth/csrf is no request parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CsrfToken.class);
	}

	@Bean
	OpenApiCustomizer skillgapOpenApi(ObjectProvider<BuildProperties> build, Environment environment) {
		BuildProperties properties = build.getIfAvailable();
		String sessionCookie = sessionCookieName(environment);
		return (openApi) -> {
			openApi.info(info(properties));
			openApi.servers(List.of(new Server().url("/").description("This server (same origin as the web app)")));
			Components components = Objects.requireNonNullElseGet(openApi.getComponents(), Components::new);
			openApi.components(components);
			components.addSecuritySchemes(ApiDocumentation.SESSION,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.COOKIE)
						.name(sessionCookie)
						.description("The session cookie set by POST /api/auth/login or /api/auth/register "
								+ "(HttpOnly, SameSite=Lax)."));
			components.addSecuritySchemes(ApiDocumentation.CSRF,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name("X-XSRF-TOKEN")
						.description("Every state-changing request echoes the value of the XSRF-TOKEN cookie in this "
								+ "header. GET /api/auth/csrf sets the cookie and returns the token; the server "
								+ "rotates it on login, registration and logout."));
			components.addSchemas(ApiDocumentation.FIELD_ERROR, fieldErrorSchema());
			components.addSchemas(ApiDocumentation.PROBLEM_DETAIL, problemDetailSchema());
			for (ApiDocumentation.ErrorResponse error : ApiDocumentation.ErrorResponse.values()) {
				components.addResponses(error.name, error.response());
			}
			components.addResponses(IdempotencyFilter.KEY_REUSED, new io.swagger.v3.oas.models.responses.ApiResponse()
				.description("The Idempotency-Key was already used by this caller for another request (another path "
						+ "or body) in the last 24 hours.")
				.content(ApiDocumentation.problemContent()));
			if (openApi.getTags() != null) {
				// in a stable order (springdoc lists them in the order it met the
				// controllers)
				openApi.setTags(openApi.getTags()
					.stream()
					.sorted(java.util.Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName))
					.toList());
			}
			if (openApi.getPaths() != null) {
				openApi.getPaths().forEach((name, path) -> path.readOperationsMap().forEach((method, operation) -> {
					IdempotencyFilter.document(name, method, operation);
					ApiDocumentation.document(name, method, operation);
				}));
				requireResponseProperties(openApi);
			}
		};
	}

	/**
	 * Operation ids from the controller and method name ({@code FitController.history} is
	 * {@code fitHistory}): unique, stable and readable in generated clients.
	 */
	@Bean
	OperationCustomizer skillgapOperationIds() {
		return (operation, handler) -> {
			String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
			String method = handler.getMethod().getName();
			operation.setOperationId(StringUtils.uncapitalize(controller) + StringUtils.capitalize(method));
			return operation;
		};
	}

	/** Marks the record components annotated {@link Nullable} as nullable. */
	@Bean
	ModelConverter skillgapNullableRecordComponents() {
		return new NullableRecordComponents();
	}

	private static Info info(BuildProperties build) {
		String name = (build != null && build.getName() != null) ? build.getName() : "Skillgap";
		String version = (build != null && build.getVersion() != null) ? build.getVersion() : "dev";
		String description = (build != null && build.get("description") != null) ? build.get("description")
				: "Skills-gap learning tracker";
		return new Info().title(name + " API")
			.version(version)
			.description(description + ". Session cookie authentication; every state-changing request carries the "
					+ "CSRF token (cookie XSRF-TOKEN echoed in the header X-XSRF-TOKEN). Errors are RFC 9457 "
					+ "problem details (application/problem+json). Names and texts come in the request's language "
					+ "(Accept-Language: ja or en). Every POST may carry an Idempotency-Key header (1-255 visible "
					+ "ASCII characters, such as a UUID; the web app sends a new one per user action): a repeat "
					+ "with the same key by the same caller within 24 hours gets the first answer (same status and "
					+ "body, header Idempotent-Replayed: true) and changes nothing, also when both arrive at once "
					+ "on different instances (the second waits for the first); the same key with another request "
					+ "is 422. Only successful answers are kept; login and requests that only compute are never kept.");
	}

	/**
	 * The servlet container's session cookie, or Spring Session's when it is on the
	 * classpath (named by {@code server.servlet.session.cookie.name} in either case).
	 */
	private static String sessionCookieName(Environment environment) {
		String configured = environment.getProperty("server.servlet.session.cookie.name");
		if (StringUtils.hasText(configured)) {
			return configured;
		}
		return ClassUtils.isPresent("org.springframework.session.web.http.CookieSerializer",
				OpenApiConfiguration.class.getClassLoader()) ? "SESSION" : "JSESSIONID";
	}

	private static Schema<?> fieldErrorSchema() {
		return new ObjectSchema().description("One request field or parameter at fault")
			.addProperty("field", new StringSchema().description("The field's JSON path (a.b[0].c) or the parameter"))
			.addProperty("message", new StringSchema().description("Why, in the request's language"))
			.required(List.of("field", "message"));
	}

	private static Schema<?> problemDetailSchema() {
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type",
					new StringSchema().format("uri")
						.description("Identifies the kind of problem; absent or about:blank for plain HTTP statuses"))
			.addProperty("title", new StringSchema().description("The HTTP status phrase"))
			.addProperty("status", new IntegerSchema().description("The HTTP status code"))
			.addProperty("detail", new StringSchema().description("What went wrong, for a person"))
			.addProperty("instance", new StringSchema().format("uri-reference").description("The request path"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + ApiDocumentation.FIELD_ERROR))
						.description("Validation errors (400), one per field at fault"))
			.required(List.of("title", "status"));
	}

	/**
	 * Every property of an object that only appears in responses is required: Jackson
	 * writes each record component, {@code null} included. Objects that a request body
	 * uses keep what their validation says.
	 */
	private static void requireResponseProperties(OpenAPI openApi) {
		Map<String, Schema> schemas = (openApi.getComponents().getSchemas() != null)
				? openApi.getComponents().getSchemas() : Map.of();
		List<Schema<?>> requestRoots = new ArrayList<>();
		List<Schema<?>> responseRoots = new ArrayList<>();
		openApi.getPaths().values().forEach((path) -> path.readOperations().forEach((operation) -> {
			if (operation.getRequestBody() != null) {
				schemasOf(operation.getRequestBody().getContent(), requestRoots::add);
			}
			if (operation.getResponses() != null) {
				operation.getResponses().forEach((code, response) -> {
					if (code.startsWith("2")) {
						schemasOf(response.getContent(), responseRoots::add);
					}
				});
			}
		}));
		Set<String> inRequests = reachable(requestRoots, schemas);
		for (String name : reachable(responseRoots, schemas)) {
			Schema<?> schema = schemas.get(name);
			if (!inRequests.contains(name) && schema != null && schema.getProperties() != null) {
				schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
			}
		}
	}

	private static void schemasOf(Content content, Consumer<Schema<?>> sink) {
		if (content != null) {
			content.values().forEach((media) -> {
				if (media.getSchema() != null) {
					sink.accept(media.getSchema());
				}
			});
		}
	}

	private static Set<String> reachable(Collection<Schema<?>> roots, Map<String, Schema> schemas) {
		Set<String> names = new HashSet<>();
		Deque<Schema<?>> work = new ArrayDeque<>(roots);
		while (!work.isEmpty()) {
			Schema<?> schema = work.pop();
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
				if (names.add(name) && schemas.get(name) != null) {
					work.push(schemas.get(name));
				}
				continue;
			}
			if (schema.getProperties() != null) {
				schema.getProperties().values().forEach((property) -> work.push(property));
			}
			if (schema.getItems() != null) {
				work.push(schema.getItems());
			}
			if (schema.getAdditionalProperties() instanceof Schema<?> values) {
				work.push(values);
			}
			for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
				if (composed != null) {
					composed.forEach((part) -> work.push(part));
				}
			}
		}
		return names;
	}

	/**
	 * After the other converters: for a record, each component whose type is annotated
	 * {@link Nullable} becomes nullable ({@code type: [..., "null"]}, or a {@code oneOf}
	 * with {@code null} for a reference).
	 */
	static class NullableRecordComponents implements ModelConverter {

		@Override
		public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
			Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
			Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
			if (schema == null || raw == null || !raw.isRecord()) {
				return schema;
			}
			Schema model = schema;
			if (schema.get$ref() != null) {
				String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
				model = context.getDefinedModels().get(name);
			}
			if (model == null || model.getProperties() == null) {
				return schema;
			}
			Map<String, Schema> properties = new LinkedHashMap<>(model.getProperties());
			for (RecordComponent component : raw.getRecordComponents()) {
				Schema property = properties.get(component.getName());
				if (property != null && component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
					properties.put(component.getName(), nullable(property));
				}
			}
			model.setProperties(properties);
			return schema;
		}

		private static Schema nullable(Schema property) {
			if (property.get$ref() != null) {
				return new Schema<>().oneOf(List.of(property, new Schema<>().types(Set.of("null"))));
			}
			Set<String> types = new java.util.LinkedHashSet<>();
			if (property.getTypes() != null) {
				types.addAll(property.getTypes());
			}
			else if (property.getType() != null) {
				types.add(property.getType());
			}
			types.add("null");
			property.setTypes(types);
			return property;
		}

	}

}

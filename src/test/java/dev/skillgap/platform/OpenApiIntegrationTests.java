package dev.skillgap.platform;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import io.swagger.v3.oas.annotations.media.Schema;
import org.junit.jupiter.api.Test;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description served at {@code /v3/api-docs} is the committed snapshot
 * {@code frontend/openapi.json} (which the frontend lints and generates its types from),
 * and says the truth about security. After changing the API, regenerate the snapshot:
 *
 * <pre>
 * ./mvnw -DskipFrontend -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=OpenApiIntegrationTests -Dopenapi.update=true verify
 * </pre>
 */
@IntegrationTest
class OpenApiIntegrationTests {

	private static final JsonMapper mapper = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.defaultPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
			.withObjectNameValueSpacing(Separators.Spacing.AFTER)
			.withArrayEmptySeparator("")
			.withObjectEmptySeparator("")).withArrayIndenter(new DefaultIndenter("  ", "\n"))
			.withObjectIndenter(new DefaultIndenter("  ", "\n")))
		.build();

	private static final String REGENERATE = "./mvnw -DskipFrontend -Dtest=NoSuchTest "
			+ "-Dsurefire.failIfNoSpecifiedTests=false -Dit.test=OpenApiIntegrationTests -Dopenapi.update=true verify";

	@LocalServerPort
	int port;

	@Test
	void theServedDescriptionIsTheCommittedSnapshot() throws Exception {
		String served = pretty(fetchDescription());
		Path snapshot = Path.of(System.getProperty("frontendDir", "frontend"), "openapi.json");
		if (Boolean.getBoolean("openapi.update")) {
			Files.writeString(snapshot, served, StandardCharsets.UTF_8);
		}
		assertThat(snapshot).as("the snapshot %s (create it with %s)", snapshot, REGENERATE).isRegularFile();
		String committed = pretty(mapper.readTree(Files.readString(snapshot, StandardCharsets.UTF_8)));
		assertThat(served).as("""
				%s is out of date: the API changed. Regenerate it and commit it with the change:
				  %s
				First difference:
				%s""", snapshot, REGENERATE, firstDifference(committed, served)).isEqualTo(committed);
	}

	/**
	 * An anonymous client gets 401 exactly from the operations that the description says
	 * need the session, and 403 without the CSRF header exactly from those that say they
	 * need it.
	 */
	@Test
	void theDocumentedSecurityIsTheServersSecurity() throws Exception {
		JsonNode paths = fetchDescription().get("paths");
		List<String> checked = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
				String method = entry.getKey().toUpperCase(java.util.Locale.ROOT);
				JsonNode operation = entry.getValue();
				Set<String> schemes = schemes(operation);
				String url = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
				String label = method + " " + path.getKey();

				int withCsrf = send(new HttpTestClient(this.port), method, url, operation);
				if (schemes.contains(ApiDocumentation.SESSION)) {
					assertThat(withCsrf).as("%s needs a session", label).isEqualTo(401);
				}
				else {
					assertThat(withCsrf).as("%s is open to anonymous clients", label).isNotIn(401, 403);
				}

				int withoutCsrf = send(new HttpTestClient(this.port).withoutCsrfHeader(), method, url, operation);
				if (schemes.contains(ApiDocumentation.CSRF)) {
					assertThat(withoutCsrf).as("%s needs the CSRF header", label).isEqualTo(403);
				}
				else {
					assertThat(withoutCsrf).as("%s does not need the CSRF header", label).isNotEqualTo(403);
				}
				checked.add(label);
			}
		}
		assertThat(checked).contains("POST /api/auth/login", "POST /api/auth/logout", "GET /api/auth/csrf",
				"GET /api/me/fit", "PUT /api/me/skills/{skillCode}");
	}

	@Test
	void everyErrorResponseIsAProblemDetail() throws Exception {
		JsonNode description = fetchDescription();
		for (Map.Entry<String, JsonNode> path : description.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				for (Map.Entry<String, JsonNode> response : operation.getValue().get("responses").properties()) {
					if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
						JsonNode body = response.getValue().has("$ref")
								? description.at("/components/responses/"
										+ response.getValue().get("$ref").asString().replaceFirst(".*/", ""))
								: response.getValue();
						assertThat(body.at("/content/application~1problem+json/schema/$ref").asString())
							.as("%s %s %s", operation.getKey(), path.getKey(), response.getKey())
							.isEqualTo("#/components/schemas/ProblemDetail");
					}
				}
			}
		}
		assertThat(description.at("/components/schemas/ProblemDetail/properties/errors/items/$ref").asString())
			.isEqualTo("#/components/schemas/FieldError");
	}

	/**
	 * springdoc names a schema by its class's simple name and silently keeps one of two
	 * classes with the same name: the records of the web layer must have distinct names
	 * (or a distinct {@code @Schema(name)}).
	 */
	@Test
	void noTwoRecordsOfTheWebLayerShareASchemaName() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(
					org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(
				(reader, factory) -> "java.lang.Record".equals(reader.getClassMetadata().getSuperClassName())
						&& reader.getClassMetadata().getClassName().contains(".web."));
		Map<String, String> owners = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("dev.skillgap")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			Schema schema = type.getAnnotation(Schema.class);
			String name = (schema != null && !schema.name().isEmpty()) ? schema.name() : type.getSimpleName();
			String other = owners.putIfAbsent(name, type.getName());
			if (other != null) {
				clashes.add(name + ": " + other + " and " + type.getName());
			}
		}
		assertThat(owners).isNotEmpty();
		assertThat(clashes).as("schema names used by two records").isEmpty();
	}

	private JsonNode fetchDescription() throws IOException, InterruptedException {
		HttpResponse<String> response = new HttpTestClient(this.port).get("/v3/api-docs");
		assertThat(response.statusCode()).isEqualTo(200);
		return mapper.readTree(response.body());
	}

	private static int send(HttpTestClient client, String method, String url, JsonNode operation)
			throws IOException, InterruptedException {
		boolean body = operation.has("requestBody");
		return client
			.send(method, url, body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody(),
					body ? "application/json" : null)
			.statusCode();
	}

	private static Set<String> schemes(JsonNode operation) {
		Set<String> schemes = new java.util.HashSet<>();
		operation.path("security").forEach((requirement) -> schemes.addAll(requirement.propertyNames()));
		return schemes;
	}

	private static String pretty(JsonNode node) {
		return mapper.writeValueAsString(node) + "\n";
	}

	private static String firstDifference(String expected, String actual) {
		String[] left = expected.split("\n");
		String[] right = actual.split("\n");
		int line = 0;
		while (line < left.length && line < right.length && left[line].equals(right[line])) {
			line++;
		}
		StringBuilder out = new StringBuilder();
		for (int i = Math.max(0, line - 3); i < Math.min(right.length, line + 4); i++) {
			out.append((i == line) ? "> " : "  ").append(i + 1).append(": ").append(right[i]).append('\n');
		}
		if (line < left.length) {
			out.append("  committed: ").append(left[line].strip());
		}
		return out.toString();
	}

}

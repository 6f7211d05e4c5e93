package dev.skillgap.platform;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.ProblemDetails;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every operation of the OpenAPI description a bounded, seeded set of malformed
 * inputs through a real Tomcat, logged in as a fresh user: wrong types, nulls, huge and
 * NUL-laden strings, lone surrogates, extreme numbers and dates, bad path variables, bad
 * percent-encoding, missing and malformed bodies, wrong content types and methods. No
 * response may be a 5xx, every 4xx must be an RFC 9457 problem detail, no value may be
 * refused only by the database (validation must catch it first), and every status must be
 * one the description lists for that operation (a method the path does not have: 405), so
 * that a client generated from it knows every answer it can get.
 * <p>
 * The seed is fixed ({@value #DEFAULT_SEED}); {@code -Dskillgap.fuzz.seed=N} tries
 * another, {@code -Dskillgap.fuzz.operation="POST /api/me/plan"} runs one operation and
 * {@code -Dskillgap.fuzz.max-requests=N} bounds the count. Each operation's inputs come
 * from the seed and the operation alone, so a failure printed with its seed and operation
 * is reproduced by running that operation with that seed.
 */
@IntegrationTest
class ApiFuzzIntegrationTests {

	static final long DEFAULT_SEED = 20261201L;

	private static final int MAX_FAILURES_SHOWN = 25;

	@LocalServerPort
	int port;

	private final List<String> failures = new ArrayList<>();

	private final Map<String, Integer> statuses = new TreeMap<>();

	private int count;

	private long seed;

	private HttpTestClient client;

	private int accounts;

	/** Every operation of the description, by {@code METHOD path}. */
	private final Map<String, OpenApiInputs.Operation> described = new LinkedHashMap<>();

	@Test
	void noInputGivesA5xxAndEveryClientErrorIsAProblem() throws Exception {
		this.seed = Long.getLong("skillgap.fuzz.seed", DEFAULT_SEED);
		int maxRequests = Integer.getInteger("skillgap.fuzz.max-requests", 4000);
		String only = System.getProperty("skillgap.fuzz.operation", "");
		long started = System.nanoTime();
		this.client = newClient();
		registerFreshUser();

		HttpResponse<String> docsResponse = this.client.get("/v3/api-docs");
		assertThat(docsResponse.statusCode()).isEqualTo(200);
		OpenApiInputs inputs = new OpenApiInputs(OpenApiInputs.mapper.readTree(docsResponse.body()));
		List<OpenApiInputs.Operation> operations = new ArrayList<>(inputs.operations());
		operations.forEach((operation) -> this.described.put(operation.key(), operation));
		assertThat(operations).as("operations in /v3/api-docs").hasSizeGreaterThan(10);
		// operations that end or switch the session go last
		operations.sort(Comparator.comparing(OpenApiInputs.Operation::changesTheSession));
		if (!only.isEmpty()) {
			operations.removeIf((operation) -> !operation.key().equals(only));
			assertThat(operations).as("operation %s", only).isNotEmpty();
		}

		// valid requests first, so that codes and ids of real things are known
		for (OpenApiInputs.Operation operation : operations) {
			if (!operation.changesTheSession() && (operation.in("path").isEmpty() || operation.bodySchema() != null)) {
				FuzzRequest request = baseline(inputs, operation, random(operation));
				HttpResponse<String> response = send(operation, request);
				if (response != null && response.statusCode() < 300 && !response.body().isEmpty()) {
					harvest(inputs, operation.path(), response.body());
				}
			}
		}

		List<List<FuzzRequest>> plans = new ArrayList<>();
		for (OpenApiInputs.Operation operation : operations) {
			plans.add(requests(inputs, operation, random(operation)));
		}
		int planned = plans.stream().mapToInt(List::size).sum();
		double keep = Math.min(1.0, (double) maxRequests / Math.max(1, planned));
		for (int i = 0; i < operations.size(); i++) {
			OpenApiInputs.Operation operation = operations.get(i);
			List<FuzzRequest> requests = plans.get(i);
			int limit = Math.max(1, (int) Math.ceil(requests.size() * keep));
			ensureLoggedIn();
			for (FuzzRequest request : requests.subList(0, Math.min(limit, requests.size()))) {
				send(operation, request);
				if (operation.changesTheSession()) {
					ensureLoggedIn();
				}
			}
		}

		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		System.out.printf("ApiFuzz: seed=%d operations=%d requests=%d accounts=%d time=%ds statuses=%s%n", this.seed,
				operations.size(), this.count, this.accounts, seconds, this.statuses);
		if (!this.failures.isEmpty()) {
			Path report = Path.of("target", "api-fuzz-failures.txt");
			Files.createDirectories(report.getParent());
			Files.write(report, this.failures);
			System.out.println("ApiFuzz: all " + this.failures.size() + " failures in " + report.toAbsolutePath());
		}
		assertThat(this.failures)
			.as(() -> "%d of %d requests failed (seed %d; reproduce with -Dskillgap.fuzz.seed=%d"
				.formatted(this.failures.size(), this.count, this.seed, this.seed)
					+ " -Dskillgap.fuzz.operation=\"METHOD /path\"):\n"
					+ String.join("\n", this.failures.subList(0, Math.min(MAX_FAILURES_SHOWN, this.failures.size()))))
			.isEmpty();
	}

	/**
	 * The random source of one operation: the same for a seed whatever else is fuzzed.
	 */
	private Random random(OpenApiInputs.Operation operation) {
		return new Random(this.seed * 31 + operation.key().hashCode());
	}

	/**
	 * A client that says (through the trusted local proxy header) it comes from an
	 * address of its own, so that the login failures it provokes throttle no other test.
	 */
	private HttpTestClient newClient() {
		return new HttpTestClient(this.port).withHeader("X-Forwarded-For", TestClient.uniqueAddress());
	}

	private void registerFreshUser() throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.postJson("/api/auth/register", Json.object("email",
				TestAccounts.uniqueEmail("fuzz"), "password", TestAccounts.PASSWORD, "displayName", "Fuzz"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		this.accounts++;
	}

	/** Logs in again (as a fresh user) after an operation ended the session. */
	private void ensureLoggedIn() throws IOException, InterruptedException {
		if (this.client.get("/api/auth/me").statusCode() == 401) {
			this.client = newClient();
			registerFreshUser();
		}
	}

	private static void harvest(OpenApiInputs inputs, String path, String body) {
		try {
			inputs.harvest(path, OpenApiInputs.mapper.readTree(body));
		}
		catch (RuntimeException ex) {
			// not JSON (such as CSV): nothing to learn
		}
	}

	/** A valid request of the operation, as far as the schema tells. */
	private FuzzRequest baseline(OpenApiInputs inputs, OpenApiInputs.Operation operation, Random random) {
		Map<String, String> path = new LinkedHashMap<>();
		for (OpenApiInputs.Parameter parameter : operation.in("path")) {
			path.put(parameter.name(), validParameter(inputs, operation, parameter, random));
		}
		Map<String, String> query = new LinkedHashMap<>();
		for (OpenApiInputs.Parameter parameter : operation.in("query")) {
			if (parameter.required()) {
				query.put(parameter.name(), validParameter(inputs, operation, parameter, random));
			}
		}
		String body = null;
		if (operation.bodySchema() != null) {
			body = Json.write(inputs.valid(operation.bodySchema(), "body",
					OpenApiInputs.singular(OpenApiInputs.lastLiteralSegment(operation.path())), random, 0));
		}
		return FuzzRequest.of(operation, path, query, "application/json", body, "valid");
	}

	private String validParameter(OpenApiInputs inputs, OpenApiInputs.Operation operation,
			OpenApiInputs.Parameter parameter, Random random) {
		String context = OpenApiInputs.singular(OpenApiInputs.segmentBefore(operation.path(), parameter.name()));
		if (context.isEmpty()) {
			context = OpenApiInputs.singular(OpenApiInputs.lastLiteralSegment(operation.path()));
		}
		JsonNode value = inputs.valid(parameter.schema(), parameter.name(), context, random, 0);
		if (value.isArray()) {
			List<String> elements = new ArrayList<>();
			value.forEach((element) -> elements.add(element.asString()));
			return encode(String.join(",", elements));
		}
		return encode(value.isString() ? value.asString() : value.toString());
	}

	/**
	 * Every malformed request of an operation, derived from its parameters and body
	 * schema.
	 */
	private List<FuzzRequest> requests(OpenApiInputs inputs, OpenApiInputs.Operation operation, Random random) {
		FuzzRequest valid = baseline(inputs, operation, random);
		List<FuzzRequest> requests = new ArrayList<>();
		requests.add(valid);
		for (OpenApiInputs.Parameter parameter : operation.in("path")) {
			for (String value : OpenApiInputs.PATH_VALUES) {
				requests
					.add(valid.withPath(parameter.name(), value, "path " + parameter.name() + "=" + abbreviate(value)));
			}
			requests.add(valid.withPath(parameter.name(), UUID.randomUUID().toString(), "path random uuid"));
		}
		for (OpenApiInputs.Parameter parameter : operation.in("query")) {
			for (String value : OpenApiInputs.QUERY_VALUES) {
				requests.add(valid.withQuery(parameter.name(), value,
						"query " + parameter.name() + "=" + abbreviate(value)));
			}
			String existing = valid.query().getOrDefault(parameter.name(), "x");
			requests.add(valid.withRawQuery(parameter.name() + "=" + existing + "&" + parameter.name() + "=%ff",
					"query repeated"));
			requests.add(valid.withRawQuery(parameter.name(), "query name only"));
			if (parameter.required()) {
				requests.add(valid.withoutQuery(parameter.name(), "query " + parameter.name() + " missing"));
			}
		}
		requests.add(valid.withRawQuery("%ff=1", "query name %ff"));
		requests.add(valid.withRawQuery("unknown=%00", "query unknown NUL"));
		if (operation.bodySchema() != null) {
			addBodyRequests(inputs, operation, valid, random, requests);
		}
		else {
			requests.add(valid.withBody("application/json; charset=bogus", "{\"a\":1}", "body on bodiless operation"));
		}
		requests.add(valid.withHeader("Accept", "application/xml", "accept xml"));
		requests.add(valid.withHeader("Accept", "text/html", "accept html"));
		requests.add(valid.withHeader("Accept", "no/such;q=x", "accept malformed"));
		requests.add(valid.withHeader("Accept-Language", "xx-%ff;q=abc", "accept-language malformed"));
		requests.add(valid.withMethod("TRACE", "method TRACE"));
		requests.add(valid.withMethod(otherMethod(operation), "wrong method"));
		return requests;
	}

	private void addBodyRequests(OpenApiInputs inputs, OpenApiInputs.Operation operation, FuzzRequest valid,
			Random random, List<FuzzRequest> requests) {
		JsonNode body = OpenApiInputs.mapper.readTree(valid.body());
		for (Map.Entry<List<Object>, JsonNode> field : inputs.fields(operation.bodySchema(), body)) {
			String name = fieldName(field.getKey());
			for (String value : inputs.malformedValues(field.getValue(), random, 10)) {
				requests.add(valid.withBody("application/json",
						Json.write(OpenApiInputs.replaced(body, field.getKey(), value)),
						"body " + name + "=" + abbreviate(value)));
			}
			requests.add(valid.withBody("application/json", Json.write(OpenApiInputs.removed(body, field.getKey())),
					"body without " + name));
		}
		String json = new String(valid.body(), StandardCharsets.UTF_8);
		String withExtra = json.startsWith("{") && json.length() > 2
				? "{\"unknownField\":\"\\u0000\"," + json.substring(1) : json;
		List<String> bodies = List.of("", "null", "[]", "{}", "{", "}", "\"text\"", "123", "[" + json + "]",
				"[".repeat(5000), "{\"a\":".repeat(2000), withExtra, json + json, json + "garbage", "\uFEFF" + json);
		for (String text : bodies) {
			requests.add(valid.withBody("application/json", text, "body " + abbreviate(text)));
		}
		requests.add(valid.withBody(null, null, "no body, no content type"));
		requests.add(valid.withBytes("application/json",
				new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}' }, "body invalid UTF-8"));
		requests.add(valid.withBytes("application/json",
				new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"', '}' },
				"body CESU surrogate"));
		requests.add(valid.withBytes("application/json", new byte[] { '{', '"', 'a', '"', ':', '"', 0, '"', '}' },
				"body raw NUL byte"));
		for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data", "multipart/form-data; boundary=xyz", "application/json; charset=bogus",
				"application/json; charset=UTF-16", "application/json;;", "no-slash", "*/*", "application/*+json")) {
			requests.add(valid.withBody(type, type.startsWith("application/x-www") ? "a=%ff&b=%00" : json,
					"content type " + type));
		}
		requests.add(valid.withBody("multipart/form-data; boundary=xyz",
				"--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nvalue", "malformed multipart"));
	}

	private static String otherMethod(OpenApiInputs.Operation operation) {
		return switch (operation.method()) {
			case "GET" -> "PATCH";
			case "DELETE" -> "POST";
			default -> "DELETE";
		};
	}

	private static String fieldName(List<Object> path) {
		StringBuilder name = new StringBuilder();
		for (Object step : path) {
			if (step instanceof Integer index) {
				name.append('[').append(index).append(']');
			}
			else {
				name.append(name.isEmpty() ? "" : ".").append(step);
			}
		}
		return name.toString();
	}

	private HttpResponse<String> send(OpenApiInputs.Operation operation, FuzzRequest request)
			throws InterruptedException {
		this.count++;
		HttpRequest.BodyPublisher body = (request.body() == null) ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(request.body());
		HttpResponse<String> response;
		try {
			response = this.client.send(request.method(), request.target(), body, request.contentType(),
					request.headers());
		}
		catch (IOException | IllegalArgumentException ex) {
			fail(operation, request, "no response: " + ex);
			return null;
		}
		int status = response.statusCode();
		this.statuses.merge(Integer.toString(status), 1, Integer::sum);
		OpenApiInputs.Operation answering = this.described.get(request.method() + " " + operation.path());
		if (answering == null) {
			if (status != 405) {
				fail(operation, request, "answered " + status + " to a method the path does not have (405 expected) "
						+ abbreviate(response.body()));
			}
		}
		else if (!answering.statuses().contains(Integer.toString(status))
				&& !answering.statuses().contains("default")) {
			fail(operation, request, "answered " + status + ", which the description does not list for "
					+ answering.key() + " (it lists " + answering.statuses() + ") " + abbreviate(response.body()));
		}
		if (status >= 500) {
			fail(operation, request, "answered " + status + " " + abbreviate(response.body()));
		}
		else if (status >= 400 && !request.method().equals("HEAD")) {
			try {
				ProblemDetails.assertProblem(status, response.headers().firstValue("Content-Type").orElse(null),
						response.body());
				assertThat(response.body()).as("rejected before the database")
					.doesNotContain(Texts.of(ProblemDetailsAdvice.DATABASE_REFUSED_DETAIL, java.util.Locale.ENGLISH));
			}
			catch (AssertionError | RuntimeException ex) {
				fail(operation, request,
						"answered " + status + " "
								+ response.headers().firstValue("Content-Type").orElse("(no content type)") + " "
								+ abbreviate(response.body()) + ": " + abbreviate(ex.getMessage()));
			}
		}
		return response;
	}

	private void fail(OpenApiInputs.Operation operation, FuzzRequest request, String what) {
		this.failures.add("- [" + operation.key() + "] " + request.describe() + "\n    -> " + what);
	}

	static String abbreviate(String text) {
		if (text == null) {
			return "null";
		}
		String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
		return (oneLine.length() <= 120) ? oneLine : oneLine.substring(0, 100) + "...(" + oneLine.length()
				+ " chars)..." + oneLine.substring(oneLine.length() - 10);
	}

	private static String encode(String value) {
		StringBuilder out = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~,".indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%').append(String.format("%02X", (int) c));
			}
		}
		return out.toString();
	}

	/**
	 * One request: path variables and query values already percent-encoded, the body as
	 * bytes.
	 */
	record FuzzRequest(String method, String pathTemplate, Map<String, String> path, Map<String, String> query,
			String rawQuery, String contentType, byte[] body, Map<String, String> headers, String what) {

		static FuzzRequest of(OpenApiInputs.Operation operation, Map<String, String> path, Map<String, String> query,
				String contentType, String body, String what) {
			return new FuzzRequest(operation.method(), operation.path(), path, query, null,
					(body != null) ? contentType : null, (body != null) ? OpenApiInputs.utf8(body) : null, Map.of(),
					what);
		}

		String target() {
			String target = this.pathTemplate;
			for (Map.Entry<String, String> variable : this.path.entrySet()) {
				target = target.replace("{" + variable.getKey() + "}", variable.getValue());
			}
			List<String> pairs = new ArrayList<>();
			this.query.forEach((name, value) -> pairs.add(name + "=" + value));
			if (this.rawQuery != null) {
				pairs.add(this.rawQuery);
			}
			return pairs.isEmpty() ? target : target + "?" + String.join("&", pairs);
		}

		String describe() {
			String body = (this.body == null) ? ""
					: " body=" + abbreviate(new String(this.body, StandardCharsets.UTF_8));
			return this.what + ": " + this.method + " " + abbreviate(target())
					+ ((this.contentType != null) ? " [" + this.contentType + "]" : "")
					+ (this.headers.isEmpty() ? "" : " " + this.headers) + body;
		}

		FuzzRequest withPath(String name, String value, String what) {
			Map<String, String> changed = new LinkedHashMap<>(this.path);
			changed.put(name, value);
			return new FuzzRequest(this.method, this.pathTemplate, changed, this.query, this.rawQuery, this.contentType,
					this.body, this.headers, what);
		}

		FuzzRequest withQuery(String name, String value, String what) {
			Map<String, String> changed = new LinkedHashMap<>(this.query);
			changed.put(name, value);
			return new FuzzRequest(this.method, this.pathTemplate, this.path, changed, this.rawQuery, this.contentType,
					this.body, this.headers, what);
		}

		FuzzRequest withoutQuery(String name, String what) {
			Map<String, String> changed = new LinkedHashMap<>(this.query);
			changed.remove(name);
			return new FuzzRequest(this.method, this.pathTemplate, this.path, changed, this.rawQuery, this.contentType,
					this.body, this.headers, what);
		}

		FuzzRequest withRawQuery(String rawQuery, String what) {
			return new FuzzRequest(this.method, this.pathTemplate, this.path, Collections.emptyMap(), rawQuery,
					this.contentType, this.body, this.headers, what);
		}

		FuzzRequest withBody(String contentType, String body, String what) {
			return withBytes(contentType, (body != null) ? OpenApiInputs.utf8(body) : null, what);
		}

		FuzzRequest withBytes(String contentType, byte[] body, String what) {
			return new FuzzRequest(this.method, this.pathTemplate, this.path, this.query, this.rawQuery, contentType,
					body, this.headers, what);
		}

		FuzzRequest withHeader(String name, String value, String what) {
			Map<String, String> changed = new LinkedHashMap<>(this.headers);
			changed.put(name, value);
			return new FuzzRequest(this.method, this.pathTemplate, this.path, this.query, this.rawQuery,
					this.contentType, this.body, changed, what);
		}

		FuzzRequest withMethod(String method, String what) {
			return new FuzzRequest(method, this.pathTemplate, this.path, this.query, this.rawQuery, this.contentType,
					this.body, this.headers, what);
		}

	}

}

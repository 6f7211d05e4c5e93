package dev.skillgap.platform;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.skillgap.TestAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Reads the operations of an OpenAPI description and derives requests from their schemas:
 * a plausible valid request per operation (with codes and ids seen in earlier responses),
 * and seeded sets of malformed variants of its path variables, query parameters and body
 * fields. Nothing is specific to one endpoint, so a new operation is fuzzed as soon as it
 * is documented.
 */
final class OpenApiInputs {

	static final JsonMapper mapper = JsonMapper.builder().build();

	private static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private static final Pattern LITERAL_ALTERNATIVES = Pattern.compile("[\\w-]+(\\|[\\w-]+)*");

	private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

	private static final String HUGE = "\"" + "x".repeat(100_000) + "\"";

	private static final String HUGE_WITH_NUL = "\"" + "y".repeat(50_000) + "\\u0000\"";

	/** Malformed JSON values for any field. */
	private static final List<String> ANY_VALUE = List.of("null", "true", "false", "0", "-1", "1.5", "1e308", "-1e308",
			"1e400", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "\"\"", "\" \"",
			"\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"x\\udfff\"", "\"\\ud83d\\ude00\"", "\"\\u202e\\ufeff\"",
			"[]", "{}", "[null]", "{\"a\":null}", "[[[[[[[[1]]]]]]]]", HUGE, HUGE_WITH_NUL, "\"+999999999-12-31\"",
			"\"-4714-01-01\"", "99999999999", "\"2026-02-30\"", "\"not-a-uuid\"",
			"\"00000000-0000-0000-0000-000000000000\"", "\"%ff\"", "\"<script>\"", "\"' or 1=1 --\"");

	private static final List<String> TEXT_VALUES = List.of("\"\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"",
			"\"x\\udfff\"", HUGE, HUGE_WITH_NUL, "42", "[\"a\"]", "{}", "null");

	private static final List<String> DATE_VALUES = List.of("\"+999999999-12-31\"", "\"-999999999-01-01\"",
			"\"-4714-01-01\"", "\"0000-01-01\"", "\"1899-12-31\"", "\"10000-01-01\"", "\"9999-12-31\"",
			"\"1900-01-01\"", "\"2026-02-30\"", "\"2026-13-01\"", "\"2026-06-01T25:00:00Z\"",
			"\"+999999999-12-31T23:59:59Z\"", "\"\"", "\"yesterday\"", "99999999999", "-99999999999", "12345", "1.5",
			"[2026,1,1]", "{\"year\":2026}");

	private static final List<String> NUMBER_VALUES = List.of("2147483648", "-2147483649", "9223372036854775808",
			"1e400", "-1e400", "1e-400", "1.0000000000000000001", "0.5", "-0", "\"5\"", "\"five\"", "NaN", "[1]",
			"true");

	private static final List<String> UUID_VALUES = List.of("\"not-a-uuid\"", "\"\"",
			"\"00000000-0000-0000-0000-000000000000\"", "\"ffffffff-ffff-ffff-ffff-ffffffffffff\"",
			"\"00000000-0000-0000-0000-0000000000000\"", "\"g0000000-0000-0000-0000-000000000000\"", "0");

	/** Malformed values of path variables, already percent-encoded. */
	static final List<String> PATH_VALUES = List.of("%ff", "%00", "a%00b", "%2F", "%5C", "%2e%2e", "..", "%20", "-1",
			"0", "99999999999999999999", "null", "undefined", "00000000-0000-0000-0000-000000000000", "not-a-uuid",
			"a%C0%AFb", "%ED%A0%80", "%F0%9F%98%80", "%E3%81%82", "x;y=1", "%3B", "%25", "~", "x".repeat(300),
			"x".repeat(9000));

	/** Malformed values of query parameters, already percent-encoded. */
	static final List<String> QUERY_VALUES = List.of("", "%ff", "%00", "a%00b", ",", ",,", "a,,b", "%20", "+", "-1",
			"0", "2147483648", "99999999999999999999", "1e308", "NaN", "1.5", "true", "%ED%A0%80", "%C0%AF",
			"%2B999999999-12-31", "-4714-01-01", "12345", "x".repeat(3000), "%E3%81%82", "%F0%9F%98%80");

	private final JsonNode docs;

	private final Map<String, List<String>> seen = new LinkedHashMap<>();

	OpenApiInputs(JsonNode docs) {
		this.docs = docs;
	}

	/** Every documented operation, in a stable order. */
	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		JsonNode paths = this.docs.path("paths");
		for (String path : new java.util.TreeSet<>(paths.propertyNames())) {
			JsonNode item = paths.get(path);
			for (String method : METHODS) {
				JsonNode operation = item.get(method);
				if (operation == null) {
					continue;
				}
				List<Parameter> parameters = new ArrayList<>();
				List<JsonNode> declared = new ArrayList<>();
				item.path("parameters").forEach(declared::add);
				operation.path("parameters").forEach(declared::add);
				for (JsonNode parameter : declared) {
					parameter = resolve(parameter);
					parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
							parameter.path("required").asBoolean(false), resolve(parameter.path("schema"))));
				}
				JsonNode body = resolve(operation.path("requestBody"));
				JsonNode bodySchema = null;
				List<String> bodyTypes = new ArrayList<>();
				for (String type : body.path("content").propertyNames()) {
					bodyTypes.add(type);
					if (bodySchema == null || type.equals("application/json")) {
						bodySchema = resolve(body.path("content").path(type).path("schema"));
					}
				}
				java.util.Set<String> statuses = new java.util.TreeSet<>(operation.path("responses").propertyNames());
				operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path, parameters, bodySchema,
						body.path("required").asBoolean(false), bodyTypes, statuses));
			}
		}
		return operations;
	}

	/** Follows {@code $ref}s (and takes the first of {@code allOf/oneOf/anyOf}). */
	JsonNode resolve(JsonNode schema) {
		for (int i = 0; i < 20 && schema != null; i++) {
			if (schema.has("$ref")) {
				String ref = schema.get("$ref").asString();
				JsonNode target = this.docs;
				for (String part : ref.substring(2).split("/")) {
					target = target.path(part);
				}
				schema = target;
			}
			else if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
				JsonNode options = schema.has("allOf") ? schema.get("allOf")
						: schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
				schema = options.path(0);
			}
			else {
				return schema;
			}
		}
		return (schema != null) ? schema : nodes.missingNode();
	}

	/**
	 * Remembers the codes and ids of a response, so that valid requests can name things
	 * that exist: {@code code} in the response of {@code /api/roles} is also kept as
	 * {@code roleCode}.
	 */
	void harvest(String path, JsonNode response) {
		String context = singular(lastLiteralSegment(path));
		harvest(context, response, 0);
	}

	private void harvest(String context, JsonNode node, int depth) {
		if (depth > 6 || node == null) {
			return;
		}
		if (node.isArray()) {
			node.forEach((element) -> harvest(context, element, depth + 1));
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				String name = property.getKey();
				JsonNode value = property.getValue();
				if (value.isString()
						&& (name.equals("code") || name.equals("id") || name.endsWith("Code") || name.endsWith("Id"))) {
					remember(name, value.asString());
					if (depth <= 1 && (name.equals("code") || name.equals("id")) && !context.isEmpty()) {
						remember(context + (name.equals("code") ? "Code" : "Id"), value.asString());
					}
				}
				else {
					harvest(context, value, depth + 1);
				}
			}
		}
	}

	private void remember(String name, String value) {
		List<String> values = this.seen.computeIfAbsent(name, (key) -> new ArrayList<>());
		if (values.size() < 30 && !values.contains(value)) {
			values.add(value);
		}
	}

	/** A value seen in responses for a field or parameter of this name, or null. */
	String seen(String name, String context, Random random) {
		Set<String> candidates = new LinkedHashSet<>();
		candidates.add(name);
		candidates.add(name + "Code");
		candidates.add(name + "Id");
		candidates.add(singular(name));
		candidates.add(singular(name) + "Id");
		if (name.equals("code") || name.equals("id")) {
			candidates.add(context + (name.equals("code") ? "Code" : "Id"));
			Collections.addAll(candidates, context + "Code", context + "Id");
		}
		for (String candidate : candidates) {
			List<String> values = this.seen.get(candidate);
			if (values != null && !values.isEmpty()) {
				return values.get(random.nextInt(values.size()));
			}
		}
		return null;
	}

	/** A plausible valid value of a schema, as a JSON node. */
	JsonNode valid(JsonNode schema, String name, String context, Random random, int depth) {
		schema = resolve(schema);
		if (schema.has("enum") && schema.get("enum").size() > 0) {
			return schema.get("enum").get(0);
		}
		if (schema.has("example")) {
			return schema.get("example");
		}
		String type = type(schema);
		if (type.equals("object") || schema.has("properties")) {
			ObjectNode object = nodes.objectNode();
			if (depth < 5) {
				for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
					object.set(property.getKey(),
							valid(property.getValue(), property.getKey(), context, random, depth + 1));
				}
				if (schema.path("additionalProperties").isObject()) {
					object.set("fuzz", valid(schema.get("additionalProperties"), "fuzz", context, random, depth + 1));
				}
			}
			return object;
		}
		if (type.equals("array")) {
			ArrayNode array = nodes.arrayNode();
			int count = Math.max(1, schema.path("minItems").asInt(1));
			for (int i = 0; i < count && depth < 5; i++) {
				array.add(valid(schema.path("items"), singular(name), context, random, depth + 1));
			}
			return array;
		}
		if (type.equals("integer")) {
			long value = schema.has("minimum") ? schema.get("minimum").asLong()
					: schema.has("maximum") ? Math.min(1, schema.get("maximum").asLong()) : 1;
			return nodes.numberNode(value);
		}
		if (type.equals("number")) {
			double value = schema.has("minimum") ? Math.max(schema.get("minimum").asDouble(), 1)
					: schema.has("maximum") ? Math.min(1, schema.get("maximum").asDouble()) : 1;
			if (schema.has("maximum")) {
				value = Math.min(value, schema.get("maximum").asDouble());
			}
			return nodes.numberNode(value);
		}
		if (type.equals("boolean")) {
			return nodes.booleanNode(false);
		}
		return nodes.stringNode(validText(schema, name, context, random));
	}

	private String validText(JsonNode schema, String name, String context, Random random) {
		String format = schema.path("format").asString("");
		switch (format) {
			case "date":
				return LocalDate.now().plusDays(30 + random.nextInt(300)).toString();
			case "date-time":
				return LocalDate.now().plusDays(1).atStartOfDay() + "Z";
			case "email":
				return TestAccounts.uniqueEmail("fuzz");
			case "uuid": {
				String seenId = seen(name, context, random);
				return (seenId != null) ? seenId : UUID.randomUUID().toString();
			}
			default:
				break;
		}
		if (name.toLowerCase(java.util.Locale.ROOT).contains("password")) {
			return TestAccounts.PASSWORD;
		}
		String pattern = schema.path("pattern").asString("");
		if (LITERAL_ALTERNATIVES.matcher(pattern).matches()) {
			return pattern.split("\\|")[0];
		}
		String seenValue = seen(name, context, random);
		if (seenValue != null) {
			return seenValue;
		}
		int minLength = schema.path("minLength").asInt(0);
		return "fuzz" + "z".repeat(Math.max(0, minLength - 4));
	}

	/**
	 * Malformed JSON literals for a field of this schema: all those aimed at its type,
	 * and a seeded sample of the rest.
	 */
	List<String> malformedValues(JsonNode schema, Random random, int sample) {
		schema = resolve(schema);
		String type = type(schema);
		String format = schema.path("format").asString("");
		Set<String> values = new LinkedHashSet<>();
		if (format.equals("date") || format.equals("date-time")) {
			values.addAll(DATE_VALUES);
		}
		else if (format.equals("uuid")) {
			values.addAll(UUID_VALUES);
		}
		else if (type.equals("integer") || type.equals("number")) {
			values.addAll(NUMBER_VALUES);
		}
		else if (type.equals("string")) {
			values.addAll(TEXT_VALUES);
		}
		List<String> others = new ArrayList<>(ANY_VALUE);
		others.removeAll(values);
		Collections.shuffle(others, random);
		values.addAll(others.subList(0, Math.min(sample, others.size())));
		return new ArrayList<>(values);
	}

	/** A copy of a JSON tree with the value at a path replaced by a raw JSON literal. */
	static JsonNode replaced(JsonNode root, List<Object> path, String rawJson) {
		JsonNode copy = root.deepCopy();
		JsonNode parent = copy;
		for (int i = 0; i < path.size() - 1; i++) {
			Object step = path.get(i);
			parent = (step instanceof Integer index) ? parent.get(index) : parent.get((String) step);
		}
		Object last = path.get(path.size() - 1);
		JsonNode value = nodes.rawValueNode(new RawValue(rawJson));
		if (last instanceof Integer index) {
			((ArrayNode) parent).set(index, value);
		}
		else {
			((ObjectNode) parent).set((String) last, value);
		}
		return copy;
	}

	/** A copy of a JSON tree without the property at a path. */
	static JsonNode removed(JsonNode root, List<Object> path) {
		JsonNode copy = root.deepCopy();
		JsonNode parent = copy;
		for (int i = 0; i < path.size() - 1; i++) {
			Object step = path.get(i);
			parent = (step instanceof Integer index) ? parent.get(index) : parent.get((String) step);
		}
		Object last = path.get(path.size() - 1);
		if (last instanceof String name && parent instanceof ObjectNode object) {
			object.remove(name);
		}
		else if (last instanceof Integer index && parent instanceof ArrayNode array) {
			array.remove(index);
		}
		return copy;
	}

	/**
	 * The paths to every value of a body built by {@link #valid}, each with the schema
	 * that describes it (objects and arrays too, before their contents).
	 */
	List<Map.Entry<List<Object>, JsonNode>> fields(JsonNode schema, JsonNode value) {
		List<Map.Entry<List<Object>, JsonNode>> fields = new ArrayList<>();
		collect(resolve(schema), value, new ArrayList<>(), fields);
		return fields;
	}

	private void collect(JsonNode schema, JsonNode value, List<Object> path,
			List<Map.Entry<List<Object>, JsonNode>> fields) {
		if (!path.isEmpty()) {
			fields.add(Map.entry(List.copyOf(path), schema));
		}
		if (value.isObject()) {
			for (Map.Entry<String, JsonNode> property : value.properties()) {
				JsonNode propertySchema = resolve(schema.path("properties").path(property.getKey()));
				if (propertySchema.isMissingNode()) {
					propertySchema = resolve(schema.path("additionalProperties"));
				}
				path.add(property.getKey());
				collect(propertySchema, property.getValue(), path, fields);
				path.remove(path.size() - 1);
			}
		}
		else if (value.isArray() && value.size() > 0) {
			path.add(0);
			collect(resolve(schema.path("items")), value.get(0), path, fields);
			path.remove(path.size() - 1);
		}
	}

	/** The schema's type; the first that is not {@code null} when it lists several. */
	static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode option : type) {
				if (!option.asString("").equals("null")) {
					return option.asString("");
				}
			}
			return "";
		}
		return type.isString() ? type.asString() : "";
	}

	static String singular(String name) {
		if (name.endsWith("ies")) {
			return name.substring(0, name.length() - 3) + "y";
		}
		if (name.endsWith("s") && name.length() > 1) {
			return name.substring(0, name.length() - 1);
		}
		return name;
	}

	/**
	 * The last path segment that is no variable: {@code postings} for
	 * {@code /api/me/postings/{id}}.
	 */
	static String lastLiteralSegment(String path) {
		String[] segments = path.split("/");
		for (int i = segments.length - 1; i >= 0; i--) {
			if (!segments[i].isEmpty() && !segments[i].startsWith("{")) {
				return segments[i];
			}
		}
		return "";
	}

	/**
	 * The literal segment just before a path variable: {@code roles} for {@code {code}}
	 * in {@code /api/roles/{code}}.
	 */
	static String segmentBefore(String path, String variable) {
		String[] segments = path.split("/");
		for (int i = 1; i < segments.length; i++) {
			if (segments[i].equals("{" + variable + "}")) {
				return segments[i - 1];
			}
		}
		return "";
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	record Parameter(String name, String in, boolean required, JsonNode schema) {
	}

	/**
	 * @param statuses the response statuses the description lists for it
	 */
	record Operation(String method, String path, List<Parameter> parameters, JsonNode bodySchema, boolean bodyRequired,
			List<String> bodyTypes, java.util.Set<String> statuses) {

		String key() {
			return this.method + " " + this.path;
		}

		List<Parameter> in(String location) {
			return this.parameters.stream().filter((p) -> p.in().equals(location)).toList();
		}

		boolean changesTheSession() {
			return this.path.startsWith("/api/auth/") && !this.method.equals("GET");
		}

	}

}

package dev.skillgap;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.MvcResult;

/** Small JSON helpers for request bodies and response fields. */
public final class Json {

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private Json() {
	}

	/**
	 * A JSON object from alternating keys and values; {@code null} values are written as
	 * {@code null}.
	 */
	public static String object(Object... keysAndValues) {
		if (keysAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Keys and values must come in pairs");
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return write(map);
	}

	public static String write(Object value) {
		return mapper.writeValueAsString(value);
	}

	/** The response body, decoded as UTF-8 whatever the response says. */
	public static String body(MvcResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A value of the response body by JSON path, such as {@code $.id}. */
	public static <T> T read(MvcResult result, String path) {
		return JsonPath.read(body(result), path);
	}

	public static <T> T read(String json, String path) {
		return JsonPath.read(json, path);
	}

}

package dev.skillgap;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A client of a real server (tests with {@code webEnvironment = RANDOM_PORT}) that
 * behaves like a browser running the SPA: a cookie jar fed by {@code Set-Cookie}, and the
 * {@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN} on every request.
 */
public final class HttpTestClient {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final String baseUrl;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final Map<String, String> headers = new LinkedHashMap<>();

	private boolean csrf = true;

	public HttpTestClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/**
	 * Stops sending the {@code X-XSRF-TOKEN} header, like a form or script on another
	 * site that can make the browser send cookies but cannot read them.
	 */
	public HttpTestClient withoutCsrfHeader() {
		this.csrf = false;
		return this;
	}

	/**
	 * Sends this header with every following request (replacing an earlier value), such
	 * as the {@code X-Forwarded-For} a proxy adds.
	 */
	public HttpTestClient withHeader(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

	public Map<String, String> cookies() {
		return this.cookies;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return send("GET", path, HttpRequest.BodyPublishers.noBody(), null);
	}

	public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
		return send("POST", path, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8),
				"application/json");
	}

	/**
	 * Sends a request with the cookies of the jar and the CSRF token in the header. Like
	 * the SPA, it fetches a token from {@code GET /api/auth/csrf} before a state-changing
	 * request when it has no {@code XSRF-TOKEN} cookie.
	 */
	public HttpResponse<String> send(String method, String path, BodyPublisher body, String contentType)
			throws IOException, InterruptedException {
		return send(method, path, body, contentType, Map.of());
	}

	/**
	 * {@link #send(String, String, BodyPublisher, String)} with extra headers for this
	 * request.
	 */
	public HttpResponse<String> send(String method, String path, BodyPublisher body, String contentType,
			Map<String, String> extraHeaders) throws IOException, InterruptedException {
		if (this.csrf && !method.equals("GET") && !this.cookies.containsKey("XSRF-TOKEN")) {
			get("/api/auth/csrf");
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		this.headers.forEach(request::header);
		extraHeaders.forEach(request::header);
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		String token = this.cookies.get("XSRF-TOKEN");
		if (this.csrf && token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		HttpResponse<String> response = this.http.send(request.build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		for (String setCookie : response.headers().allValues("Set-Cookie")) {
			remember(setCookie);
		}
		return response;
	}

	private void remember(String setCookie) {
		String[] parts = setCookie.split(";");
		String[] nameValue = parts[0].split("=", 2);
		String name = nameValue[0].strip();
		String value = (nameValue.length > 1) ? nameValue[1].strip() : "";
		boolean deleted = value.isEmpty();
		for (int i = 1; i < parts.length; i++) {
			String attribute = parts[i].strip().toLowerCase(Locale.ROOT);
			if (attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970")) {
				deleted = true;
			}
		}
		if (deleted) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	/** The {@code Set-Cookie} header of a response for one cookie, or {@code null}. */
	public static String setCookie(HttpResponse<?> response, String name) {
		List<String> matching = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((header) -> header.startsWith(name + "="))
			.toList();
		return matching.isEmpty() ? null : matching.get(matching.size() - 1);
	}

	/** The attributes of a {@code Set-Cookie} header, lower-cased, without the value. */
	public static List<String> attributes(String setCookie) {
		String[] parts = setCookie.split(";");
		return java.util.Arrays.stream(parts).skip(1).map((part) -> part.strip().toLowerCase(Locale.ROOT)).toList();
	}

}

package dev.skillgap.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.ProblemDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors that Tomcat answers itself (an undecodable URI, a malformed request line or
 * header) or forwards to the servlet error page (a request the security firewall rejects)
 * are problem details for API paths too, through a real Tomcat; raw requests go over a
 * socket because an HTTP client would refuse to send them.
 */
@IntegrationTest
class TomcatErrorsIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/me/postings/%ff", "/api/me/skills/%00", "/api/me/skills/a%2Fb",
			"/api/me/skills/%ED%A0%80", "/api/roles/%zz", "/api/roles/%", "/api/a%C0%AFb" })
	void anUndecodablePathIsAProblem(String path) throws IOException {
		RawResponse response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		response.assertProblem(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET /api/auth/me HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n",
			"GET /api/auth/me HTTP/1.1\r\nHost: localhost\r\nX-Control: a\u0001b\r\n\r\n",
			"GET /api/a b HTTP/1.1\r\nHost: localhost\r\n\r\n", "GET /api/a\u0001b HTTP/1.1\r\nHost: localhost\r\n\r\n",
			"GET /api/auth/me HTTP/1.1\r\nHost: a b\r\n\r\n", "GET /api/auth/me HTTP/1.1\r\n\r\n",
			"GET /api/auth/me HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n", "FOO BAR BAZ QUX\r\n\r\n" })
	void aRequestTomcatCannotParseIsAProblem(String request) throws IOException {
		raw(request).assertProblem(400);
	}

	@Test
	void badPercentEncodingInTheQueryIsAProblemNamingTheParameter() throws Exception {
		RawResponse raw = raw(
				"GET /api/learning/items?kind=%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		raw.assertProblem(400);
		assertThat(Json.<String>read(raw.body(), "$.errors[0].field")).isEqualTo("kind");
		HttpResponse<String> response = new HttpTestClient(this.port).get("/api/learning/items?skill=%ff");
		assertProblem(response, 400);
		assertThat(Json.<String>read(response.body(), "$.errors[0].field")).isEqualTo("skill");
		assertThat(Json.<String>read(response.body(), "$.errors[0].message"))
			.isEqualTo("Must be valid percent-encoded UTF-8.");
	}

	@Test
	void aBadlyEncodedFormBodyIsAProblem() throws Exception {
		HttpTestClient client = new HttpTestClient(this.port).withoutCsrfHeader();
		// without the CSRF header the security filter looks for a form parameter
		HttpResponse<String> response = client.send("POST", "/api/auth/login",
				HttpRequest.BodyPublishers.ofString("email=%ff"), "application/x-www-form-urlencoded");
		assertProblem(response, 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/auth//me", "/api/x/%2e%2e/auth/me", "/api/auth/me;x=1", "/api/auth/%25me" })
	void aRequestTheFirewallRejectsIsAProblem(String path) throws Exception {
		HttpResponse<String> response = new HttpTestClient(this.port).get(path);
		assertProblem(response, 400);
	}

	@Test
	void anUnknownApiPathIsAProblemEvenForBrowsers() throws Exception {
		HttpResponse<String> response = new HttpTestClient(this.port).withHeader("Accept", "text/html")
			.get("/api/no-such-thing");
		// not logged in: 401 first
		assertProblem(response, 401);
	}

	@Test
	void aMalformedMultipartBodyIsAProblem() throws Exception {
		HttpTestClient client = new HttpTestClient(this.port);
		for (String contentType : List.of("multipart/form-data", "multipart/form-data; boundary=xx")) {
			HttpResponse<String> response = client.send("POST", "/api/auth/login",
					HttpRequest.BodyPublishers.ofString("--xx\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv"),
					contentType);
			assertProblem(response, 415);
		}
	}

	@Test
	void anErrorOutsideTheApiIsNoProblem() throws IOException {
		RawResponse response = raw("GET /skills/%ff HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.header("content-type")).doesNotContain("json");
	}

	/**
	 * Every response carries the security headers, Tomcat's own answers too: a path it
	 * refuses to decode, a request line or header it cannot parse, {@code /WEB-INF/...}
	 * and {@code /META-INF/...}, which it never serves, as well as the application's
	 * answers.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "GET /..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
			"GET /api/..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
			"GET /WEB-INF/web.xml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
			"GET /META-INF/MANIFEST.MF HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
			"GET /skills/%ff HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
			"GET /api/auth/me HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n", "FOO BAR BAZ QUX\r\n\r\n",
			"GET /api/a b HTTP/1.1\r\nHost: localhost\r\n\r\n",
			"GET /api/auth/me HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
			"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" })
	void everyResponseCarriesTheSecurityHeaders(String request) throws IOException {
		RawResponse response = raw(request);
		assertThat(response.header("Content-Security-Policy")).as(request)
			.isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
		assertThat(response.header("X-Frame-Options")).as(request).isEqualTo("DENY");
		assertThat(response.header("X-Content-Type-Options")).as(request).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).as(request).isEqualTo(SecurityHeaders.REFERRER_POLICY);
		assertThat(response.headers().stream().filter((h) -> h.toLowerCase(Locale.ROOT).startsWith("x-frame-options:")))
			.as("one X-Frame-Options")
			.hasSize(1);
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		ProblemDetails.assertProblem(status, response.headers().firstValue("Content-Type").orElse(null),
				response.body());
	}

	/** Sends the bytes as they are (ISO-8859-1) and reads the response to its end. */
	private RawResponse raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			int n;
			while ((n = in.read(buffer)) >= 0) {
				bytes.write(buffer, 0, n);
				RawResponse response = RawResponse.parse(bytes.toString(StandardCharsets.UTF_8));
				if (response != null && response.complete()) {
					return response;
				}
			}
			RawResponse response = RawResponse.parse(bytes.toString(StandardCharsets.UTF_8));
			assertThat(response).as("a response to %s", request).isNotNull();
			return response;
		}
	}

	record RawResponse(int status, List<String> headers, String body, boolean complete) {

		static RawResponse parse(String text) {
			int end = text.indexOf("\r\n\r\n");
			if (end < 0) {
				return null;
			}
			String[] lines = text.substring(0, end).split("\r\n");
			int status = Integer.parseInt(lines[0].split(" ")[1]);
			List<String> headers = List.of(lines).subList(1, lines.length);
			String body = text.substring(end + 4);
			int length = headers.stream()
				.filter((h) -> h.toLowerCase(Locale.ROOT).startsWith("content-length:"))
				.map((h) -> Integer.parseInt(h.substring(h.indexOf(':') + 1).strip()))
				.findFirst()
				.orElse(-1);
			return new RawResponse(status, headers, body,
					length >= 0 && body.getBytes(StandardCharsets.UTF_8).length >= length);
		}

		String header(String name) {
			return this.headers.stream()
				.filter((h) -> h.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":"))
				.map((h) -> h.substring(h.indexOf(':') + 1).strip())
				.findFirst()
				.orElse("");
		}

		void assertProblem(int expected) {
			assertThat(this.status).as(this.body).isEqualTo(expected);
			ProblemDetails.assertProblem(expected, header("Content-Type"), this.body);
		}

	}

}

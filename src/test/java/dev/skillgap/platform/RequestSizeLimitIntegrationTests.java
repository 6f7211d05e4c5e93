package dev.skillgap.platform;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.ProblemDetails;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Oversized request bodies through a real Tomcat: refused with 413 whether the client
 * announces the size ({@code Content-Length}) or streams it ({@code chunked}).
 */
@IntegrationTest
class RequestSizeLimitIntegrationTests {

	private static final int LIMIT = 1024 * 1024;

	@LocalServerPort
	int port;

	@Test
	void anAnnouncedOversizedBodyIs413() throws Exception {
		HttpTestClient client = new HttpTestClient(this.port);
		client.get("/api/auth/csrf");
		byte[] body = ProblemDetailsIntegrationTests.jsonOfSize(LIMIT + 100);
		HttpResponse<String> response = client.send("POST", "/api/auth/register",
				HttpRequest.BodyPublishers.ofByteArray(body), "application/json");
		assertProblem(response, 413);
	}

	@Test
	void aStreamedOversizedBodyIs413() throws Exception {
		HttpTestClient client = new HttpTestClient(this.port);
		client.get("/api/auth/csrf");
		byte[] body = ProblemDetailsIntegrationTests.jsonOfSize(LIMIT + 100);
		// an InputStream publisher has no known length: HTTP/1.1 sends it chunked
		HttpResponse<String> response = client.send("POST", "/api/auth/register",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "application/json");
		assertProblem(response, 413);
	}

	@Test
	void aStreamedBodyUnderTheLimitIsRead() throws Exception {
		HttpTestClient client = new HttpTestClient(this.port);
		client.get("/api/auth/csrf");
		byte[] body = ProblemDetailsIntegrationTests.jsonOfSize(LIMIT - 100);
		HttpResponse<String> response = client.send("POST", "/api/auth/register",
				HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)), "application/json");
		// read in full and validated: the password "x" is too short
		assertProblem(response, 400);
		assertThat(response.body()).contains("\"field\":\"password\"");
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		ProblemDetails.assertProblem(status, response.headers().firstValue("Content-Type").orElse(null),
				response.body());
	}

}

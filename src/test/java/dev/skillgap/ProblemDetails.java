package dev.skillgap;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that a response is an RFC 9457 problem detail as the API contract promises:
 * {@code application/problem+json} with {@code status} (the HTTP status), {@code title}
 * and {@code detail}, and nothing that leaks server internals.
 */
public final class ProblemDetails {

	private ProblemDetails() {
	}

	/** A matcher for MockMvc: the response is a problem with this status. */
	public static ResultMatcher problem(int status) {
		return (result) -> assertProblem(result, status);
	}

	public static void assertProblem(MvcResult result, int status) {
		assertThat(result.getResponse().getStatus()).as("HTTP status").isEqualTo(status);
		assertProblem(status, result.getResponse().getContentType(), Json.body(result));
	}

	/** The same checks on a status, {@code Content-Type} and body from any client. */
	public static void assertProblem(int status, String contentType, String body) {
		assertThat(contentType).as("Content-Type").isNotNull();
		assertThat(MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.as("Content-Type %s is application/problem+json", contentType)
			.isTrue();
		Map<String, Object> problem = Json.read(body, "$");
		assertThat(problem.get("status")).as("status in %s", body).isEqualTo(status);
		assertThat((String) problem.get("title")).as("title in %s", body).isNotBlank();
		assertThat((String) problem.get("detail")).as("detail in %s", body).isNotBlank();
		assertThat(problem).as("no internals in %s", body).doesNotContainKeys("trace", "exception", "stackTrace");
		assertThat(body).as("no stack trace in %s", body)
			.doesNotContain("\tat ")
			.doesNotContain("Exception")
			.doesNotContain("java.")
			.doesNotContain("org.springframework")
			.doesNotContain("dev.skillgap");
	}

}

package dev.skillgap.platform;

import java.nio.charset.StandardCharsets;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whatever goes wrong, an API client gets an RFC 9457 problem detail with the right
 * status, never a 500 for its own mistakes, never an HTML page and never a stack trace.
 */
@IntegrationTest
class ProblemDetailsIntegrationTests {

	private static final int LIMIT = 1024 * 1024;

	@Autowired
	MockMvc mvc;

	TestAccounts accounts;

	@Autowired
	void accounts(MockMvc mvc) {
		this.accounts = new TestAccounts(mvc);
	}

	private static MockHttpServletRequestBuilder register(String json) {
		return post("/api/auth/register").contentType(MediaType.APPLICATION_JSON).content(json);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"email\": ", "{email: 'x'}", "not json at all", "{\"email\":\"a@b.test\"}}" })
	void malformedJsonIs400(String json) throws Exception {
		this.accounts.anonymous()
			.perform(register(json))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.detail").value(containsString("JSON")));
	}

	@Test
	void aMissingBodyIs400() throws Exception {
		this.accounts.anonymous()
			.perform(post("/api/auth/register").contentType(MediaType.APPLICATION_JSON))
			.andExpect(problem(400));
		this.accounts.anonymous().perform(register("null")).andExpect(problem(400));
		this.accounts.anonymous().perform(register("[]")).andExpect(problem(400));
	}

	@Test
	void aValueOfTheWrongTypeIs400NamingTheField() throws Exception {
		this.accounts.anonymous()
			.perform(register(Json.object("email", TestAccounts.uniqueEmail(), "password", java.util.Map.of(),
					"displayName", "Typed")))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		this.accounts.anonymous()
			.perform(register(Json.object("email", TestAccounts.uniqueEmail(), "password", TestAccounts.PASSWORD,
					"displayName", java.util.List.of("a", "b"))))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("displayName"));
	}

	@Test
	void aNumberWhereAnEmailBelongsIs400() throws Exception {
		this.accounts.anonymous()
			.perform(
					register(Json.object("email", 5, "password", TestAccounts.PASSWORD, "displayName", "Number Email")))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void anUnsupportedMediaTypeIs415() throws Exception {
		this.accounts.anonymous()
			.perform(post("/api/auth/register").contentType(MediaType.TEXT_PLAIN).content("email=a@b.test"))
			.andExpect(problem(415));
	}

	@Test
	void aWrongMethodIs405WithAllow() throws Exception {
		TestClient user = this.accounts.register().client();
		user.perform(delete("/api/auth/me"))
			.andExpect(problem(405))
			.andExpect(header().string("Allow", containsString("GET")))
			.andExpect(header().string("Allow", containsString("PATCH")));
		// the account is still there
		user.perform(get("/api/auth/me")).andExpect(status().isOk());
	}

	@Test
	void anUnknownApiPathIs404ProblemEvenForBrowsers() throws Exception {
		TestClient user = this.accounts.register().client();
		user.perform(get("/api/whatever")).andExpect(problem(404));
		MvcResult html = user.perform(get("/api/whatever/deeper").accept(MediaType.TEXT_HTML))
			.andExpect(problem(404))
			.andReturn();
		assertThat(Json.body(html)).doesNotContainIgnoringCase("<html");
	}

	@Test
	void aBodyOverTheLimitIs413() throws Exception {
		byte[] body = jsonOfSize(LIMIT + 1);
		this.accounts.anonymous()
			.perform(post("/api/auth/register").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(problem(413));
	}

	@Test
	void aBodyAtTheLimitIsRead() throws Exception {
		byte[] body = jsonOfSize(LIMIT);
		// read and validated: the password "x" is too short
		this.accounts.anonymous()
			.perform(post("/api/auth/register").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
	}

	/** A registration with a too-short password, padded with JSON whitespace. */
	static byte[] jsonOfSize(int size) {
		String json = Json.object("email", TestAccounts.uniqueEmail("big"), "password", "x", "displayName", "Big");
		byte[] start = json.substring(0, json.length() - 1).getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[size];
		java.util.Arrays.fill(body, (byte) ' ');
		System.arraycopy(start, 0, body, 0, start.length);
		body[size - 1] = '}';
		return body;
	}

	@Test
	void theTitleIsInTheRequestsLanguage() throws Exception {
		TestClient user = this.accounts.register().client();
		// a domain conflict, a validation error, Spring's own 405 and a filter's 415
		String name = "Titles " + TestAccounts.uniqueEmail();
		user.perform(post("/api/teams").contentType(MediaType.APPLICATION_JSON).content(Json.object("name", name)))
			.andExpect(status().isCreated());
		user.perform(post("/api/teams").header("Accept-Language", "ja")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.object("name", name)))
			.andExpect(problem(409))
			.andExpect(jsonPath("$.title").value("この操作はできません"));
		user.perform(post("/api/teams").header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.object("name", name)))
			.andExpect(problem(409))
			.andExpect(jsonPath("$.title").value("Conflict"));
		user.perform(post("/api/teams").header("Accept-Language", "ja")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Json.object("name", " ")))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.title").value("リクエストが正しくありません"));
		user.perform(delete("/api/auth/me").header("Accept-Language", "ja"))
			.andExpect(problem(405))
			.andExpect(jsonPath("$.title").value("このメソッドは使えません"));
		this.accounts.anonymous()
			.perform(post("/api/auth/register").header("Accept-Language", "ja")
				.contentType(MediaType.TEXT_PLAIN)
				.content("email=a@b.test"))
			.andExpect(problem(415))
			.andExpect(jsonPath("$.title").value("このデータ形式には対応していません"));
		user.perform(get("/api/whatever").header("Accept-Language", "ja"))
			.andExpect(problem(404))
			.andExpect(jsonPath("$.title").value("見つかりません"));
	}

}

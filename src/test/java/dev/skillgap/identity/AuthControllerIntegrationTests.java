package dev.skillgap.identity;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The identity endpoints of the API contract, through MockMvc on a real PostgreSQL. */
@IntegrationTest
class AuthControllerIntegrationTests {

	/**
	 * Listed in {@code skillgap.security.admin-emails} with others, and unique per JVM,
	 * so that the test can run again on a database that keeps data.
	 */
	static final String ADMIN_EMAIL = TestAccounts.adminEmail();

	@Autowired
	MockMvc mvc;

	TestAccounts accounts;

	@Autowired
	void accounts(MockMvc mvc) {
		this.accounts = new TestAccounts(mvc);
	}

	private static String register(String email, String password, String displayName, String locale) {
		return Json.object("email", email, "password", password, "displayName", displayName, "locale", locale);
	}

	private ResultActions postJson(TestClient client, String path, String json) throws Exception {
		return client.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void registerAnswersTheContractBodyAndStartsASession() throws Exception {
		TestClient client = this.accounts.anonymous();
		String email = TestAccounts.uniqueEmail("Mixed.Case");
		MvcResult result = postJson(client, "/api/auth/register",
				register(email, TestAccounts.PASSWORD, "  Aiko Tanaka ", "ja"))
			.andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.displayName").value("Aiko Tanaka"))
			.andExpect(jsonPath("$.locale").value("ja"))
			.andExpect(jsonPath("$.roles").value(contains("LEARNER")))
			.andReturn();
		String id = Json.read(result, "$.id");
		assertThat(UUID.fromString(id)).isNotNull();
		assertThat(Json.body(result)).doesNotContainIgnoringCase("password")
			.doesNotContainIgnoringCase("hash")
			.doesNotContain("argon");
		assertThat(client.session()).as("a session was started").isNotNull();

		client.perform(get("/api/auth/me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.email").value(email))
			.andExpect(jsonPath("$.displayName").value("Aiko Tanaka"))
			.andExpect(jsonPath("$.locale").value("ja"))
			.andExpect(jsonPath("$.roles").value(contains("LEARNER")));
	}

	@Test
	void localeDefaultsToEnglish() throws Exception {
		postJson(this.accounts.anonymous(), "/api/auth/register", Json.object("email", TestAccounts.uniqueEmail(),
				"password", TestAccounts.PASSWORD, "displayName", "No Locale"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.locale").value("en"));
	}

	@Test
	void emailIsUniqueIgnoringCase() throws Exception {
		TestUser first = this.accounts.register();
		postJson(this.accounts.anonymous(), "/api/auth/register",
				register(first.email().toUpperCase(Locale.ROOT), "another fine passphrase", "Copycat", null))
			.andExpect(problem(409))
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		// the first account is untouched
		this.accounts.logIn(first.email(), first.password());
	}

	@Test
	void passwordOfElevenCharactersIsTooShort() throws Exception {
		expectPasswordRefused("abcdefghijk");
	}

	@Test
	void passwordOfTwelveCharactersIsEnough() throws Exception {
		postJson(this.accounts.anonymous(), "/api/auth/register",
				register(TestAccounts.uniqueEmail(), "kx9-trellis2", "Twelve", null))
			.andExpect(status().isCreated());
	}

	@Test
	void passwordOf129CharactersIsTooLong() throws Exception {
		expectPasswordRefused(varied(129));
	}

	@Test
	void passwordOf128MultiByteCharactersIsAcceptedAndCheckedInFull() throws Exception {
		String password = japanese(128);
		assertThat(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(384);
		TestUser user = this.accounts.register(TestAccounts.uniqueEmail(), password, "長いパスワード", "ja");
		this.accounts.logIn(user.email(), password);
		// a password that differs only in its last character must not work (bcrypt would
		// have looked at the first 72 bytes only)
		String almost = password.substring(0, 127) + "ん";
		assertThat(almost).isNotEqualTo(password);
		postJson(this.accounts.anonymous(), "/api/auth/login", Json.object("email", user.email(), "password", almost))
			.andExpect(problem(401));
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password1234!", "qwertyuiop123", "letmein!!!!!!", "aaaaaaaaaaaa" })
	void commonPasswordsAreRefused(String password) throws Exception {
		expectPasswordRefused(password);
	}

	@Test
	void theEmailAsPasswordIsRefused() throws Exception {
		String email = TestAccounts.uniqueEmail("self");
		postJson(this.accounts.anonymous(), "/api/auth/register", register(email, email, "Self", null))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		// not created
		postJson(this.accounts.anonymous(), "/api/auth/login", Json.object("email", email, "password", email))
			.andExpect(problem(401));
	}

	@Test
	void passwordMessagesFollowTheRequestLanguage() throws Exception {
		this.accounts.anonymous()
			.perform(post("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
				.header("Accept-Language", "ja")
				.content(register(TestAccounts.uniqueEmail(), "abcdefghijk", "短い", "ja")))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("12文字以上にしてください。"));
	}

	private void expectPasswordRefused(String password) throws Exception {
		String email = TestAccounts.uniqueEmail();
		postJson(this.accounts.anonymous(), "/api/auth/register", register(email, password, "Refused", null))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "not-an-email", "two@@skillgap.test", "spaces in@skillgap.test" })
	void invalidEmailsAreRefused(String email) throws Exception {
		postJson(this.accounts.anonymous(), "/api/auth/register",
				register(email, TestAccounts.PASSWORD, "Bad Email", null))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("email")));
	}

	@Test
	void missingEmailIsRefused() throws Exception {
		postJson(this.accounts.anonymous(), "/api/auth/register",
				Json.object("password", TestAccounts.PASSWORD, "displayName", "No Email"))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void missingDisplayNameIsRefused() throws Exception {
		postJson(this.accounts.anonymous(), "/api/auth/register",
				Json.object("email", TestAccounts.uniqueEmail(), "password", TestAccounts.PASSWORD))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("displayName"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "fr", "JA", "en-US", "" })
	void unsupportedLocalesAreRefused(String locale) throws Exception {
		postJson(this.accounts.anonymous(), "/api/auth/register",
				register(TestAccounts.uniqueEmail(), TestAccounts.PASSWORD, "Locale", locale))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("locale"));
	}

	@Test
	void loginAnswersTheSameBodyAsRegistration() throws Exception {
		TestClient registering = this.accounts.anonymous();
		String email = TestAccounts.uniqueEmail();
		String registered = Json
			.body(postJson(registering, "/api/auth/register", register(email, TestAccounts.PASSWORD, "Same Body", "ja"))
				.andExpect(status().isCreated())
				.andReturn());

		TestClient client = this.accounts.anonymous();
		MvcResult login = postJson(client, "/api/auth/login",
				Json.object("email", email, "password", TestAccounts.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andReturn();
		assertThat(Json.<Object>read(login, "$")).isEqualTo(Json.read(registered, "$"));
		client.perform(get("/api/auth/me")).andExpect(status().isOk()).andExpect(jsonPath("$.email").value(email));
	}

	@Test
	void loginIgnoresTheCaseOfTheEmail() throws Exception {
		TestUser user = this.accounts.register();
		postJson(this.accounts.anonymous(), "/api/auth/login",
				Json.object("email", "  " + user.email().toUpperCase(Locale.ROOT), "password", user.password()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(user.id().toString()))
			.andExpect(jsonPath("$.email").value(user.email()));
	}

	@Test
	void loginWithAWrongPasswordOrUnknownEmailIsTheSame401() throws Exception {
		TestUser user = this.accounts.register();
		TestClient client = this.accounts.anonymous();
		String wrongPassword = Json
			.body(postJson(client, "/api/auth/login", Json.object("email", user.email(), "password", "wrong password!"))
				.andExpect(problem(401))
				.andReturn());
		String unknownEmail = Json.body(postJson(client, "/api/auth/login",
				Json.object("email", TestAccounts.uniqueEmail("nobody"), "password", user.password()))
			.andExpect(problem(401))
			.andReturn());
		assertThat(Json.<String>read(wrongPassword, "$.detail")).isEqualTo(Json.read(unknownEmail, "$.detail"));
		assertThat(client.session()).as("no session after a failed login").isNull();
		client.perform(get("/api/auth/me")).andExpect(problem(401));
	}

	@Test
	void meWithoutASessionIs401() throws Exception {
		this.mvc.perform(get("/api/auth/me")).andExpect(problem(401));
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		TestClient client = this.accounts.register().client();
		client.perform(get("/api/auth/me")).andExpect(status().isOk());
		client.perform(post("/api/auth/logout")).andExpect(status().isNoContent());
		assertThat(client.session()).as("the session was invalidated").isNull();
		client.perform(get("/api/auth/me")).andExpect(problem(401));
	}

	@Test
	void theChosenLanguageIsRemembered() throws Exception {
		TestUser user = this.accounts.register();
		user.client()
			.perform(patch("/api/auth/me").contentType(MediaType.APPLICATION_JSON).content(Json.object("locale", "ja")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locale").value("ja"))
			.andExpect(jsonPath("$.displayName").value("Test User"))
			.andExpect(jsonPath("$.email").value(user.email()))
			.andExpect(jsonPath("$.roles").value(contains("LEARNER")));
		user.client().perform(get("/api/auth/me")).andExpect(jsonPath("$.locale").value("ja"));

		TestClient again = this.accounts.anonymous();
		postJson(again, "/api/auth/login", Json.object("email", user.email(), "password", user.password()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.locale").value("ja"));
	}

	@Test
	void theDisplayNameCanBeChanged() throws Exception {
		TestUser user = this.accounts.register();
		user.client()
			.perform(patch("/api/auth/me").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("displayName", "田中 愛子")))
			.andExpect(status().isOk());
		MvcResult me = user.client().perform(get("/api/auth/me")).andExpect(status().isOk()).andReturn();
		assertThat(Json.<String>read(me, "$.displayName")).isEqualTo("田中 愛子");
		assertThat(Json.<String>read(me, "$.locale")).isEqualTo("en");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"locale\":\"fr\"}", "{\"displayName\":\"   \"}", "{\"displayName\":\"\"}" })
	void invalidProfileChangesAreRefused(String json) throws Exception {
		TestUser user = this.accounts.register();
		user.client()
			.perform(patch("/api/auth/me").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").isNotEmpty());
		user.client()
			.perform(get("/api/auth/me"))
			.andExpect(jsonPath("$.displayName").value("Test User"))
			.andExpect(jsonPath("$.locale").value("en"));
	}

	@Test
	void listedEmailsAreAdminsIgnoringCase() throws Exception {
		TestUser admin = this.accounts.register(ADMIN_EMAIL.toUpperCase(Locale.ROOT), TestAccounts.PASSWORD, "Admin",
				null);
		admin.client()
			.perform(get("/api/auth/me"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles").value(contains("LEARNER", "ADMIN")));
		postJson(this.accounts.anonymous(), "/api/auth/login",
				Json.object("email", ADMIN_EMAIL, "password", TestAccounts.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles").value(contains("LEARNER", "ADMIN")));
	}

	@Test
	void aRegistrationCannotMakeItselfAdmin() throws Exception {
		TestClient client = this.accounts.anonymous();
		postJson(client, "/api/auth/register",
				Json.object("email", TestAccounts.uniqueEmail("wannabe"), "password", TestAccounts.PASSWORD,
						"displayName", "Wannabe", "roles", List.of("ADMIN", "LEARNER"), "admin", true))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.roles").value(contains("LEARNER")));
		client.perform(get("/api/auth/me")).andExpect(jsonPath("$.roles").value(contains("LEARNER")));
		client.perform(get("/actuator")).andExpect(problem(403));
	}

	/** {@code n} different letters and digits. */
	static String varied(int n) {
		StringBuilder out = new StringBuilder();
		String pool = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
		for (int i = 0; i < n; i++) {
			out.append(pool.charAt((i * 7) % pool.length()));
		}
		return out.toString();
	}

	/** {@code n} hiragana characters, 3 bytes each in UTF-8. */
	static String japanese(int n) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < n; i++) {
			out.appendCodePoint(0x3041 + (i * 5) % 80);
		}
		return out.toString();
	}

}

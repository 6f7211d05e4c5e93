package dev.skillgap.identity;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Password change and account deletion, on a real PostgreSQL with sessions in it. */
@IntegrationTest
class AccountSettingsIntegrationTests {

	static final String NEW_PASSWORD = "a brand new passphrase for me";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts;

	@Autowired
	void accounts(MockMvc mvc) {
		this.accounts = new TestAccounts(mvc);
	}

	private static ResultActions postJson(TestClient client, String path, String json) throws Exception {
		return client.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsOnly() throws Exception {
		TestUser user = this.accounts.register();
		TestClient other = this.accounts.logIn(user.email(), user.password());
		TestClient third = this.accounts.logIn(user.email(), user.password());
		other.perform(get("/api/auth/me")).andExpect(status().isOk());

		postJson(user.client(), "/api/auth/me/password",
				Json.object("currentPassword", user.password(), "newPassword", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.otherSessionsEnded").value(2));

		user.client().perform(get("/api/auth/me")).andExpect(status().isOk());
		other.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
		third.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
		this.accounts.logIn(user.email(), NEW_PASSWORD);
		postJson(this.accounts.anonymous(), "/api/auth/login",
				Json.object("email", user.email(), "password", user.password()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theCurrentPasswordMustBeRightAndTheNewOneFollowThePolicy() throws Exception {
		TestUser user = this.accounts.register();
		postJson(user.client(), "/api/auth/me/password",
				Json.object("currentPassword", "not my password at all", "newPassword", NEW_PASSWORD))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		postJson(user.client(), "/api/auth/me/password",
				Json.object("currentPassword", user.password(), "newPassword", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		this.accounts.logIn(user.email(), user.password());
	}

	@Test
	void wrongPasswordsAreThrottledLikeLogins() throws Exception {
		TestUser user = this.accounts.register();
		int status = 0;
		for (int i = 0; i < LoginThrottle.FREE_FAILURES + 2 && status != 429; i++) {
			status = postJson(user.client(), "/api/auth/me/deletion", Json.object("password", "wrong guess " + i))
				.andReturn()
				.getResponse()
				.getStatus();
		}
		assertThat(status).isEqualTo(429);
	}

	@Test
	void deletingTheAccountDeletesItsDataAndEndsEverySession() throws Exception {
		TestUser user = this.accounts.register();
		TestClient other = this.accounts.logIn(user.email(), user.password());
		user.client()
			.perform(put("/api/me/skills/linux-administration").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("level", 3)))
			.andExpect(status().isOk());
		postJson(user.client(), "/api/me/plan", Json.object("itemCode", "lpic-1")).andExpect(status().isCreated());

		postJson(user.client(), "/api/auth/me/deletion", Json.object("password", "wrong password here"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		postJson(user.client(), "/api/auth/me/deletion", Json.object("password", user.password()))
			.andExpect(status().isNoContent());

		user.client().perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
		other.perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
		for (String table : new String[] { "account", "skill_assessment", "learning_plan_item" }) {
			String column = table.equals("account") ? "id" : "account_id";
			assertThat(this.jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
				.param("id", user.id())
				.query(Long.class)
				.single()).as(table).isZero();
		}
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :email")
			.param("email", user.email())
			.query(Long.class)
			.single()).isZero();
		postJson(this.accounts.anonymous(), "/api/auth/login",
				Json.object("email", user.email(), "password", user.password()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void everyForeignKeyToAnAccountCascadesOrLetsGo() {
		// a deleted account takes its rows with it, or (an assessor) leaves them without
		// its id
		var rules = this.jdbc.sql("""
				select c.conrelid::regclass::text as tab, c.confdeltype::text as rule
				from pg_constraint c where c.contype = 'f' and c.confrelid = 'account'::regclass
				""").query((rs, n) -> rs.getString("tab") + ":" + rs.getString("rule")).list();
		assertThat(rules).isNotEmpty().allSatisfy((rule) -> assertThat(rule).matches(".*:[cn]"));
	}

}

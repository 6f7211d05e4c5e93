package dev.skillgap.identity;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.skillgap.DeliveryIntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestClient;
import dev.skillgap.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Forgot password" through a real SMTP server (GreenMail, in process): the mailed link
 * works once, expires, ends every session and never tells whether an address has an
 * account.
 */
@DeliveryIntegrationTest
class PasswordResetIntegrationTests {

	static final String PUBLIC_URL = TestMail.PUBLIC_URL;

	static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC_URL) + "/reset-password\\?token=([A-Za-z0-9_-]+)");

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
	void theMailedLinkResetsThePasswordOnceAndEndsEverySession() throws Exception {
		TestUser user = this.accounts.register(TestAccounts.uniqueEmail("reset"), TestAccounts.PASSWORD, "Hana", "ja");
		TestClient anonymous = this.accounts.anonymous();
		anonymous.perform(get("/api/auth/password-reset"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.emailEnabled").value(true))
			.andExpect(jsonPath("$.supportContact").value("it-help@example.com"));

		postJson(anonymous, "/api/auth/password-reset", Json.object("email", user.email().toUpperCase()))
			.andExpect(status().isAccepted());
		MimeMessage mail = awaitMail(user.email());
		assertThat(mail.getSubject()).isEqualTo("Skillgap: \u30d1\u30b9\u30ef\u30fc\u30c9\u306e\u518d\u8a2d\u5b9a");
		Matcher link = LINK.matcher((String) mail.getContent());
		assertThat(link.find()).as("a reset link in %s", mail.getContent()).isTrue();
		String token = link.group(1);
		// only its hash is stored
		assertThat(this.jdbc.sql("select count(*) from password_reset where token_hash = :t")
			.param("t", token)
			.query(Long.class)
			.single()).isZero();

		String newPassword = "a completely new passphrase";
		postJson(anonymous, "/api/auth/password-reset/confirm", Json.object("token", token, "newPassword", "short"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("newPassword"));
		postJson(anonymous, "/api/auth/password-reset/confirm", Json.object("token", token, "newPassword", newPassword))
			.andExpect(status().isNoContent());
		user.client().perform(get("/api/auth/me")).andExpect(status().isUnauthorized());
		this.accounts.logIn(user.email(), newPassword);

		// single use
		postJson(anonymous, "/api/auth/password-reset/confirm",
				Json.object("token", token, "newPassword", "yet another passphrase here"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("token"));
	}

	@Test
	void anExpiredLinkIsRefusedAndAnUnknownAddressGetsTheSameAnswer() throws Exception {
		TestUser user = this.accounts.register();
		TestClient anonymous = this.accounts.anonymous();
		postJson(anonymous, "/api/auth/password-reset", Json.object("email", user.email()))
			.andExpect(status().isAccepted());
		Matcher link = LINK.matcher((String) awaitMail(user.email()).getContent());
		assertThat(link.find()).isTrue();
		this.jdbc.sql("update password_reset set expires_at = now() - interval '1 minute' where account_id = :id")
			.param("id", user.id())
			.update();
		postJson(anonymous, "/api/auth/password-reset/confirm",
				Json.object("token", link.group(1), "newPassword", "a completely new passphrase"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("token"));

		String nobody = TestAccounts.uniqueEmail("nobody");
		postJson(anonymous, "/api/auth/password-reset", Json.object("email", nobody)).andExpect(status().isAccepted());
		Thread.sleep(500);
		assertThat(mails(nobody)).isZero();
	}

	@Test
	void askingForLinksIsThrottledLikeLogins() throws Exception {
		String email = TestAccounts.uniqueEmail("flood");
		TestClient client = this.accounts.anonymous().from(TestClient.uniqueAddress());
		int status = 0;
		for (int i = 0; i < LoginThrottle.FREE_FAILURES + 2 && status != 429; i++) {
			status = postJson(client, "/api/auth/password-reset", Json.object("email", email)).andReturn()
				.getResponse()
				.getStatus();
		}
		assertThat(status).isEqualTo(429);
	}

	private static MimeMessage awaitMail(String to) throws Exception {
		for (int i = 0; i < 100; i++) {
			List<MimeMessage> mails = TestMail.to(to);
			if (!mails.isEmpty()) {
				return mails.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mail to " + to);
	}

	private static long mails(String to) {
		return TestMail.to(to).size();
	}

}

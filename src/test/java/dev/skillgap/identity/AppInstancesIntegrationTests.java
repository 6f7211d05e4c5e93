package dev.skillgap.identity;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.SkillgapApplication;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestClient;
import dev.skillgap.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.skillgap.identity.ForwardedHeadersIntegrationTests.assertTooManyAttempts;
import static dev.skillgap.identity.ForwardedHeadersIntegrationTests.login;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances of the app on one PostgreSQL, as behind a load balancer or during a
 * rolling deploy: this test's application and others started on the same database, each
 * on its own port. Sessions and login throttling live in the database, so any instance
 * serves any client, and a restart logs nobody out.
 */
@IntegrationTest
class AppInstancesIntegrationTests {

	/**
	 * The login throttle's clock stands still during each test, so that a one-second lock
	 * cannot run out half-way through it.
	 */
	@BeforeEach
	void stopTheThrottlesClock() {
		TestClock.freeze();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcConnectionDetails database;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The other instance: the tests share it (each start is a whole application), until a
	 * test stops it; then the next one starts it again.
	 */
	private static ConfigurableApplicationContext otherInstance;

	@AfterAll
	static void stopTheOtherInstance() {
		if (otherInstance != null) {
			otherInstance.close();
		}
	}

	/** The other instance, started as a deploy would when it is not running. */
	private ConfigurableApplicationContext otherInstance() {
		if (otherInstance == null || !otherInstance.isActive()) {
			otherInstance = startInstance();
		}
		return otherInstance;
	}

	/** Another instance of the app on the same database, started as a deploy would. */
	private ConfigurableApplicationContext startInstance() {
		JdbcConnectionDetails database = this.database;
		return new SpringApplicationBuilder(SkillgapApplication.class, ThrottleOnTestClock.class).profiles("test")
			.properties("spring.main.banner-mode=off")
			.initializers((context) -> ((GenericApplicationContext) context).registerBean(JdbcConnectionDetails.class,
					() -> database))
			// a command-line argument, since default properties lose to
			// application.properties' PORT
			.run("--server.port=0");
	}

	private static int port(ConfigurableApplicationContext instance) {
		return Integer.parseInt(instance.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/** A client of another instance with the cookies of {@code browser}. */
	private static HttpTestClient sameBrowser(HttpTestClient browser, int port) {
		HttpTestClient client = new HttpTestClient(port);
		client.cookies().putAll(browser.cookies());
		return client;
	}

	private static String register(HttpTestClient client, String email) throws Exception {
		HttpResponse<String> response = client.postJson("/api/auth/register",
				Json.object("email", email, "password", TestAccounts.PASSWORD, "displayName", "Instances"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return email;
	}

	private static HttpResponse<String> me(HttpTestClient client) throws Exception {
		return client.get("/api/auth/me");
	}

	@Test
	void aSessionWorksOnEveryInstanceAndSurvivesARestart() throws Exception {
		HttpTestClient browser = new HttpTestClient(this.port);
		String email = register(browser, TestAccounts.uniqueEmail("instances"));
		String otherEmail = TestAccounts.uniqueEmail("instances-other");
		HttpTestClient other = new HttpTestClient(this.port);
		try (ConfigurableApplicationContext second = otherInstance()) {
			HttpTestClient onSecond = sameBrowser(browser, port(second));
			HttpResponse<String> me = me(onSecond);
			assertThat(me.statusCode()).as("the second instance accepts the first one's session: %s", me.body())
				.isEqualTo(200);
			assertThat(Json.<String>read(me.body(), "$.email")).isEqualTo(email);
			HttpResponse<String> patched = onSecond.send("PATCH", "/api/auth/me",
					HttpRequest.BodyPublishers.ofString(Json.object("locale", "ja"), StandardCharsets.UTF_8),
					"application/json");
			assertThat(patched.statusCode()).as("a write through the second instance: %s", patched.body())
				.isEqualTo(200);

			// a session started on the second instance, which then goes away (a deploy)
			HttpTestClient started = new HttpTestClient(port(second));
			register(started, otherEmail);
			other.cookies().putAll(started.cookies());
		}
		assertThat(Json.<String>read(me(browser).body(), "$.locale")).isEqualTo("ja");
		HttpResponse<String> back = me(other);
		assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
		assertThat(Json.<String>read(back.body(), "$.email")).isEqualTo(otherEmail);

		ConfigurableApplicationContext restarted = otherInstance();
		HttpResponse<String> afterRestart = me(sameBrowser(other, port(restarted)));
		assertThat(afterRestart.statusCode())
			.as("the stopped instance's session after a restart: %s", afterRestart.body())
			.isEqualTo(200);
		// logging out on one instance ends the session on all of them
		HttpTestClient leaving = sameBrowser(browser, port(restarted));
		assertThat(leaving.postJson("/api/auth/logout", "").statusCode()).isEqualTo(204);
		assertThat(me(browser).statusCode()).isEqualTo(401);
		assertThat(me(other).statusCode()).isEqualTo(200);
	}

	@Test
	void sessionsAreKeptInPostgresqlForEightHoursOfInactivity() throws Exception {
		HttpTestClient browser = new HttpTestClient(this.port);
		String email = register(browser, TestAccounts.uniqueEmail("stored"));
		String sessionId = new String(Base64.getDecoder().decode(browser.cookies().get("JSESSIONID")),
				StandardCharsets.UTF_8);
		Map<String, Object> row = this.jdbc
			.sql("select principal_name, max_inactive_interval from spring_session where session_id = :id")
			.param("id", sessionId)
			.query()
			.singleRow();
		assertThat(row).containsEntry("principal_name", email).containsEntry("max_inactive_interval", 8 * 3600);
	}

	@Test
	void loginThrottlingIsSharedByEveryInstance() throws Exception {
		HttpTestClient owner = new HttpTestClient(this.port).withHeader("X-Forwarded-For", TestClient.uniqueAddress());
		String email = register(owner, TestAccounts.uniqueEmail("shared-throttle"));
		String attacker = TestClient.uniqueAddress();
		ConfigurableApplicationContext second = otherInstance();
		int[] ports = { this.port, port(second) };
		// the guesses alternate between the instances
		for (int i = 0; i <= LoginThrottle.FREE_FAILURES; i++) {
			HttpTestClient guesser = new HttpTestClient(ports[i % 2]).withHeader("X-Forwarded-For", attacker);
			HttpResponse<String> response = login(guesser, email, "wrong guess " + i);
			assertThat(response.statusCode()).as("guess %s: %s", i + 1, response.body()).isEqualTo(401);
		}
		for (int instancePort : ports) {
			HttpTestClient elsewhere = new HttpTestClient(instancePort).withHeader("X-Forwarded-For",
					TestClient.uniqueAddress());
			assertTooManyAttempts(login(elsewhere, email, TestAccounts.PASSWORD));
		}
		// the device cookie this instance gave the owner is good on the other one
		HttpResponse<String> ownLogin = login(sameBrowser(owner, ports[1]), email, TestAccounts.PASSWORD);
		assertThat(ownLogin.statusCode()).as(ownLogin.body()).isEqualTo(200);
	}

}

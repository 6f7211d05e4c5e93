package dev.skillgap;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registers and logs in users through the API. Emails are unique per call, so tests do
 * not depend on an empty database and may run against one that other test classes (or
 * earlier runs) have filled.
 */
public final class TestAccounts {

	/** A password the policy accepts. */
	public static final String PASSWORD = "correct horse battery staple";

	private static final AtomicLong counter = new AtomicLong();

	private static final String run = UUID.randomUUID().toString().substring(0, 8);

	private final MockMvc mvc;

	public TestAccounts(MockMvc mvc) {
		this.mvc = mvc;
	}

	/**
	 * An email address no other test uses, such as {@code user-3-1a2b3c4d@skillgap.test}.
	 */
	public static String uniqueEmail(String prefix) {
		return prefix + "-" + counter.incrementAndGet() + "-" + run + "@skillgap.test";
	}

	public static String uniqueEmail() {
		return uniqueEmail("user");
	}

	/** A new anonymous client with no session and no CSRF cookie yet. */
	public TestClient anonymous() {
		return new TestClient(this.mvc);
	}

	/** Registers a new user with a unique email; the returned client is logged in. */
	public TestUser register() throws Exception {
		return register(uniqueEmail(), PASSWORD, "Test User", null);
	}

	/** Registers (201 expected); the returned client is logged in. */
	public TestUser register(String email, String password, String displayName, String locale) throws Exception {
		TestClient client = anonymous();
		MvcResult result = client
			.perform(post("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("email", email, "password", password, "displayName", displayName, "locale",
						locale)))
			.andExpect(status().isCreated())
			.andReturn();
		return new TestUser(client, UUID.fromString(Json.read(result, "$.id")), email, password);
	}

	/** Logs in from a new client (200 expected). */
	public TestClient logIn(String email, String password) throws Exception {
		TestClient client = anonymous();
		client
			.perform(post("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("email", email, "password", password)))
			.andExpect(status().isOk());
		return client;
	}

	/** A registered user and the client that is logged in as them. */
	public record TestUser(TestClient client, UUID id, String email, String password) {
	}

}

package dev.skillgap;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

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

	/**
	 * Addresses integration tests make admins ({@link TestRunProperties}), unique per JVM
	 * so that they can register on a database kept between runs.
	 */
	private static final List<String> ADMIN_EMAILS = IntStream.rangeClosed(1, 8)
		.mapToObj((n) -> "admin-" + n + "-" + run + "@skillgap.test")
		.toList();

	private static final AtomicInteger admins = new AtomicInteger();

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

	/**
	 * The value of {@code skillgap.security.admin-emails} in integration tests: the admin
	 * addresses and another that never registers.
	 */
	static String adminEmails() {
		return "someone-else@skillgap.test, " + String.join(", ", ADMIN_EMAILS);
	}

	/**
	 * An address that gets the {@code ADMIN} role, not yet given to another caller (a
	 * handful exist; add to {@link #ADMIN_EMAILS} when they run out).
	 */
	public static String adminEmail() {
		int next = admins.getAndIncrement();
		if (next >= ADMIN_EMAILS.size()) {
			throw new IllegalStateException("All " + ADMIN_EMAILS.size() + " test admin addresses are taken");
		}
		return ADMIN_EMAILS.get(next);
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

package dev.skillgap;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the browser tests need and cannot make through the app: members whose assessments
 * are months old (for the stale list and requests to reassess). Registered through the
 * API, their levels recorded through it, then backdated in the database; handed to
 * Playwright as {@code E2E_STALE_MEMBERS} (JSON).
 */
final class E2eFixtures {

	private E2eFixtures() {
	}

	/** The environment to give Playwright. */
	static Map<String, String> seed(int port, JdbcClient jdbc) throws Exception {
		List<Map<String, Object>> members = new ArrayList<>();
		// two for each run of the lead's spec (en, ja)
		for (String[] pair : new String[][] { { "Aoki", "Baba" }, { "Chiba", "Doi" } }) {
			members.add(member(port, jdbc, pair[0], List.of("linux-administration", "network-fundamentals"),
					List.of("troubleshooting")));
			members.add(member(port, jdbc, pair[1], List.of("ci-cd"), List.of("network-fundamentals")));
		}
		return Map.of("E2E_STALE_MEMBERS", Json.write(members));
	}

	private static Map<String, Object> member(int port, JdbcClient jdbc, String name, List<String> stale,
			List<String> fresh) throws Exception {
		HttpTestClient client = new HttpTestClient(port);
		String email = TestAccounts.uniqueEmail("e2e-stale-" + name.toLowerCase());
		String displayName = name + " " + System.currentTimeMillis();
		HttpResponse<String> registered = client.postJson("/api/auth/register", Json.object("email", email, "password",
				TestAccounts.PASSWORD, "displayName", displayName, "locale", "en"));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		String id = Json.read(registered.body(), "$.id");
		for (String skill : stale) {
			level(client, skill);
		}
		jdbc.sql("update skill_assessment set assessed_at = now() - interval '8 months' where account_id = "
				+ "cast(:id as uuid)")
			.param("id", id)
			.update();
		for (String skill : fresh) {
			level(client, skill);
		}
		return Map.of("email", email, "password", TestAccounts.PASSWORD, "displayName", displayName, "stale", stale,
				"fresh", fresh);
	}

	private static void level(HttpTestClient client, String skill) throws Exception {
		HttpResponse<String> put = client.send("PUT", "/api/me/skills/" + skill,
				HttpRequest.BodyPublishers.ofString(Json.object("level", 3), StandardCharsets.UTF_8),
				"application/json");
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
	}

}

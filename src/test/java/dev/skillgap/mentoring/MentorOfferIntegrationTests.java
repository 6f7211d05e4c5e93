package dev.skillgap.mentoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.Mentoring;
import dev.skillgap.SqlStatementCounter;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Either side starts a mentorship: a mentor offers to mentor a learner by email, the
 * learner accepts or declines; the learner's invitation of a mentor stays. Until the
 * invited side accepts, the inviter sees only the address typed, and the answer to an
 * invitation or offer is the same (fields, statements run, time) whether or not the
 * address has an account.
 */
@IntegrationTest
@Import(SqlStatementCounter.class)
class MentorOfferIntegrationTests {

	static final Duration DELIVERY = Duration.ofSeconds(30);

	@Autowired
	MockMvc mvc;

	TestAccounts accounts() {
		return new TestAccounts(this.mvc);
	}

	private TestUser user(String name, String locale) throws Exception {
		return accounts().register(TestAccounts.uniqueEmail(name.toLowerCase()), TestAccounts.PASSWORD, name, locale);
	}

	private static Learner as(TestUser user) {
		return new Learner(user.client());
	}

	private static MvcResult offer(TestUser mentor, String email) throws Exception {
		return as(mentor).post("/api/me/mentees", Json.object("email", email)).andReturn();
	}

	private static Map<String, Object> mentorship(TestUser user, String id) throws Exception {
		List<Map<String, Object>> all = Json.read(as(user).body("/api/mentorships"), "$");
		return all.stream().filter((m) -> id.equals(m.get("id"))).findFirst().orElse(null);
	}

	@Test
	void aMentorOffersAndTheLearnerAccepts() throws Exception {
		TestUser mentor = user("Sato", "en");
		TestUser learner = user("Hana", "en");

		MvcResult offered = offer(mentor, learner.email());
		assertThat(offered.getResponse().getStatus()).isEqualTo(201);
		String id = Json.read(offered, "$.id");
		assertThat(Json.<String>read(offered, "$.status")).isEqualTo("pending");
		assertThat(Json.<String>read(offered, "$.offeredBy")).isEqualTo("mentor");
		assertThat(Json.<String>read(offered, "$.myRole")).isEqualTo("mentor");
		assertThat(Json.<Map<String, Object>>read(offered, "$.mentee")).containsEntry("id", null)
			.containsEntry("displayName", null);
		assertThat(Json.<String>read(offered, "$.mentor.displayName")).isEqualTo("Sato");
		assertThat(Json.<String>read(offered, "$.invitedEmail")).isEqualTo(learner.email());

		// the learner sees who offers, and may answer; the mentor may not accept for them
		Map<String, Object> seen = mentorship(learner, id);
		assertThat(seen).containsEntry("myRole", "mentee").containsEntry("offeredBy", "mentor");
		assertThat(seen.get("invitedEmail")).isNull();
		assertThat((Map<String, Object>) seen.get("mentor")).containsEntry("displayName", "Sato");
		as(mentor).post("/api/mentorships/" + id + "/accept", "{}").andExpect(status().isNotFound());
		as(mentor).get("/api/mentees/" + learner.id() + "/skills").andExpect(status().isNotFound());
		awaitKind(learner, "mentor-offered", "Sato offered to be your mentor.");

		as(learner).post("/api/mentorships/" + id + "/accept", "{}").andExpect(status().isOk());

		as(mentor).get("/api/mentees/" + learner.id() + "/skills").andExpect(status().isOk());
		assertThat((Map<String, Object>) mentorship(mentor, id).get("mentee")).containsEntry("displayName", "Hana");
		awaitKind(mentor, "mentor-offer-accepted", "Hana accepted your offer to be their mentor.");
		List<String> trail = Json.read(as(learner).in("en").body("/api/me/audit"), "$.entries[*].text");
		assertThat(trail).contains("You accepted Sato's offer to be your mentor.");
		List<String> mentorTrail = Json.read(as(mentor).in("en").body("/api/me/audit"), "$.entries[*].text");
		assertThat(mentorTrail).contains("You offered to mentor " + learner.email() + ".");
	}

	@Test
	void aLearnerDeclinesAnOfferAndTheMentorSeesNothing() throws Exception {
		TestUser mentor = user("Sato", "en");
		TestUser learner = user("Hana", "ja");
		String id = Json.read(offer(mentor, learner.email()), "$.id");

		as(learner).post("/api/mentorships/" + id + "/decline", "{}").andExpect(status().isOk());

		as(mentor).get("/api/mentees/" + learner.id()).andExpect(status().isNotFound());
		assertThat(mentorship(mentor, id)).as("no longer open").isNull();
		awaitKind(mentor, "mentor-offer-declined", "Hana declined your offer to be their mentor.");
		// the same address may be offered again
		assertThat(offer(mentor, learner.email()).getResponse().getStatus()).isEqualTo(201);
		assertThat(offer(mentor, learner.email()).getResponse().getStatus()).as("but not twice at once").isEqualTo(409);
	}

	@Test
	void anOfferToAnAddressWithoutAnAccountWaitsForItToRegister() throws Exception {
		TestUser mentor = user("Sato", "en");
		String address = TestAccounts.uniqueEmail("later");
		String id = Json.read(offer(mentor, address), "$.id");

		TestUser later = accounts().register(address, TestAccounts.PASSWORD, "Later", "en");

		Map<String, Object> waiting = mentorship(later, id);
		assertThat(waiting).containsEntry("status", "pending").containsEntry("myRole", "mentee");
		awaitKind(later, "mentor-offered", "Sato offered to be your mentor.");
		as(later).post("/api/mentorships/" + id + "/accept", "{}").andExpect(status().isOk());
		as(mentor).get("/api/mentees/" + later.id()).andExpect(status().isOk());
	}

	@Test
	void aLearnerWhoInvitesAMentorSeesOnlyTheAddressUntilAccepted() throws Exception {
		TestUser learner = user("Hana", "en");
		TestUser mentor = user("Sato", "en");
		String id = Mentoring.invite(learner, mentor.email()).toString();

		Map<String, Object> pending = mentorship(learner, id);
		assertThat((Map<String, Object>) pending.get("mentor")).containsEntry("id", null)
			.containsEntry("displayName", null);
		assertThat(pending).containsEntry("invitedEmail", mentor.email()).containsEntry("offeredBy", "mentee");

		Mentoring.accept(mentor, UUID.fromString(id));
		assertThat((Map<String, Object>) mentorship(learner, id).get("mentor")).containsEntry("displayName", "Sato")
			.containsEntry("id", mentor.id().toString());
	}

	@Test
	void eitherDirectionCountsAsTheOpenMentorship() throws Exception {
		TestUser learner = user("Hana", "en");
		TestUser mentor = user("Sato", "en");
		Mentoring.activate(learner, mentor);
		assertThat(offer(mentor, learner.email()).getResponse().getStatus()).isEqualTo(409);
		assertThat(offer(mentor, mentor.email()).getResponse().getStatus()).as("my own address").isEqualTo(400);
	}

	@Test
	void withdrawingAnOfferOrAnInvitationTellsTheOtherSideItIsWithdrawn() throws Exception {
		TestUser mentor = user("Sato", "en");
		TestUser learner = user("Hana", "en");
		String offerId = Json.read(offer(mentor, learner.email()), "$.id");
		awaitKind(learner, "mentor-offered", "Sato offered to be your mentor.");
		long unread = Json.<Integer>read(as(learner).body("/api/me/notifications/unread-count"), "$.unread");

		as(mentor).delete("/api/mentorships/" + offerId).andExpect(status().isNoContent());

		Map<String, Object> withdrawn = await().atMost(DELIVERY)
			.until(() -> notification(learner, "mentor-offered"), (n) -> Boolean.TRUE.equals(n.get("withdrawn")));
		assertThat(withdrawn).containsEntry("read", true).containsEntry("link", null);
		assertThat((String) withdrawn.get("text")).isEqualTo("Sato offered to be your mentor. (Withdrawn.)");
		assertThat(Json.<Integer>read(as(learner).body("/api/me/notifications/unread-count"), "$.unread"))
			.isEqualTo((int) unread - 1);
		assertThat(mentorship(learner, offerId)).isNull();
		List<String> trail = Json.read(as(learner).in("en").body("/api/me/audit"), "$.entries[*].action");
		assertThat(trail).contains("mentor-offer-withdrawn");

		// the learner's invitation, withdrawn: the mentor's bell says so
		String invitation = Mentoring.invite(learner, mentor.email()).toString();
		awaitKind(mentor, "mentor-invited", "Hana invited you to be their mentor.");
		as(learner).delete("/api/mentorships/" + invitation).andExpect(status().isNoContent());
		await().atMost(DELIVERY)
			.until(() -> notification(mentor, "mentor-invited"), (n) -> Boolean.TRUE.equals(n.get("withdrawn")));
		List<String> own = Json.read(as(learner).in("en").body("/api/me/audit"), "$.entries[*].text");
		assertThat(own).contains("You withdrew your invitation to " + mentor.email() + " to be your mentor.");
	}

	/**
	 * The answer must not tell who has an account: the same fields, with the same values
	 * but for the id and time, the same SQL statements, and no difference in time beyond
	 * noise, for an address with an account and one without.
	 */
	@Test
	void theAnswerIsTheSameForAKnownAndAnUnknownAddress() throws Exception {
		for (String route : List.of("/api/me/mentors", "/api/me/mentees")) {
			TestUser inviter = user("Inviter", "en");
			TestUser known = user("Known", "en");
			String unknown = TestAccounts.uniqueEmail("nobody");

			List<String> knownSql = new ArrayList<>();
			List<String> unknownSql = new ArrayList<>();
			MvcResult[] answers = new MvcResult[2];
			knownSql.addAll(SqlStatementCounter.count(() -> answers[0] = invite(inviter, route, known.email())));
			unknownSql.addAll(SqlStatementCounter.count(() -> answers[1] = invite(inviter, route, unknown)));

			assertThat(answers[0].getResponse().getStatus()).isEqualTo(201);
			assertThat(answers[1].getResponse().getStatus()).isEqualTo(201);
			assertThat(shape(Json.body(answers[0]))).as("%s: the same fields, the same values but id and time", route)
				.isEqualTo(shape(Json.body(answers[1])));
			assertThat(Json.<String>read(answers[0], "$.invitedEmail")).isEqualTo(known.email());
			assertThat(Json.<String>read(answers[1], "$.invitedEmail")).isEqualTo(unknown);
			assertThat(knownSql).as("%s: the same statements run", route).isEqualTo(unknownSql);
			assertThat(answers[0].getResponse().getHeaderNames()).isEqualTo(answers[1].getResponse().getHeaderNames());

			// timing: medians of interleaved runs; the bound is generous (noise on a
			// shared machine), a real difference (a lookup more, a mail sent inline) is
			// not
			long[] knownTimes = new long[15];
			long[] unknownTimes = new long[15];
			for (int i = 0; i < knownTimes.length; i++) {
				end(inviter, Json.read(answers[0], "$.id"));
				end(inviter, Json.read(answers[1], "$.id"));
				long start = System.nanoTime();
				answers[0] = invite(inviter, route, known.email());
				knownTimes[i] = System.nanoTime() - start;
				start = System.nanoTime();
				answers[1] = invite(inviter, route, unknown);
				unknownTimes[i] = System.nanoTime() - start;
				assertThat(answers[0].getResponse().getStatus()).isEqualTo(201);
				assertThat(answers[1].getResponse().getStatus()).isEqualTo(201);
			}
			double knownMedian = median(knownTimes) / 1e6;
			double unknownMedian = median(unknownTimes) / 1e6;
			assertThat(Math.abs(knownMedian - unknownMedian))
				.as("%s: median %.1f ms (known) against %.1f ms (unknown)", route, knownMedian, unknownMedian)
				.isLessThanOrEqualTo(Math.max(25.0, 0.5 * Math.max(knownMedian, unknownMedian)));
		}
	}

	private static MvcResult invite(TestUser inviter, String route, String email) throws Exception {
		return as(inviter).post(route, Json.object("email", email)).andReturn();
	}

	private static void end(TestUser inviter, String id) throws Exception {
		as(inviter).delete("/api/mentorships/" + id).andExpect(status().isNoContent());
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
	}

	/**
	 * The body's fields, recursively, each with its value, but {@code id},
	 * {@code createdAt} and {@code invitedEmail} (which differ by nature) with their type
	 * only.
	 */
	private static Map<String, String> shape(String json) {
		Map<String, String> fields = new TreeMap<>();
		shape("", JsonMapper.builder().build().readTree(json), fields);
		return fields;
	}

	private static void shape(String path, JsonNode node, Map<String, String> fields) {
		if (node.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> properties = node.properties().iterator();
			while (properties.hasNext()) {
				Map.Entry<String, JsonNode> property = properties.next();
				shape(path + "." + property.getKey(), property.getValue(), fields);
			}
			fields.put(path, "object");
			return;
		}
		boolean differsByNature = path.equals(".id") || path.equals(".createdAt") || path.equals(".invitedEmail");
		fields.put(path, differsByNature ? node.getNodeType().toString() : node.toString());
	}

	private Map<String, Object> notification(TestUser user, String kind) throws Exception {
		List<Map<String, Object>> items = Json.read(as(user).in("en").body("/api/me/notifications"), "$.items");
		return items.stream().filter((n) -> kind.equals(n.get("kind"))).findFirst().orElse(Map.of());
	}

	private void awaitKind(TestUser user, String kind, String text) {
		Map<String, Object> found = await().atMost(DELIVERY).until(() -> notification(user, kind), (n) -> !n.isEmpty());
		assertThat(found).containsEntry("text", text);
	}

}

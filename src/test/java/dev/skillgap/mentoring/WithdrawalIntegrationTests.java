package dev.skillgap.mentoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.Mentoring;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.Teams;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The author withdraws what they sent: a review, a suggestion not yet answered, an
 * invitation to a team. It is gone for the other person, kept on their audit trail, and
 * their bell says it was withdrawn.
 */
@IntegrationTest
class WithdrawalIntegrationTests {

	static final Duration DELIVERY = Duration.ofSeconds(30);

	@Autowired
	MockMvc mvc;

	private TestUser user(String name) throws Exception {
		return new TestAccounts(this.mvc).register(TestAccounts.uniqueEmail(name.toLowerCase()), TestAccounts.PASSWORD,
				name, "en");
	}

	private static Learner as(TestUser user) {
		return new Learner(user.client());
	}

	@Test
	void theAuthorWithdrawsAReview() throws Exception {
		TestUser mentee = user("Hana");
		TestUser mentor = user("Sato");
		TestUser otherMentor = user("Ito");
		Mentoring.activate(mentee, mentor);
		Mentoring.activate(mentee, otherMentor);
		UUID review = Mentoring.review(mentor, mentee, "Good progress");
		Mentoring.reply(mentee, review, "Thanks");
		awaitNotification(mentee, "review-written");
		String path = "/api/mentees/" + mentee.id() + "/reviews/" + review;

		as(otherMentor).delete(path).andExpect(status().isNotFound());
		as(mentee).delete(path).andExpect(status().isNotFound());
		as(mentor).delete(path).andExpect(status().isNoContent());
		as(mentor).delete(path).andExpect(status().isNotFound());

		assertThat(Json.<List<Object>>read(as(mentee).body("/api/me/reviews"), "$")).isEmpty();
		assertThat(Json.<List<Object>>read(as(mentor).body("/api/mentees/" + mentee.id() + "/reviews"), "$")).isEmpty();
		as(mentee).post("/api/me/reviews/" + review + "/replies", Json.object("body", "Hello?"))
			.andExpect(status().isNotFound());
		assertThat(Json.<List<String>>read(as(mentee).body("/api/me/audit"), "$.entries[*].text"))
			.contains("Your mentor Sato withdrew a review of your progress.");
		Map<String, Object> told = await().atMost(DELIVERY)
			.until(() -> notification(mentee, "review-written"), (n) -> Boolean.TRUE.equals(n.get("withdrawn")));
		assertThat((String) told.get("text")).endsWith("(Withdrawn.)");
	}

	@Test
	void theMentorWithdrawsASuggestionUntilItIsAnswered() throws Exception {
		TestUser mentee = user("Hana");
		TestUser mentor = user("Sato");
		Mentoring.activate(mentee, mentor);
		UUID suggestion = Mentoring.suggest(mentor, mentee, "lpic-1");
		UUID answered = Mentoring.suggest(mentor, mentee, "lpic-2");
		as(mentee).post("/api/me/plan/suggestions/" + answered + "/decline", "{}").andExpect(status().isOk());
		String base = "/api/mentees/" + mentee.id() + "/suggestions/";

		as(mentee).delete(base + suggestion).andExpect(status().isNotFound());
		as(mentor).delete(base + answered).andExpect(status().isConflict());
		as(mentor).delete(base + suggestion).andExpect(status().isNoContent());

		assertThat(Json.<List<Object>>read(as(mentee).body("/api/me/plan"), "$.suggestions")).isEmpty();
		assertThat(Json.<List<String>>read(as(mentor).body("/api/mentees/" + mentee.id() + "/suggestions"),
				"$[?(@.itemCode == 'lpic-1')].status"))
			.containsExactly("withdrawn");
		as(mentee).post("/api/me/plan/suggestions/" + suggestion + "/accept", "{}").andExpect(status().isConflict());
		assertThat(Json.<List<String>>read(as(mentee).body("/api/me/audit"), "$.entries[*].action"))
			.contains("suggestion-withdrawn");
		Map<String, Object> told = await().atMost(DELIVERY)
			.until(() -> notification(mentee, "item-suggested", "LPIC-1"),
					(n) -> Boolean.TRUE.equals(n.get("withdrawn")));
		assertThat(notification(mentee, "item-suggested", "LPIC-2")).containsEntry("withdrawn", false);
		assertThat(notification(mentee, "team-item-suggested")).as("nothing of a lead's").isEmpty();
		assertThat((String) told.get("text")).endsWith("(Withdrawn.)");
		// suggested again: a new suggestion
		assertThat(Mentoring.suggest(mentor, mentee, "lpic-1")).isNotEqualTo(suggestion);
	}

	@Test
	void aLeadWithdrawsAnInvitationToATeam() throws Exception {
		TestUser lead = user("Ito");
		TestUser invited = user("Kato");
		UUID team = Teams.create(lead, "Ops");
		UUID invitation = Teams.invite(lead, team, invited.email());
		awaitNotification(invited, "team-invited");

		as(lead).delete("/api/teams/" + team + "/invitations/" + invitation).andExpect(status().isNoContent());

		assertThat(Json.<List<Object>>read(as(invited).body("/api/me/team-invitations"), "$")).isEmpty();
		Map<String, Object> told = await().atMost(DELIVERY)
			.until(() -> notification(invited, "team-invited"), (n) -> Boolean.TRUE.equals(n.get("withdrawn")));
		assertThat(told).containsEntry("read", true).containsEntry("link", null);
		assertThat(Json.<List<String>>read(as(invited).body("/api/me/audit"), "$.entries[*].action"))
			.contains("team-invitation-withdrawn");
	}

	private Map<String, Object> notification(TestUser user, String kind) throws Exception {
		return notification(user, kind, "");
	}

	private Map<String, Object> notification(TestUser user, String kind, String about) throws Exception {
		List<Map<String, Object>> items = Json.read(as(user).body("/api/me/notifications"), "$.items");
		return items.stream()
			.filter((n) -> kind.equals(n.get("kind")) && ((String) n.get("text")).contains(about))
			.findFirst()
			.orElse(Map.of());
	}

	private void awaitNotification(TestUser user, String kind) {
		await().atMost(DELIVERY).until(() -> notification(user, kind), (n) -> !n.isEmpty());
	}

}

package dev.skillgap.teams;

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
 * Every suggestion, notification and audit line names its true source: a lead's
 * suggestion is never "from your mentor".
 */
@IntegrationTest
class SuggestionSourceIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void aLeadsSuggestionNamesTheTeamAndAMentorsTheMentor() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		TestUser learner = accounts.register(TestAccounts.uniqueEmail("learner"), TestAccounts.PASSWORD, "Hana", "ja");
		TestUser lead = accounts.register(TestAccounts.uniqueEmail("lead"), TestAccounts.PASSWORD, "Ito", "en");
		TestUser mentor = accounts.register(TestAccounts.uniqueEmail("mentor"), TestAccounts.PASSWORD, "Sato", "en");
		UUID team = Teams.create(lead, "Platform");
		Teams.join(lead, team, learner);
		Mentoring.activate(learner, mentor);

		new Learner(lead.client())
			.post("/api/teams/" + team + "/suggestions",
					Json.object("itemCode", "lpic-1", "memberIds", List.of(learner.id().toString())))
			.andExpect(status().isCreated());
		Mentoring.suggest(mentor, learner, "lpic-2");

		Learner me = new Learner(learner.client());
		List<Map<String, Object>> suggestions = me.read("/api/me/plan", "$.suggestions");
		assertThat(suggestions)
			.extracting((s) -> ((Map<String, Object>) s.get("item")).get("code"),
					(s) -> ((Map<String, Object>) s.get("source")).get("kind"),
					(s) -> ((Map<String, Object>) s.get("source")).get("teamName"),
					(s) -> ((Map<String, Object>) s.get("suggestedBy")).get("displayName"))
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("lpic-1", "team", "Platform", "Ito"),
					org.assertj.core.groups.Tuple.tuple("lpic-2", "mentor", null, "Sato"));

		List<String> english = await().atMost(Duration.ofSeconds(30))
			.until(() -> texts(me.in("en")), (texts) -> texts.size() >= 2);
		assertThat(english).contains(
				"Ito, lead of the team Platform, suggested LPIC-1 Linux Administrator for your " + "learning plan.");
		assertThat(english).anySatisfy((text) -> assertThat(text).startsWith("Your mentor Sato suggested "));
		assertThat(texts(me.in("ja"))).anySatisfy((text) -> assertThat(text).startsWith("チーム「Platform」のリーダーの Ito さんが"))
			.noneSatisfy((text) -> assertThat(text).startsWith("メンターの Ito"));

		List<String> trail = me.in("en").read("/api/me/audit", "$.entries[*].text");
		assertThat(trail).contains("Ito, lead of the team Platform, suggested LPIC-1 Linux Administrator.")
			.anySatisfy((text) -> assertThat(text).startsWith("Your mentor Sato suggested "));
	}

	private static List<String> texts(Learner learner) throws Exception {
		List<Map<String, Object>> items = learner.read("/api/me/notifications", "$.items");
		return items.stream()
			.filter((n) -> ((String) n.get("kind")).endsWith("item-suggested"))
			.map((n) -> (String) n.get("text"))
			.toList();
	}

}

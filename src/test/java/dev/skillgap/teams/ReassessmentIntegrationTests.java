package dev.skillgap.teams;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.Teams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A lead asks members to reassess: each member only about their own stale skills among
 * those chosen, exactly the (member x skill) rows the lead picked; the member's bell and
 * their list of requests name exactly those skills, until they reassessed them.
 */
@IntegrationTest
class ReassessmentIntegrationTests {

	static final String LINUX = "linux-administration";

	static final String NETWORK = "network-fundamentals";

	static final String CICD = "ci-cd";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TestUser lead;

	TestUser kato;

	TestUser mori;

	UUID team;

	/**
	 * Kato: Linux and network stale (8 months). Mori: CI/CD stale (8 months), network
	 * fresh.
	 */
	@BeforeEach
	void team() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		this.lead = accounts.register(TestAccounts.uniqueEmail("lead"), TestAccounts.PASSWORD, "Ito", "en");
		this.kato = accounts.register(TestAccounts.uniqueEmail("kato"), TestAccounts.PASSWORD, "Kato", "en");
		this.mori = accounts.register(TestAccounts.uniqueEmail("mori"), TestAccounts.PASSWORD, "Mori", "ja");
		this.team = Teams.seed(this.jdbc, "Ops", this.lead.id(), List.of(this.kato.id(), this.mori.id()));
		level(this.kato.id(), LINUX, 3, "8 months");
		level(this.kato.id(), NETWORK, 2, "8 months");
		level(this.mori.id(), CICD, 3, "8 months");
		level(this.mori.id(), NETWORK, 3, "2 days");
	}

	@Test
	void everyMemberIsAskedOnlyAboutTheirOwnStaleSkills() throws Exception {
		MvcResult asked = ask(Json.object("memberIds", List.of(this.kato.id().toString(), this.mori.id().toString()),
				"skillCodes", List.of(LINUX, NETWORK, CICD)));

		assertThat(asked.getResponse().getStatus()).isEqualTo(201);
		assertThat(askedOf(asked)).containsOnly(Map.entry(this.kato.id().toString(), List.of(LINUX, NETWORK)),
				Map.entry(this.mori.id().toString(), List.of(CICD)));
		assertThat(mine(this.mori)).singleElement().satisfies((request) -> {
			assertThat(request).containsEntry("skillCodes", List.of(CICD));
			assertThat((Map<String, Object>) request.get("team")).containsEntry("name", "Ops");
			assertThat((Map<String, Object>) request.get("requestedBy")).containsEntry("displayName", "Ito");
		});
	}

	@Test
	void theLeadPicksExactlyTheRowsToSend() throws Exception {
		MvcResult asked = ask(Json.object("rows",
				List.of(Map.of("memberId", this.kato.id().toString(), "skillCode", NETWORK),
						Map.of("memberId", this.mori.id().toString(), "skillCode", CICD),
						// fresh for Mori: left out
						Map.of("memberId", this.mori.id().toString(), "skillCode", NETWORK))));

		assertThat(askedOf(asked)).containsOnly(Map.entry(this.kato.id().toString(), List.of(NETWORK)),
				Map.entry(this.mori.id().toString(), List.of(CICD)));
		String id = Json.read(asked, "$.id");

		Map<String, Object> told = await().atMost(Duration.ofSeconds(30))
			.until(() -> notification(this.kato, "reassessment-requested"), (n) -> !n.isEmpty());
		assertThat(told).containsEntry("link", "/skills?reassess=" + id);
		assertThat((String) told.get("text")).startsWith("Ito, lead of the team Ops, asked you to reassess ")
			.doesNotContain("Linux");
		assertThat(mine(this.kato)).singleElement()
			.satisfies((r) -> assertThat(r).containsEntry("id", id)
				.containsEntry("skillCodes", List.of(NETWORK))
				.containsEntry("reassessedSkillCodes", List.of()));
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'team-reassessment-requested'"
					+ " and detail ->> 'teamId' = :team and subject_id = :kato and detail ->> 'skillCodes' = :skills")
			.param("team", this.team.toString())
			.param("kato", this.kato.id())
			.param("skills", NETWORK)
			.query(Long.class)
			.single()).isEqualTo(1);

		// once reassessed, the request is done
		new Learner(this.kato.client()).putLevel(NETWORK, 3).andExpect(status().isOk());
		assertThat(mine(this.kato)).isEmpty();
	}

	@Test
	void theStaleAgeIsTheOneTheLeadLookedAt() throws Exception {
		level(this.kato.id(), "aws", 2, "4 months");
		MvcResult sixMonths = ask(
				Json.object("memberIds", List.of(this.kato.id().toString()), "skillCodes", List.of("aws")));
		assertThat(askedOf(sixMonths)).isEmpty();
		MvcResult threeMonths = ask(Json.object("memberIds", List.of(this.kato.id().toString()), "skillCodes",
				List.of("aws"), "months", 3));
		assertThat(askedOf(threeMonths)).containsOnly(Map.entry(this.kato.id().toString(), List.of("aws")));
		MvcResult invalid = ask(Json.object("months", 0));
		assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
	}

	@Test
	void whatTheTeamsCycleSaysIsDueMayBeAskedAboutToo() throws Exception {
		// due in about 5 days under a 6-month cycle (reminded 14 days before): not 6
		// months old yet
		level(this.kato.id(), "aws", 2, "6 months - 5 days");
		new Learner(this.lead.client()).put("/api/teams/" + this.team + "/reassessment-cycle", Json.object("months", 6))
			.andExpect(status().isOk());
		String rows = Json.object("rows", List.of(Map.of("memberId", this.kato.id().toString(), "skillCode", "aws"),
				// fresh for Mori and not due: left out
				Map.of("memberId", this.mori.id().toString(), "skillCode", NETWORK)), "months", 6);

		assertThat(askedOf(ask(rows))).containsOnly(Map.entry(this.kato.id().toString(), List.of("aws")));

		new Learner(this.lead.client()).delete("/api/teams/" + this.team + "/reassessment-cycle")
			.andExpect(status().isNoContent());
		assertThat(askedOf(ask(rows))).as("without the cycle it is not due, and not stale").isEmpty();
	}

	private MvcResult ask(String body) throws Exception {
		return new Learner(this.lead.client()).post("/api/teams/" + this.team + "/reassessment-requests", body)
			.andReturn();
	}

	private static Map<String, List<String>> askedOf(MvcResult result) {
		List<Map<String, Object>> asked = Json.read(result, "$.asked");
		Map<String, List<String>> byMember = new java.util.HashMap<>();
		asked.forEach((a) -> byMember.put((String) a.get("memberId"), (List<String>) a.get("skillCodes")));
		return byMember;
	}

	private List<Map<String, Object>> mine(TestUser user) throws Exception {
		return Json.read(new Learner(user.client()).body("/api/me/reassessment-requests"), "$");
	}

	private Map<String, Object> notification(TestUser user, String kind) throws Exception {
		List<Map<String, Object>> items = Json.read(new Learner(user.client()).body("/api/me/notifications"),
				"$.items");
		return items.stream().filter((n) -> kind.equals(n.get("kind"))).findFirst().orElse(Map.of());
	}

	private void level(UUID account, String skill, int level, String ago) {
		this.jdbc.sql("""
				insert into skill_assessment (account_id, skill_code, level, source, assessed_by, assessed_at)
				values (:account, :skill, :level, 'self', :account, now() - cast(:ago as interval))
				""").param("account", account).param("skill", skill).param("level", level).param("ago", ago).update();
	}

}

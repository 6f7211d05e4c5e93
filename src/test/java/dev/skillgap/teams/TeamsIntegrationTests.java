package dev.skillgap.teams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.ProblemDetails;
import dev.skillgap.SqlStatementCounter;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.Teams;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Teams through the API, as their people use them: create, invite (also an address that
 * registers later), accept, decline, withdraw, leave, remove, the last lead, roles,
 * target roles and targets; what each person sees, and nothing for outsiders and former
 * members.
 */
@IntegrationTest
class TeamsIntegrationTests {

	static final Duration EVENTS = Duration.ofSeconds(30);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TestAccounts accounts() {
		return new TestAccounts(this.mvc);
	}

	TestUser named(String name) throws Exception {
		return accounts().register(TestAccounts.uniqueEmail(), TestAccounts.PASSWORD, name, "en");
	}

	@Test
	void aLeadCreatesInvitesAndSeesTheMembersWhoSeeOnlyTheLeads() throws Exception {
		TestUser lead = named("Lead Aoki");
		TestUser member = named("Member Baba");
		TestUser pending = named("Pending Chiba");
		lead.client()
			.perform(json(post("/api/teams"), Json.object("name", "  Platform team  ")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Platform team"))
			.andExpect(jsonPath("$.myRole").value("lead"))
			.andExpect(jsonPath("$.memberCount").value(1))
			.andExpect(jsonPath("$.leadCount").value(1))
			.andExpect(jsonPath("$.createdAt").isNotEmpty());
		UUID team = UUID.fromString(Json.read(lead.client().perform(get("/api/teams")).andReturn(), "$[0].id"));

		lead.client()
			.perform(json(post("/api/teams/" + team + "/invitations"), Json.object("email", member.email())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("pending"))
			.andExpect(jsonPath("$.role").value("member"))
			.andExpect(jsonPath("$.team.name").value("Platform team"));
		Teams.invite(lead, team, pending.email());
		// nothing before accepting
		member.client().perform(get("/api/teams/" + team)).andExpect(status().isNotFound());
		MvcResult mine = member.client()
			.perform(get("/api/me/team-invitations"))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].team.id").value(team.toString()))
			.andExpect(jsonPath("$[0].role").value("member"))
			.andExpect(jsonPath("$[0].invitedBy.displayName").value("Lead Aoki"))
			.andReturn();
		member.client()
			.perform(post("/api/me/team-invitations/" + Json.read(mine, "$[0].id") + "/accept"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(team.toString()))
			.andExpect(jsonPath("$.myRole").value("member"))
			.andExpect(jsonPath("$.memberCount").value(2));
		member.client().perform(get("/api/me/team-invitations")).andExpect(jsonPath("$.length()").value(0));

		lead.client()
			.perform(get("/api/teams/" + team))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members[*].displayName", containsInAnyOrder("Lead Aoki", "Member Baba")))
			.andExpect(jsonPath("$.invitations.length()").value(1))
			.andExpect(jsonPath("$.invitations[0].email").value(pending.email().toLowerCase()))
			.andExpect(jsonPath("$.invitations[0].invitedBy.id").value(lead.id().toString()));
		member.client()
			.perform(get("/api/teams/" + team))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.myRole").value("member"))
			.andExpect(jsonPath("$.memberCount").value(2))
			.andExpect(jsonPath("$.members.length()").value(1))
			.andExpect(jsonPath("$.members[0].displayName").value("Lead Aoki"))
			.andExpect(jsonPath("$.invitations.length()").value(0));
		member.client().perform(get("/api/teams")).andExpect(jsonPath("$[0].myRole").value("member"));
	}

	@Test
	void invitationsAreDeclinedOrWithdrawnAndThenGone() throws Exception {
		TestUser lead = accounts().register();
		TestUser decliner = accounts().register();
		TestUser withdrawn = accounts().register();
		UUID team = Teams.create(lead, "Declines");
		UUID first = Teams.invite(lead, team, decliner.email());
		// only the invited person answers
		lead.client().perform(post("/api/me/team-invitations/" + first + "/accept")).andExpect(status().isNotFound());
		withdrawn.client()
			.perform(post("/api/me/team-invitations/" + first + "/decline"))
			.andExpect(status().isNotFound());
		decliner.client()
			.perform(post("/api/me/team-invitations/" + first + "/decline"))
			.andExpect(status().isNoContent());
		decliner.client()
			.perform(post("/api/me/team-invitations/" + first + "/accept"))
			.andExpect(status().isNotFound());
		decliner.client().perform(get("/api/teams/" + team)).andExpect(status().isNotFound());
		// declined: a new invitation is possible
		Teams.invite(lead, team, decliner.email());

		UUID second = Teams.invite(lead, team, withdrawn.email());
		lead.client()
			.perform(delete("/api/teams/" + team + "/invitations/" + second))
			.andExpect(status().isNoContent());
		lead.client().perform(delete("/api/teams/" + team + "/invitations/" + second)).andExpect(status().isNotFound());
		withdrawn.client().perform(get("/api/me/team-invitations")).andExpect(jsonPath("$.length()").value(0));
		withdrawn.client()
			.perform(post("/api/me/team-invitations/" + second + "/accept"))
			.andExpect(status().isNotFound());
		lead.client()
			.perform(get("/api/teams/" + team))
			.andExpect(jsonPath("$.invitations[*].email", containsInAnyOrder(decliner.email().toLowerCase())));
	}

	@Test
	void anInvitationTwiceOrToSomeoneOnTheTeamIsAConflictNamingTheEmail() throws Exception {
		TestUser lead = accounts().register();
		TestUser member = accounts().register();
		UUID team = Teams.create(lead, "Conflicts");
		Teams.join(lead, team, member);
		String waiting = TestAccounts.uniqueEmail("waiting");
		Teams.invite(lead, team, waiting);

		expectProblem(
				lead.client()
					.perform(json(post("/api/teams/" + team + "/invitations"), Json.object("email", member.email()))),
				409, "email")
			.andExpect(jsonPath("$.detail").value(containsString("already on the team")));
		expectProblem(
				lead.client()
					.perform(json(post("/api/teams/" + team + "/invitations"), Json.object("email", lead.email()))),
				409, "email");
		expectProblem(lead.client()
			.perform(json(post("/api/teams/" + team + "/invitations"), Json.object("email", waiting.toUpperCase()))),
				409, "email")
			.andExpect(jsonPath("$.detail").value(containsString("pending invitation")));
		expectProblem(lead.client()
			.perform(json(post("/api/teams/" + team + "/invitations"),
					Json.object("email", TestAccounts.uniqueEmail(), "role", "boss"))),
				400, "role");
		expectProblem(
				lead.client()
					.perform(json(post("/api/teams/" + team + "/invitations"), Json.object("email", "not an address"))),
				400, "email");
		// a member does not invite
		expectProblem(member.client()
			.perform(json(post("/api/teams/" + team + "/invitations"),
					Json.object("email", TestAccounts.uniqueEmail()))),
				403, null);
	}

	@Test
	void aTeamNeedsANameOfAtMostOneHundredCharacters() throws Exception {
		TestUser lead = accounts().register();
		expectProblem(lead.client().perform(json(post("/api/teams"), Json.object("name", "   "))), 400, "name");
		// white space of any kind, such as an ideographic space
		expectProblem(lead.client().perform(json(post("/api/teams"), Json.object("name", "\u3000 \u3000"))), 400,
				"name");
		expectProblem(lead.client().perform(json(post("/api/teams"), Json.object("name", "x".repeat(101)))), 400,
				"name");
		UUID team = Teams.create(lead, "x".repeat(100));
		lead.client()
			.perform(json(patch("/api/teams/" + team), Json.object("name", "Renamed")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Renamed"))
			.andExpect(jsonPath("$.members.length()").value(1));
		expectProblem(lead.client().perform(json(patch("/api/teams/" + team), Json.object("name", ""))), 400, "name");
	}

	@Test
	void aTeamsNameIsUniqueAmongTheTeamsItsCreatorCreated() throws Exception {
		TestUser lead = accounts().register();
		TestUser other = accounts().register();
		UUID platform = Teams.create(lead, "Platform");
		// the same name, whatever its case and spaces: 409 naming the field, nothing
		// created
		expectProblem(lead.client().perform(json(post("/api/teams"), Json.object("name", " platform "))), 409, "name");
		lead.client().perform(get("/api/teams")).andExpect(jsonPath("$.length()").value(1));
		// someone else may use it
		Teams.create(other, "Platform");
		// renaming into it is refused too, renaming a team to its own name is not
		UUID network = Teams.create(lead, "Network");
		expectProblem(lead.client().perform(json(patch("/api/teams/" + network), Json.object("name", "PLATFORM"))), 409,
				"name");
		lead.client()
			.perform(json(patch("/api/teams/" + platform), Json.object("name", "Platform")))
			.andExpect(status().isOk());
		lead.client()
			.perform(json(patch("/api/teams/" + network), Json.object("name", "Platform 2")))
			.andExpect(status().isOk());
	}

	@Test
	void membersLeaveLeadsRemoveAndTheLastLeadStays() throws Exception {
		TestUser lead = accounts().register();
		TestUser first = accounts().register();
		TestUser second = accounts().register();
		TestUser third = accounts().register();
		UUID team = Teams.create(lead, "Moves");
		Teams.join(lead, team, first);
		Teams.join(lead, team, second);
		Teams.join(lead, team, third);

		// a member removing another: 403, whoever the other is
		expectProblem(first.client().perform(delete("/api/teams/" + team + "/members/" + second.id())), 403, null);
		expectProblem(first.client().perform(delete("/api/teams/" + team + "/members/" + UUID.randomUUID())), 403,
				null);
		// a member leaves; then sees nothing
		first.client()
			.perform(delete("/api/teams/" + team + "/members/" + first.id()))
			.andExpect(status().isNoContent());
		first.client().perform(get("/api/teams/" + team)).andExpect(status().isNotFound());
		first.client().perform(get("/api/teams")).andExpect(jsonPath("$.length()").value(0));
		// a lead removes; the removed one sees nothing
		lead.client()
			.perform(delete("/api/teams/" + team + "/members/" + second.id()))
			.andExpect(status().isNoContent());
		second.client().perform(get("/api/teams/" + team + "/targets")).andExpect(status().isNotFound());
		lead.client()
			.perform(delete("/api/teams/" + team + "/members/" + second.id()))
			.andExpect(status().isNotFound());

		// the last lead can neither leave nor be demoted
		expectProblem(lead.client().perform(delete("/api/teams/" + team + "/members/" + lead.id())), 409, null)
			.andExpect(jsonPath("$.detail").value(containsString("last lead")));
		expectProblem(lead.client()
			.perform(
					json(put("/api/teams/" + team + "/members/" + lead.id() + "/role"), Json.object("role", "member"))),
				409, "role");
		// promote a member: now the first lead may go
		lead.client()
			.perform(json(put("/api/teams/" + team + "/members/" + third.id() + "/role"), Json.object("role", "lead")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(third.id().toString()))
			.andExpect(jsonPath("$.role").value("lead"));
		expectProblem(lead.client()
			.perform(
					json(put("/api/teams/" + team + "/members/" + third.id() + "/role"), Json.object("role", "chief"))),
				400, "role");
		lead.client().perform(delete("/api/teams/" + team + "/members/" + lead.id())).andExpect(status().isNoContent());
		lead.client().perform(get("/api/teams/" + team)).andExpect(status().isNotFound());
		third.client()
			.perform(get("/api/teams/" + team))
			.andExpect(jsonPath("$.leadCount").value(1))
			.andExpect(jsonPath("$.memberCount").value(1));
		// and a member sees in their audit trail who removed them
		second.client()
			.perform(get("/api/me/audit").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.entries[0].action").value("team-removed"))
			.andExpect(jsonPath("$.entries[0].text").value(containsString("from the team Moves")));
	}

	@Test
	void anInvitationToAnAddressWithNoAccountWaitsUntilItRegisters() throws Exception {
		TestUser lead = accounts().register();
		UUID team = Teams.create(lead, "Later");
		String email = TestAccounts.uniqueEmail("later");
		lead.client()
			.perform(json(post("/api/teams/" + team + "/invitations"), Json.object("email", email.toUpperCase())))
			.andExpect(status().isCreated());

		TestUser later = accounts().register(email, TestAccounts.PASSWORD, "Sato", "ja");
		MvcResult invitations = await().atMost(EVENTS)
			.until(() -> later.client().perform(get("/api/me/team-invitations")).andReturn(),
					(result) -> Json.<Integer>read(result, "$.length()") == 1);
		Teams.accept(later, UUID.fromString(Json.read(invitations, "$[0].id")));
		lead.client()
			.perform(get("/api/teams/" + team))
			.andExpect(jsonPath("$.members[*].displayName", org.hamcrest.Matchers.hasItem("Sato")))
			.andExpect(jsonPath("$.invitations.length()").value(0));
	}

	@Test
	void aTargetRoleIsTheLeadsProposalTheMembersOwnOrTheirGoal() throws Exception {
		TestUser lead = accounts().register();
		TestUser member = accounts().register();
		TestUser other = accounts().register();
		UUID team = Teams.create(lead, "Targets");
		Teams.join(lead, team, member);
		Teams.join(lead, team, other);
		String path = "/api/teams/" + team + "/members/" + member.id() + "/target-role";

		member.client()
			.perform(json(put(path), Json.object("roleCode", "cloud-engineer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetRole").value("cloud-engineer"))
			.andExpect(jsonPath("$.targetSource").value("own"));
		// another member: 403, before the role is even looked at
		expectProblem(other.client().perform(json(put(path), Json.object("roleCode", "no-such-role"))), 403, null);
		expectProblem(lead.client().perform(json(put(path), Json.object("roleCode", "no-such-role"))), 400, "roleCode");
		expectProblem(lead.client()
			.perform(json(put("/api/teams/" + team + "/members/" + UUID.randomUUID() + "/target-role"),
					Json.object("roleCode", "cloud-engineer"))),
				404, null);
		lead.client()
			.perform(json(put(path), Json.object("roleCode", "server-engineer")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetRole").value("server-engineer"))
			.andExpect(jsonPath("$.targetSource").value("lead"));

		// cleared: the member's own goal role shows, marked as such
		member.client()
			.perform(json(put("/api/me/goal"), Json.object("roleCode", "devops-engineer", "targetDate", "2099-12-31")))
			.andExpect(status().isOk());
		lead.client()
			.perform(json(put(path), "{\"roleCode\":null}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetRole").value("devops-engineer"))
			.andExpect(jsonPath("$.targetSource").value("goal"));
		MvcResult detail = lead.client().perform(get("/api/teams/" + team)).andReturn();
		List<Map<String, Object>> members = Json.read(detail, "$.members");
		Map<String, Object> row = members.stream()
			.filter((m) -> m.get("id").equals(member.id().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(row).containsEntry("targetRole", "devops-engineer").containsEntry("targetSource", "goal");
		Map<String, Object> others = members.stream()
			.filter((m) -> m.get("id").equals(other.id().toString()))
			.findFirst()
			.orElseThrow();
		assertThat(others.get("targetRole")).isNull();
		// the member sees the lead's proposal in their audit trail
		member.client()
			.perform(get("/api/me/audit").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.entries[?(@.action == 'target-role-proposed')].text",
					org.hamcrest.Matchers.hasItem(containsString("Server"))));
	}

	@Test
	void someoneWhoLeavesAndRejoinsKeepsTheTargetRoleTheLeadProposed() throws Exception {
		TestUser lead = accounts().register();
		TestUser member = accounts().register();
		UUID team = Teams.create(lead, "Rejoin");
		Teams.join(lead, team, member);
		String path = "/api/teams/" + team + "/members/" + member.id() + "/target-role";
		lead.client().perform(json(put(path), Json.object("roleCode", "network-engineer"))).andExpect(status().isOk());

		member.client()
			.perform(delete("/api/teams/" + team + "/members/" + member.id()))
			.andExpect(status().isNoContent());
		Teams.join(lead, team, member);

		MvcResult detail = lead.client().perform(get("/api/teams/" + team)).andReturn();
		List<Map<String, Object>> members = Json.read(detail, "$.members");
		assertThat(members).filteredOn((m) -> m.get("id").equals(member.id().toString()))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsEntry("targetRole", "network-engineer")
				.containsEntry("targetSource", "lead"));
	}

	@Test
	void targetsAreValidatedNamingTheEntryAtFaultAndDefaultsDerive() throws Exception {
		TestUser lead = accounts().register();
		TestUser member = accounts().register();
		UUID team = Teams.create(lead, "Needs");
		Teams.join(lead, team, member);
		String path = "/api/teams/" + team + "/targets";

		member.client()
			.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roleMix.length()").value(0))
			.andExpect(jsonPath("$.coverage[0].source").value("default"))
			.andExpect(jsonPath("$.coverage[0].targetLevel").value(3))
			.andExpect(jsonPath("$.coverage[0].required").value(2));

		expectProblem(lead.client().perform(json(put(path), targets("no-such-role", 2, "linux-administration", 3, 2))),
				400, "roleMix[0].roleCode");
		expectProblem(
				lead.client().perform(json(put(path), targets("server-engineer", 0, "linux-administration", 3, 2))),
				400, "roleMix[0].headcount");
		expectProblem(
				lead.client().perform(json(put(path), targets("server-engineer", 10001, "linux-administration", 3, 2))),
				400, "roleMix[0].headcount");
		expectProblem(lead.client().perform(json(put(path), targets("server-engineer", 2, "no-such-skill", 3, 2))), 400,
				"coverage[0].skillCode");
		expectProblem(
				lead.client().perform(json(put(path), targets("server-engineer", 2, "linux-administration", 6, 2))),
				400, "coverage[0].targetLevel");
		expectProblem(
				lead.client().perform(json(put(path), targets("server-engineer", 2, "linux-administration", 3, -1))),
				400, "coverage[0].required");
		expectProblem(
				lead.client()
					.perform(json(put(path),
							Json.object("roleMix",
									List.of(Map.of("roleCode", "server-engineer", "headcount", 1),
											Map.of("roleCode", "server-engineer", "headcount", 2))))),
				400, "roleMix[1].roleCode");
		expectProblem(
				member.client().perform(json(put(path), targets("server-engineer", 2, "linux-administration", 3, 1))),
				403, null);

		lead.client()
			.perform(json(put(path), targets("server-engineer", 2, "linux-administration", 4, 1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roleMix[0].roleCode").value("server-engineer"))
			.andExpect(jsonPath("$.roleMix[0].headcount").value(2))
			.andExpect(jsonPath("$.coverage[?(@.skillCode == 'linux-administration')].source").value("team"))
			.andExpect(jsonPath("$.coverage[?(@.skillCode == 'linux-administration')].targetLevel").value(4))
			.andExpect(jsonPath("$.coverage[?(@.source == 'role-mix')]").isNotEmpty())
			.andExpect(jsonPath("$.coverage[?(@.source == 'default')]").isEmpty());
		// empty lists: back to the defaults
		lead.client()
			.perform(json(put(path), Json.object("roleMix", List.of(), "coverage", List.of())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.coverage[0].source").value("default"));
	}

	@Test
	void outsidersFormerMembersAndUnknownTeamsAllAnswerNotFound() throws Exception {
		TestUser lead = accounts().register();
		TestUser former = accounts().register();
		TestUser outsider = accounts().register();
		UUID team = Teams.create(lead, "Closed");
		Teams.join(lead, team, former);
		former.client()
			.perform(delete("/api/teams/" + team + "/members/" + former.id()))
			.andExpect(status().isNoContent());
		for (TestUser caller : List.of(former, outsider)) {
			for (MockHttpServletRequestBuilder request : List.of(get("/api/teams/" + team),
					get("/api/teams/" + team + "/targets"),
					json(patch("/api/teams/" + team), Json.object("name", "Mine now")), delete("/api/teams/" + team),
					delete("/api/teams/" + team + "/members/" + lead.id()),
					json(post("/api/teams/" + team + "/invitations"), Json.object("email", caller.email())))) {
				expectProblem(caller.client().perform(request), 404, null);
			}
		}
		expectProblem(lead.client().perform(get("/api/teams/" + UUID.randomUUID())), 404, null);
		expectProblem(lead.client().perform(get("/api/teams/not-a-uuid")), 404, null);
		lead.client().perform(get("/api/teams/" + team)).andExpect(jsonPath("$.name").value("Closed"));
	}

	@Test
	void aLeadDeletesTheTeamAndItIsGoneForEveryone() throws Exception {
		TestUser lead = accounts().register();
		TestUser member = accounts().register();
		UUID team = Teams.create(lead, "Short lived");
		Teams.join(lead, team, member);
		expectProblem(member.client().perform(delete("/api/teams/" + team)), 403, null);
		lead.client().perform(delete("/api/teams/" + team)).andExpect(status().isNoContent());
		member.client().perform(get("/api/teams/" + team)).andExpect(status().isNotFound());
		member.client().perform(get("/api/teams")).andExpect(jsonPath("$.length()").value(0));
		// the member's trail keeps what happened, by the team's name
		member.client()
			.perform(get("/api/me/audit").header("Accept-Language", "en"))
			.andExpect(jsonPath("$.entries[0].action").value("team-deleted"))
			.andExpect(jsonPath("$.entries[0].actorId").value(lead.id().toString()))
			.andExpect(jsonPath("$.entries[0].text")
				.value(org.hamcrest.Matchers.endsWith(" deleted the team Short lived.")));
		lead.client()
			.perform(get("/api/me/audit"))
			.andExpect(jsonPath("$.entries[*].action")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("team-deleted"))));
	}

	@Test
	void whenTheLastLeadDeletesTheirAccountTheLongestStandingMemberLeadsAndAnEmptyTeamGoes() throws Exception {
		TestUser lead = accounts().register();
		TestUser older = accounts().register();
		TestUser newer = accounts().register();
		UUID team = Teams.create(lead, "Handover");
		Teams.join(lead, team, older);
		Teams.join(lead, team, newer);
		UUID alone = Teams.create(lead, "Alone");
		Teams.invite(lead, alone, TestAccounts.uniqueEmail("never"));

		lead.client()
			.perform(json(post("/api/auth/me/deletion"), Json.object("password", lead.password())))
			.andExpect(status().isNoContent());

		await().atMost(EVENTS)
			.until(() -> Json.<String>read(older.client().perform(get("/api/teams/" + team)).andReturn(), "$.myRole"),
					"lead"::equals);
		newer.client()
			.perform(get("/api/teams/" + team))
			.andExpect(jsonPath("$.myRole").value("member"))
			.andExpect(jsonPath("$.leadCount").value(1))
			.andExpect(jsonPath("$.members[0].role").value("lead"));
		await().atMost(EVENTS)
			.until(() -> this.jdbc.sql("select count(*) from team where id = :id")
				.param("id", alone)
				.query(Integer.class)
				.single() == 0);
		newer.client()
			.perform(get("/api/teams/" + team))
			.andExpect(jsonPath("$.invitations").isArray())
			.andExpect(jsonPath("$.members[0].targetRole").value(nullValue()));
	}

	@Test
	void twoLeadsLeavingAtOnceLeaveOneOfThemLeading() throws Exception {
		TestUser first = accounts().register();
		TestUser second = accounts().register();
		UUID team = Teams.create(first, "Race");
		Teams.join(first, team, second);
		first.client()
			.perform(json(put("/api/teams/" + team + "/members/" + second.id() + "/role"), Json.object("role", "lead")))
			.andExpect(status().isOk());
		first.client().fetchCsrfToken();
		second.client().fetchCsrfToken();

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(2);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<Future<Integer>> futures = new ArrayList<>();
			for (TestUser lead : List.of(first, second)) {
				futures.add(executor.submit(() -> {
					start.await();
					return lead.client()
						.perform(delete("/api/teams/" + team + "/members/" + lead.id()))
						.andReturn()
						.getResponse()
						.getStatus();
				}));
			}
			start.countDown();
			for (Future<Integer> future : futures) {
				statuses.add(future.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			executor.shutdownNow();
		}
		assertThat(statuses).containsExactlyInAnyOrder(204, 409);
		assertThat(this.jdbc.sql("""
				select count(*) from team_member where team_id = :team and status = 'active' and role = 'lead'
				""").param("team", team).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theTeamPageTakesTheSameNumberOfStatementsForOneMemberOrMany() throws Exception {
		TestUser lead = accounts().register();
		TestUser first = accounts().register();
		UUID team = Teams.create(lead, "Counted");
		Teams.join(lead, team, first);
		setGoal(first);
		int one = SqlStatementCounter
			.count(() -> lead.client().perform(get("/api/teams/" + team)).andExpect(status().isOk()))
			.size();
		for (int i = 0; i < 5; i++) {
			TestUser member = accounts().register();
			Teams.join(lead, team, member);
			setGoal(member);
			Teams.invite(lead, team, TestAccounts.uniqueEmail("counted"));
		}
		List<String> many = SqlStatementCounter.count(() -> lead.client()
			.perform(get("/api/teams/" + team))
			.andExpect(jsonPath("$.members.length()").value(7))
			.andExpect(jsonPath("$.members[?(@.targetSource == 'goal')].id", org.hamcrest.Matchers.hasSize(6))));
		assertThat(many).as("statements for 7 people").hasSize(one);
	}

	private static void setGoal(TestUser member) throws Exception {
		member.client()
			.perform(json(put("/api/me/goal"), Json.object("roleCode", "cloud-engineer", "targetDate", "2099-12-31")))
			.andExpect(status().isOk());
	}

	private static String targets(String role, int headcount, String skill, int level, int required) {
		return Json.object("roleMix", List.of(Map.of("roleCode", role, "headcount", headcount)), "coverage",
				List.of(Map.of("skillCode", skill, "targetLevel", level, "required", required)));
	}

	private static ResultActions expectProblem(ResultActions result, int status, String field) throws Exception {
		ProblemDetails.assertProblem(result.andReturn(), status);
		if (field != null) {
			result.andExpect(jsonPath("$.errors[0].field").value(field));
		}
		return result;
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}

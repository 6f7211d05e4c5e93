package dev.skillgap.teams;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.SqlStatementCounter;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.Teams;
import dev.skillgap.skills.SkillCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The team views through the API: the heatmap (content, sort, filters, paging; leads
 * only), the aggregate for members, coverage with the default targets and with the
 * lead's, the bus factor, the CSV exports, stale assessments and requests to reassess,
 * and a fixed number of SQL statements whatever the team's size.
 */
@IntegrationTest
@RecordApplicationEvents
class TeamViewsIntegrationTests {

	static final String LINUX = "linux-administration";

	static final String NETWORK = "network-fundamentals";

	static final String SERVER_ENGINEER = "server-engineer";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SkillCatalog catalog;

	@Autowired
	ApplicationEvents events;

	TestUser lead;

	TestUser member;

	UUID aoki;

	UUID baba;

	UUID team;

	/**
	 * A team led by Lead (no levels) with a member who logs in (Member: network 2) and
	 * two seeded ones: Aoki (Linux 4 self-assessed, then validated at 3; network 3,
	 * target role server engineer) and Baba (Linux 2 self-assessed 8 months ago).
	 */
	@BeforeEach
	void team() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		this.lead = accounts.register(TestAccounts.uniqueEmail("lead"), TestAccounts.PASSWORD, "Lead", "en");
		this.member = accounts.register(TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD, "Member", "en");
		this.aoki = person("Aoki");
		this.baba = person("Baba");
		this.team = Teams.seed(this.jdbc, "Infra", this.lead.id(), List.of(this.member.id(), this.aoki, this.baba));
		level(this.member.id(), NETWORK, 2, "self", "1 day");
		level(this.aoki, LINUX, 4, "self", "10 days");
		level(this.aoki, LINUX, 3, "mentor", "2 days");
		level(this.aoki, NETWORK, 3, "self", "2 days");
		level(this.baba, LINUX, 2, "self", "8 months");
		Teams.targetRole(this.jdbc, this.team, this.aoki, SERVER_ENGINEER, "lead");
	}

	@Test
	void theHeatmapShowsEffectiveLevelsWithUnvalidatedAndStaleMarkedAndEachMembersFit() throws Exception {
		MvcResult result = this.lead.client()
			.perform(get(path("/heatmap")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skills.length()").value(this.catalog.skills().size()))
			.andExpect(jsonPath("$.members[*].displayName")
				.value(org.hamcrest.Matchers.contains("Aoki", "Baba", "Lead", "Member")))
			.andExpect(jsonPath("$.members[0].id").value(this.aoki.toString()))
			.andExpect(jsonPath("$.members[0].levels['" + LINUX + "']").value(3))
			.andExpect(jsonPath("$.members[0].levels['" + NETWORK + "']").value(3))
			.andExpect(jsonPath("$.members[0].unvalidated").value(org.hamcrest.Matchers.contains(NETWORK)))
			.andExpect(jsonPath("$.members[0].stale").isEmpty())
			.andExpect(jsonPath("$.members[0].targetRole").value(SERVER_ENGINEER))
			.andExpect(jsonPath("$.members[0].targetSource").value("lead"))
			.andExpect(jsonPath("$.members[0].fitRole").value(SERVER_ENGINEER))
			.andExpect(jsonPath("$.members[1].levels['" + LINUX + "']").value(2))
			.andExpect(jsonPath("$.members[1].unvalidated").value(org.hamcrest.Matchers.contains(LINUX)))
			.andExpect(jsonPath("$.members[1].stale").value(org.hamcrest.Matchers.contains(LINUX)))
			.andExpect(jsonPath("$.members[1].targetRole").doesNotExist())
			.andExpect(jsonPath("$.members[2].levels").isEmpty())
			.andExpect(jsonPath("$.members[2].fit").value(0.0))
			.andExpect(jsonPath("$.page.totalElements").value(4))
			.andExpect(jsonPath("$.page.totalPages").value(1))
			.andExpect(jsonPath("$.sort").value("name"))
			.andExpect(jsonPath("$.direction").value("asc"))
			.andReturn();
		double aokiFit = ((Number) Json.read(result, "$.members[0].fit")).doubleValue();
		assertThat(aokiFit).isBetween(0.01, 0.99);
		String baseRole = Json.read(result, "$.members[1].fitRole");
		assertThat(baseRole).isNotBlank();
	}

	@Test
	void theHeatmapSortsFiltersAndPagesOnTheServer() throws Exception {
		this.lead.client()
			.perform(get(path("/heatmap")).param("sort", "skill:" + LINUX).param("direction", "desc"))
			.andExpect(jsonPath("$.members[*].displayName")
				.value(org.hamcrest.Matchers.contains("Aoki", "Baba", "Lead", "Member")))
			.andExpect(jsonPath("$.sort").value("skill:" + LINUX))
			.andExpect(jsonPath("$.direction").value("desc"));
		this.lead.client()
			.perform(get(path("/heatmap")).param("sort", "fit")
				.param("direction", "desc")
				.param("size", "1")
				.param("page", "1"))
			.andExpect(jsonPath("$.members.length()").value(1))
			.andExpect(jsonPath("$.page.number").value(1))
			.andExpect(jsonPath("$.page.size").value(1))
			.andExpect(jsonPath("$.page.totalElements").value(4))
			.andExpect(jsonPath("$.page.totalPages").value(4));
		this.lead.client()
			.perform(get(path("/heatmap")).param("q", "BAB"))
			.andExpect(jsonPath("$.members[*].displayName").value(org.hamcrest.Matchers.contains("Baba")));
		this.lead.client()
			.perform(get(path("/heatmap")).param("role", SERVER_ENGINEER))
			.andExpect(jsonPath("$.members[*].displayName").value(org.hamcrest.Matchers.contains("Aoki")));
		MvcResult serverOs = this.lead.client()
			.perform(get(path("/heatmap")).param("category", "server-os"))
			.andExpect(status().isOk())
			.andReturn();
		List<String> categories = Json.read(serverOs, "$.skills[*].category");
		assertThat(categories).isNotEmpty().containsOnly("server-os");
		this.lead.client()
			.perform(get(path("/heatmap")).param("role", SERVER_ENGINEER).param("gap", "true"))
			.andExpect(jsonPath("$.skills[*].code").value(org.hamcrest.Matchers.hasItem(LINUX)))
			.andExpect(
					jsonPath("$.skills.length()").value(org.hamcrest.Matchers.lessThan(this.catalog.skills().size())));
		for (String[] bad : List.of(new String[] { "sort", "height" }, new String[] { "sort", "skill:nope" },
				new String[] { "size", "201" }, new String[] { "page", "-1" }, new String[] { "direction", "up" },
				new String[] { "category", "nope" }, new String[] { "role", "nope" })) {
			this.lead.client()
				.perform(get(path("/heatmap")).param(bad[0], bad[1]))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value(bad[0]));
		}
	}

	@Test
	void membersSeeTheAggregateAndCoverageButNotTheHeatmapOrStaleAssessments() throws Exception {
		for (String route : List.of("/heatmap", "/heatmap.csv", "/stale")) {
			this.member.client()
				.perform(get(path(route)))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.status").value(403));
		}
		this.member.client()
			.perform(post(path("/reassessment-requests")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		// four people: fewer than the minimum group size (5), so a member sees no counts
		this.member.client()
			.perform(get(path("/aggregate")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.memberCount").value(4))
			.andExpect(jsonPath("$.countsHidden").value(true))
			.andExpect(jsonPath("$.minGroupSize").value(5))
			.andExpect(jsonPath("$.skills[?(@.code == '" + LINUX + "')].counts")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
			.andExpect(jsonPath("$..displayName").isEmpty());
		this.lead.client()
			.perform(get(path("/aggregate")))
			.andExpect(jsonPath("$.countsHidden").value(false))
			.andExpect(jsonPath("$.skills[?(@.code == '" + LINUX + "')].counts[*]")
				.value(org.hamcrest.Matchers.contains(0, 1, 1, 0, 0)))
			.andExpect(jsonPath("$.skills[?(@.code == '" + LINUX + "')].unassessed")
				.value(org.hamcrest.Matchers.contains(2)))
			.andExpect(jsonPath("$..displayName").isEmpty());
		this.member.client().perform(get(path("/coverage"))).andExpect(status().isOk());
		this.member.client()
			.perform(get(path("/coverage.csv")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")));
		TestUser outsider = new TestAccounts(this.mvc).register();
		outsider.client().perform(get(path("/aggregate"))).andExpect(status().isNotFound());
	}

	/**
	 * In a team of two, a member reading the aggregate, coverage or progress would read
	 * the lead's exact levels off them (subtracting their own): every count is hidden
	 * from members of a team with fewer people than the minimum group size (5), and the
	 * team says why; its lead sees them all. With five people, members see the counts.
	 */
	@Test
	void membersOfATeamSmallerThanTheMinimumGroupSizeSeeNoCounts() throws Exception {
		TestUser pairLead = new TestAccounts(this.mvc).register();
		UUID pair = Teams.seed(this.jdbc, "Pair", pairLead.id(), List.of(this.member.id()));
		level(pairLead.id(), LINUX, 4, "self", "3 days");
		level(pairLead.id(), NETWORK, 2, "self", "3 days");
		String base = "/api/teams/" + pair;

		this.member.client()
			.perform(get(base))
			.andExpect(jsonPath("$.countsHidden").value(true))
			.andExpect(jsonPath("$.minGroupSize").value(5));
		MvcResult aggregate = this.member.client()
			.perform(get(base + "/aggregate"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.memberCount").value(2))
			.andExpect(jsonPath("$.countsHidden").value(true))
			.andReturn();
		List<Object> counts = Json.read(aggregate, "$.skills[*].counts");
		List<Object> unassessed = Json.read(aggregate, "$.skills[*].unassessed");
		assertThat(counts).isNotEmpty().containsOnlyNulls();
		assertThat(unassessed).containsOnlyNulls();
		MvcResult coverage = this.member.client()
			.perform(get(base + "/coverage"))
			.andExpect(status().isOk())
			.andReturn();
		for (String count : List.of("holders", "met", "busFactor", "singlePointOfFailure", "experts", "practitioners",
				"novices", "risk")) {
			List<Object> values = Json.read(coverage, "$[*]." + count);
			assertThat(values).as(count).isNotEmpty().containsOnlyNulls();
		}
		List<String> names = Json.read(coverage, "$[*].name");
		assertThat(names).as("by name, not by risk").isSorted();
		String csv = this.member.client()
			.perform(get(base + "/coverage.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// skill, target level and people needed, then no counts (holders to risk), then
		// where the target comes from
		assertThat(csv.lines().skip(1)).allSatisfy((line) -> assertThat(line).matches(".+,\\d,\\d+,,,,,,,,,[^,]+$"));
		MvcResult progress = this.member.client()
			.perform(get(base + "/progress?weeks=2"))
			.andExpect(status().isOk())
			.andReturn();
		// (from the week the team was created: this one)
		assertThat((List<Object>) Json.read(progress, "$[*].coverageMet")).isNotEmpty().containsOnlyNulls();
		assertThat((List<Object>) Json.read(progress, "$[*].averageFit")).isNotEmpty().containsOnlyNulls();

		pairLead.client()
			.perform(get(base + "/aggregate"))
			.andExpect(jsonPath("$.countsHidden").value(false))
			.andExpect(jsonPath("$.skills[?(@.code == '" + LINUX + "')].counts[*]")
				.value(org.hamcrest.Matchers.contains(0, 0, 0, 1, 0)));
		pairLead.client().perform(get(base)).andExpect(jsonPath("$.countsHidden").value(false));
		List<Object> risks = Json.read(pairLead.client().perform(get(base + "/coverage")).andReturn(), "$[*].risk");
		assertThat(risks).doesNotContainNull();

		// five people: members see the counts
		Teams.join(this.jdbc, this.team, person("Chiba"), "member");
		this.member.client()
			.perform(get(path("/aggregate")))
			.andExpect(jsonPath("$.memberCount").value(5))
			.andExpect(jsonPath("$.countsHidden").value(false))
			.andExpect(jsonPath("$.skills[?(@.code == '" + LINUX + "')].counts[*]")
				.value(org.hamcrest.Matchers.contains(0, 1, 1, 0, 0)));
		List<Object> shownRisks = Json.read(this.member.client().perform(get(path("/coverage"))).andReturn(),
				"$[*].risk");
		assertThat(shownRisks).doesNotContainNull();
		this.member.client().perform(get(path(""))).andExpect(jsonPath("$.countsHidden").value(false));
	}

	@Test
	void coverageUsesTheDefaultTargetsUntilTheLeadSetsOnesWithTheBusFactor() throws Exception {
		MvcResult defaults = this.member.client().perform(get(path("/coverage"))).andReturn();
		List<String> sources = Json.read(defaults, "$[*].source");
		assertThat(sources).isNotEmpty().containsOnly(CoverageTarget.DEFAULT);
		this.lead.client()
			.perform(get(path("/coverage")))
			.andExpect(jsonPath("$[?(@.skillCode == '" + LINUX + "')].targetLevel")
				.value(org.hamcrest.Matchers.contains(3)))
			.andExpect(
					jsonPath("$[?(@.skillCode == '" + LINUX + "')].holders").value(org.hamcrest.Matchers.contains(1)))
			.andExpect(
					jsonPath("$[?(@.skillCode == '" + LINUX + "')].required").value(org.hamcrest.Matchers.contains(2)))
			.andExpect(jsonPath("$[?(@.skillCode == '" + LINUX + "')].singlePointOfFailure")
				.value(org.hamcrest.Matchers.contains(true)));

		this.jdbc.sql("""
				insert into team_coverage_target (team_id, skill_code, target_level, required) values
				  (:team, :linux, 2, 2), (:team, :network, 2, 3)
				""").param("team", this.team).param("linux", LINUX).param("network", NETWORK).update();
		this.lead.client()
			.perform(get(path("/coverage")))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].skillCode").value(NETWORK))
			.andExpect(jsonPath("$[0].source").value(CoverageTarget.TEAM))
			.andExpect(jsonPath("$[0].holders").value(2))
			.andExpect(jsonPath("$[0].required").value(3))
			.andExpect(jsonPath("$[0].met").value(false))
			.andExpect(jsonPath("$[0].busFactor").value(2))
			.andExpect(jsonPath("$[0].singlePointOfFailure").value(false))
			.andExpect(jsonPath("$[0].experts").value(0))
			.andExpect(jsonPath("$[0].practitioners").value(2))
			.andExpect(jsonPath("$[0].risk").value(Coverage.risk(3, 2, 0)))
			.andExpect(jsonPath("$[1].skillCode").value(LINUX))
			.andExpect(jsonPath("$[1].holders").value(2))
			.andExpect(jsonPath("$[1].met").value(true))
			.andExpect(jsonPath("$[1].name").value("Linux server administration"));
	}

	@Test
	void theCsvExportsHaveAByteOrderMarkNamesInTheAppsLanguageAndNoFormulas() throws Exception {
		UUID attacker = person("=cmd|' /C calc'!A0");
		Teams.join(this.jdbc, this.team, attacker, "member");
		// the app asks for Japanese; the browser's English does not matter
		MvcResult result = this.lead.client()
			.perform(get(path("/heatmap.csv?lang=ja")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
			.andReturn();
		List<String> lines = csvLines(result);
		assertThat(lines.get(0)).startsWith("メンバー,目標職種,適合度の対象職種,適合度(%),")
			.contains("Linuxサーバー管理")
			.endsWith(",未検証のスキル,古い評価のスキル");
		assertThat(lines).hasSize(6);
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("'=cmd|' /C calc'!A0,"));
		assertThat(lines).noneSatisfy((line) -> assertThat(line).startsWith("="));
		assertThat(lines).filteredOn((line) -> line.startsWith("Aoki,"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("サーバーエンジニア").doesNotContain("server-engineer"));
		// RFC 6266: the team's name and the date in UTF-8, an ASCII name for old clients
		String date = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"skillgap-team-heatmap-" + date + ".csv\"; filename*=UTF-8''Infra%20-%20"
					+ "%E3%83%92%E3%83%BC%E3%83%88%E3%83%9E%E3%83%83%E3%83%97%20-%20" + date + ".csv");

		// without lang: the account's language (English), whatever the browser says
		MvcResult coverage = this.member.client()
			.perform(get(path("/coverage.csv")).header("Accept-Language", "ja"))
			.andExpect(status().isOk())
			.andReturn();
		List<String> coverageLines = csvLines(coverage);
		assertThat(coverageLines.get(0)).isEqualTo("Skill,Target level,People needed,Holders,Met,Bus factor,"
				+ "Single point of failure,Experts,Practitioners,Novices,Risk,Target from");
		// a team with no targets: the default ones are a reference, nothing met, single
		// or at risk
		assertThat(coverageLines).contains("Linux server administration,3,2,1,,1,,0,1,1,,Default (no targets set)");
		this.jdbc
			.sql("insert into team_coverage_target (team_id, skill_code, target_level, required) values "
					+ "(:team, :linux, 3, 2), (:team, 'dns', 3, 1)")
			.param("team", this.team)
			.param("linux", LINUX)
			.update();
		List<String> withTargets = csvLines(this.member.client().perform(get(path("/coverage.csv"))).andReturn());
		assertThat(withTargets).anySatisfy(
				(line) -> assertThat(line).startsWith("Linux server administration,3,2,1,No,1,One person only,"));
		assertThat(withTargets).anySatisfy((line) -> assertThat(line).startsWith("DNS,3,1,0,No,0,Nobody holds it,"));
		assertThat(coverage.getResponse().getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"Infra - coverage - " + date + ".csv\"");
		this.member.client()
			.perform(get(path("/coverage.csv?lang=fr")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lang"));
	}

	private static List<String> csvLines(MvcResult result) {
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		return List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
	}

	@Test
	void aLeadSeesStaleAssessmentsAndAsksMembersToReassess() throws Exception {
		this.lead.client()
			.perform(get(path("/stale")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.months").value(6))
			.andExpect(jsonPath("$.assessments.length()").value(1))
			.andExpect(jsonPath("$.assessments[0].memberId").value(this.baba.toString()))
			.andExpect(jsonPath("$.assessments[0].displayName").value("Baba"))
			.andExpect(jsonPath("$.assessments[0].skillCode").value(LINUX))
			.andExpect(jsonPath("$.assessments[0].level").value(2));
		this.lead.client()
			.perform(get(path("/stale")).param("months", "9"))
			.andExpect(jsonPath("$.assessments").isEmpty());
		this.lead.client()
			.perform(get(path("/stale")).param("months", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("months"));

		MvcResult created = this.lead.client()
			.perform(post(path("/reassessment-requests")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.memberIds").value(org.hamcrest.Matchers.contains(this.baba.toString())))
			.andExpect(jsonPath("$.skillCodes").value(org.hamcrest.Matchers.contains(LINUX)))
			.andExpect(jsonPath("$.createdAt").exists())
			.andReturn();
		UUID id = UUID.fromString(Json.read(created, "$.id"));
		Map<String, Object> row = this.jdbc.sql(
				"select team_id, requested_by, array_length(member_ids, 1) as members from team_reassessment_request where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row).containsEntry("team_id", this.team)
			.containsEntry("requested_by", this.lead.id())
			.containsEntry("members", 1);
		// on the trail of the member asked (and of nobody else)
		assertThat(this.jdbc.sql("""
				select subject_id, actor_id, detail ->> 'skillCodes' as skills from audit_entry
				where action = 'team-reassessment-requested' and detail ->> 'teamId' = :team
				""").param("team", this.team.toString()).query().listOfRows()).singleElement().satisfies((entry) -> {
			assertThat(entry).containsEntry("subject_id", this.baba)
				.containsEntry("actor_id", this.lead.id())
				.containsEntry("skills", LINUX);
		});
		assertThat(this.events.stream(TeamEvents.ReassessmentRequested.class)).singleElement().satisfies((event) -> {
			assertThat(event.requestId()).isEqualTo(id);
			assertThat(event.teamId()).isEqualTo(this.team);
			assertThat(event.memberIds()).containsExactly(this.baba);
		});

		// Aoki's network assessment is two days old: nothing to ask Aoki about, and
		// nobody
		// is asked about a skill stale only for someone else
		this.lead.client()
			.perform(post(path("/reassessment-requests")).contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("memberIds", List.of(this.aoki.toString()), "skillCodes", List.of(NETWORK))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.memberIds").isEmpty())
			.andExpect(jsonPath("$.asked").isEmpty());
		this.lead.client()
			.perform(post(path("/reassessment-requests")).contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("memberIds", List.of(this.aoki.toString(), this.baba.toString()))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.memberIds").value(org.hamcrest.Matchers.contains(this.baba.toString())))
			.andExpect(jsonPath("$.asked[0].skillCodes").value(org.hamcrest.Matchers.contains(LINUX)));
		TestUser outsider = new TestAccounts(this.mvc).register();
		this.lead.client()
			.perform(post(path("/reassessment-requests")).contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("memberIds", List.of(outsider.id().toString()))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("memberIds[0]"));
		this.lead.client()
			.perform(post(path("/reassessment-requests")).contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("skillCodes", List.of("nope"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("skillCodes[0]"));
	}

	@Test
	void everyViewRunsTheSameNumberOfStatementsForATeamOfFourAndOfForty() throws Exception {
		UUID big = Teams.seed(this.jdbc, "Big", this.lead.id(), List.of());
		List<UUID> people = new ArrayList<>();
		for (int i = 0; i < 39; i++) {
			people.add(person("Person " + i));
		}
		people.forEach((p) -> Teams.join(this.jdbc, big, p, "member"));
		this.jdbc.sql("""
				insert into skill_assessment (account_id, skill_code, level, source, assessed_by, assessed_at)
				select p, s.code, 1 + (abs(hashtext(s.code || p::text)) % 5), 'self', p, now() - interval '200 days'
				from unnest(:people) p cross join (select code from skill where retired_at is null) s
				""").param("people", people.toArray(UUID[]::new)).update();
		for (String route : List.of("/heatmap", "/heatmap?sort=fit&gap=true", "/heatmap.csv", "/aggregate", "/coverage",
				"/coverage.csv", "/stale")) {
			List<String> small = withoutSessionStore(SqlStatementCounter
				.count(() -> this.lead.client().perform(get(path(route))).andExpect(status().isOk())));
			List<String> large = withoutSessionStore(SqlStatementCounter
				.count(() -> this.lead.client().perform(get("/api/teams/" + big + route)).andExpect(status().isOk())));
			assertThat(large).as("statements of %s for 40 members against 4", route).hasSameSizeAs(small);
			// a CSV also reads the account's language and the team's name (its file name)
			assertThat(large.size()).as("statements of %s", route).isLessThanOrEqualTo(9);
		}
	}

	/**
	 * Leaves out the session store's statements: Spring Session loads the session once
	 * more when a large response is committed early (a matter of response size, not of
	 * the number of members).
	 */
	private static List<String> withoutSessionStore(List<String> statements) {
		return statements.stream().filter((sql) -> !sql.contains("SPRING_SESSION")).toList();
	}

	private String path(String route) {
		return "/api/teams/" + this.team + route;
	}

	private UUID person(String name) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, email, display_name, password_hash, locale)
				values (:id, :email, :name, 'not-a-login', 'en')
				""").param("id", id).param("email", TestAccounts.uniqueEmail("seeded")).param("name", name).update();
		return id;
	}

	private void level(UUID account, String skill, int level, String source, String ago) {
		this.jdbc.sql("""
				insert into skill_assessment (account_id, skill_code, level, source, assessed_by, assessed_at)
				values (:account, :skill, :level, :source, :by, now() - cast(:ago as interval))
				""")
			.param("account", account)
			.param("skill", skill)
			.param("level", level)
			.param("source", source)
			.param("by", "mentor".equals(source) ? this.lead.id() : account)
			.param("ago", ago)
			.update();
	}

}

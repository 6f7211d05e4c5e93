package dev.skillgap.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.Levels;
import dev.skillgap.SqlStatementCounter;
import dev.skillgap.TestAccounts;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/me/fit} of the API contract and the routes around it: one role,
 * explanation, what-if and history. Runs with {@link SqlStatementCounter} to show that
 * the ranking costs a bounded number of SQL statements.
 */
@IntegrationTest
class FitControllerIntegrationTests {

	static final List<String> ROLES = List.of("infrastructure-engineer", "server-engineer", "cloud-engineer",
			"network-engineer", "devops-engineer", "system-architect");

	static final Offset<Double> ROUNDING = Offset.offset(0.00011);

	@Autowired
	MockMvc mvc;

	private Learner learner() throws Exception {
		return new Learner(new TestAccounts(this.mvc).register().client());
	}

	private static String whatIf(Levels changes) {
		List<Map<String, Object>> list = new ArrayList<>();
		changes.asMap().forEach((skill, level) -> list.add(Map.of("skillCode", skill, "level", level)));
		return Json.object("changes", list);
	}

	// The ranking

	@Test
	void theRankingFollowsTheContract() throws Exception {
		Learner learner = learner();
		learner.records(Levels.serverAdministrator());
		List<Map<String, Object>> ranking = learner.read("/api/me/fit", "$");

		assertThat(ranking).extracting((fit) -> fit.get("roleCode")).containsExactlyInAnyOrderElementsOf(ROLES);
		List<Double> fits = ranking.stream().map((fit) -> ((Number) fit.get("fit")).doubleValue()).toList();
		assertThat(fits).allSatisfy((fit) -> assertThat(fit).isBetween(0.0, 1.0));
		assertThat(fits).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		Map<String, Integer> levels = Levels.serverAdministrator().asMap();
		for (Map<String, Object> fit : ranking) {
			String role = (String) fit.get("roleCode");
			List<Map<String, Object>> gaps = Json.read(Json.write(fit), "$.gaps");
			List<Map<String, Object>> requirements = learner.read("/api/roles/" + role, "$.requirements");
			// one gap per requirement of the role, with its target and weight
			assertThat(gaps).extracting((gap) -> gap.get("skillCode"))
				.containsExactlyInAnyOrderElementsOf(requirements.stream().map((r) -> r.get("skillCode")).toList());
			double reached = 0;
			double wanted = 0;
			for (Map<String, Object> gap : gaps) {
				Map<String, Object> requirement = requirements.stream()
					.filter((r) -> r.get("skillCode").equals(gap.get("skillCode")))
					.findFirst()
					.orElseThrow();
				int current = (Integer) gap.get("current");
				int target = (Integer) gap.get("target");
				int weight = (Integer) gap.get("weight");
				assertThat(current).as("current level of %s", gap.get("skillCode"))
					.isEqualTo(levels.getOrDefault((String) gap.get("skillCode"), 0));
				assertThat(target).isEqualTo(requirement.get("targetLevel"));
				assertThat(weight).isEqualTo(requirement.get("weight"));
				// in a group of alternatives only the best member counts; the others have
				// gap 0
				if (Boolean.TRUE.equals(gap.get("counted"))) {
					assertThat(gap.get("gap")).isEqualTo(Math.max(0, target - current));
					reached += weight * Math.min(current, target);
					wanted += weight * target;
				}
				else {
					assertThat(gap.get("gap")).isEqualTo(0);
					assertThat(gap.get("anyOf")).isNotNull();
				}
			}
			// the README's formula: Σ weight × min(current, target) / Σ weight × target
			assertThat(((Number) fit.get("fit")).doubleValue()).as("fit to %s", role)
				.isCloseTo(reached / wanted, ROUNDING);
		}
	}

	@Test
	void aBlankProfileFitsNothingAndIsAskedToRecordSkills() throws Exception {
		Learner learner = learner();
		assertThat(learner.fits()).hasSize(6).allSatisfy((role, fit) -> assertThat(fit).isZero());
		List<Map<String, Object>> ranking = learner.read("/api/me/fit", "$");
		assertThat(ranking).allSatisfy((fit) -> {
			List<Integer> gaps = Json.read(Json.write(fit), "$.gaps[?(@.counted == true)].gap");
			List<Integer> targets = Json.read(Json.write(fit), "$.gaps[?(@.counted == true)].target");
			assertThat(gaps).as("every gap that counts is the whole target").isEqualTo(targets);
		});

		learner.get("/api/me/fit/explanation")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bestRoleCode").doesNotExist())
			// no "best fit 0%": there is no best fit until some level is recorded
			.andExpect(jsonPath("$.bestFit").doesNotExist())
			.andExpect(jsonPath("$.text").value("Record your skills to see which role suits you."));
		String japanese = learner.in("ja").read("/api/me/fit/explanation", "$.text");
		assertThat(japanese).contains("スキルを記録");
	}

	/**
	 * The article (l.27): a server engineer manages Linux or Windows servers. One who
	 * knows Linux only has no Windows gap, in the ranking, the role, the explanation and
	 * a what-if.
	 */
	@Test
	void aLinuxOnlyServerEngineerHasNoWindowsGap() throws Exception {
		Learner learner = learner();
		learner.records(Levels.linuxServerEngineer());

		Map<String, Object> server = learner.read("/api/me/fit/server-engineer", "$");
		List<Map<String, Object>> windows = Json.read(Json.write(server),
				"$.gaps[?(@.skillCode == 'windows-server-administration')]");
		assertThat(windows).singleElement().satisfies((gap) -> {
			assertThat(gap).containsEntry("current", 0)
				.containsEntry("gap", 0)
				.containsEntry("counted", false)
				.containsEntry("anyOf", "linux-administration");
		});
		List<Map<String, Object>> linux = Json.read(Json.write(server),
				"$.gaps[?(@.skillCode == 'linux-administration')]");
		assertThat(linux).singleElement().satisfies((gap) -> {
			assertThat(gap).containsEntry("gap", 0).containsEntry("counted", true);
			assertThat(gap.get("alternatives")).isEqualTo(List.of("windows-server-administration"));
		});
		// the group counts once among the requirements
		List<Map<String, Object>> requirements = learner.read("/api/roles/server-engineer", "$.requirements");
		assertThat(server.get("totalRequirements")).isEqualTo(requirements.size() - 1);

		assertThat(learner.<List<String>>read("/api/me/fit/explanation", "$.gapsToBest[*].skillCode"))
			.doesNotContain("windows-server-administration");
		assertThat(learner.<String>read("/api/me/fit/explanation", "$.text")).doesNotContain("Windows");

		// raising Windows changes nothing while Linux meets the group
		String answer = Json
			.body(learner.post("/api/me/fit/what-if", whatIf(Levels.of("windows-server-administration", 4)))
				.andExpect(status().isOk())
				.andReturn());
		List<Double> deltas = Json.read(answer, "$[?(@.roleCode == 'server-engineer')].delta");
		assertThat(deltas).singleElement().satisfies((delta) -> assertThat(delta).isZero());
	}

	@Test
	void theExplanationNamesAGroupByItsAlternatives() throws Exception {
		Learner learner = learner();
		learner.records(Levels.linuxServerEngineer().and("linux-administration", 2));

		assertThat(learner.<String>read("/api/me/fit/explanation", "$.text"))
			.contains("Linux server administration or Windows Server administration (2 levels)");
		assertThat(learner.in("ja").<String>read("/api/me/fit/explanation", "$.text"))
			.contains("Linuxサーバー管理またはWindows Server管理のいずれか");
	}

	@Test
	void aServerAdministratorFitsServerEngineerBestAndIsToldSo() throws Exception {
		Learner learner = learner();
		learner.records(Levels.serverAdministrator());
		assertThat(learner.bestRole()).isEqualTo("server-engineer");

		Map<String, Object> english = learner.read("/api/me/fit/explanation", "$");
		assertThat(english).containsEntry("bestRoleCode", "server-engineer")
			.containsEntry("bestRoleName", "Server engineer");
		assertThat((String) english.get("text")).startsWith("You fit Server engineer best")
			.contains(Math.round(learner.fitTo("server-engineer") * 100) + "%")
			.contains("Linux server administration");

		Map<String, Object> japanese = learner.in("ja").read("/api/me/fit/explanation", "$");
		assertThat(japanese).containsEntry("bestRoleCode", "server-engineer")
			.containsEntry("bestRoleName", "サーバーエンジニア");
		assertThat((String) japanese.get("text")).contains("サーバーエンジニア").contains("Linuxサーバー管理");
	}

	@Test
	void raisingNetworkAndCloudSkillsMovesTheRankingTowardInfrastructureAndCloud() throws Exception {
		Learner learner = learner();
		learner.records(Levels.serverAdministrator());
		Map<String, Double> before = learner.fits();
		assertThat(before.keySet().iterator().next()).isEqualTo("server-engineer");

		learner.records(Levels.networkAndCloud());
		Map<String, Double> after = learner.fits();

		assertThat(after.keySet().iterator().next()).isIn("infrastructure-engineer", "cloud-engineer");
		assertThat(after.get("infrastructure-engineer")).isGreaterThan(before.get("infrastructure-engineer"))
			.isGreaterThan(after.get("server-engineer"));
		assertThat(after.get("cloud-engineer")).isGreaterThan(before.get("cloud-engineer"));
		// no fit falls when levels only rise
		after.forEach((role, fit) -> assertThat(fit).as(role).isGreaterThanOrEqualTo(before.get(role)));
		assertThat(learner.<String>read("/api/me/fit/explanation", "$.bestRoleCode"))
			.isEqualTo(after.keySet().iterator().next());
	}

	@Test
	void oneRoleIsTheSameAsInTheRanking() throws Exception {
		Learner learner = learner();
		learner.records(Levels.of("linux-administration", 3).and("network-fundamentals", 2));
		List<Map<String, Object>> ranking = learner.read("/api/me/fit", "$");
		for (Map<String, Object> fit : ranking) {
			assertThat(learner.<Map<String, Object>>read("/api/me/fit/" + fit.get("roleCode"), "$")).isEqualTo(fit);
		}
		learner.get("/api/me/fit/astronaut").andExpect(problem(404));
	}

	// What-if

	@Test
	void whatIfAnswersHypotheticalFitsAndSavesNothing() throws Exception {
		Learner learner = learner();
		learner.records(Levels.serverAdministrator());
		String skillsBefore = learner.body("/api/me/skills");
		String historyBefore = learner.body("/api/me/skills/history");
		Map<String, Double> fitsBefore = learner.fits();

		String answer = Json.body(learner
			.post("/api/me/fit/what-if",
					whatIf(Levels.of("network-fundamentals", 5).and("cloud-architecture", 4).and("aws", 4)))
			.andExpect(status().isOk())
			.andReturn());
		List<Map<String, Object>> whatIf = Json.read(answer, "$");
		assertThat(whatIf).extracting((fit) -> fit.get("roleCode")).containsExactlyInAnyOrderElementsOf(ROLES);
		for (Map<String, Object> fit : whatIf) {
			String role = (String) fit.get("roleCode");
			double current = ((Number) fit.get("currentFit")).doubleValue();
			double hypothetical = ((Number) fit.get("fit")).doubleValue();
			assertThat(current).as("current fit to %s", role).isCloseTo(fitsBefore.get(role), ROUNDING);
			assertThat(((Number) fit.get("delta")).doubleValue()).as("delta of %s", role)
				.isCloseTo(hypothetical - current, ROUNDING);
			assertThat(hypothetical).isBetween(0.0, 1.0);
		}
		assertThat(delta(whatIf, "infrastructure-engineer")).isPositive();
		assertThat(delta(whatIf, "cloud-engineer")).isPositive();

		// nothing was saved
		assertThat(learner.body("/api/me/skills")).isEqualTo(skillsBefore);
		assertThat(learner.body("/api/me/skills/history")).isEqualTo(historyBefore);
		assertThat(learner.fits()).isEqualTo(fitsBefore);
	}

	@Test
	void whatIfOnlyMovesTheRolesThatNeedTheSkill() throws Exception {
		Learner learner = learner();
		learner.records(Levels.serverAdministrator());
		// only the network engineer profile requires routing and switching
		List<Map<String, Object>> raised = Json
			.body(learner.post("/api/me/fit/what-if", whatIf(Levels.of("routing-switching", 5)))
				.andExpect(status().isOk())
				.andReturn())
			.transform((body) -> Json.read(body, "$"));
		assertThat(delta(raised, "network-engineer")).isPositive();
		ROLES.stream()
			.filter((role) -> !role.equals("network-engineer"))
			.forEach((role) -> assertThat(delta(raised, role)).as(role).isZero());

		// a lower level lowers the fit
		List<Map<String, Object>> lowered = Json
			.body(learner.post("/api/me/fit/what-if", whatIf(Levels.of("linux-administration", 0)))
				.andExpect(status().isOk())
				.andReturn())
			.transform((body) -> Json.read(body, "$"));
		assertThat(delta(lowered, "server-engineer")).isNegative();
		assertThat(learner.currentLevels()).containsEntry("linux-administration", 5);
	}

	@Test
	void whatIfRefusesUnknownSkillsLevelsOutOfRangeAndAnEmptyList() throws Exception {
		Learner learner = learner();
		learner.records(Levels.of("linux-administration", 2));
		learner.post("/api/me/fit/what-if", whatIf(Levels.of("underwater-welding", 3)))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("changes[0].skillCode")));
		learner.post("/api/me/fit/what-if", whatIf(Levels.of("linux-administration", 4).and("underwater-welding", 3)))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("changes[1].skillCode")));
		learner.post("/api/me/fit/what-if", whatIf(Levels.of("linux-administration", 9)))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("changes[0].level")));
		learner.post("/api/me/fit/what-if", whatIf(Levels.of("linux-administration", -1)))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("changes[0].level")));
		learner.post("/api/me/fit/what-if", whatIf(Levels.none()))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("changes")));
		learner.post("/api/me/fit/what-if", "{}").andExpect(problem(400));
		assertThat(learner.currentLevels()).containsExactlyInAnyOrderEntriesOf(Map.of("linux-administration", 2));
	}

	// History

	@Test
	void historyHasOnePointPerChangeWithAFitPerRole() throws Exception {
		Learner learner = learner();
		learner.records(Levels.of("linux-administration", 2));
		learner.records(Levels.of("troubleshooting", 3));
		learner.records(Levels.of("linux-administration", 4));
		learner.records(Levels.of("web-servers", 4));

		String history = learner.body("/api/me/fit/history");
		assertThat(Json.<List<String>>read(history, "$.roles[*].code")).containsExactlyInAnyOrderElementsOf(ROLES);
		List<Map<String, Object>> points = Json.read(history, "$.points");
		assertThat(points).extracting((point) -> point.get("skillCode"))
			.containsExactly("linux-administration", "troubleshooting", "linux-administration", "web-servers");
		assertThat(points).extracting((point) -> point.get("level")).containsExactly(2, 3, 4, 4);
		List<Double> server = new ArrayList<>();
		for (Map<String, Object> point : points) {
			@SuppressWarnings("unchecked")
			Map<String, Number> fits = (Map<String, Number>) point.get("fits");
			assertThat(fits).containsOnlyKeys(ROLES);
			server.add(fits.get("server-engineer").doubleValue());
		}
		// each change raised a server engineer skill: the fit never goes down
		assertThat(server).isSorted().doesNotHaveDuplicates();
		assertThat(server.get(0)).isPositive();
		// the last point is where the learner stands now
		@SuppressWarnings("unchecked")
		Map<String, Number> last = (Map<String, Number>) points.get(points.size() - 1).get("fits");
		learner.fits().forEach((role, fit) -> assertThat(last.get(role).doubleValue()).isCloseTo(fit, ROUNDING));
	}

	@Test
	void aBlankProfileHasNoHistory() throws Exception {
		Learner learner = learner();
		assertThat(learner.<List<Object>>read("/api/me/fit/history", "$.points")).isEmpty();
		assertThat(learner.<List<Object>>read("/api/me/fit/history", "$.roles")).hasSize(6);
	}

	// Cost

	@Test
	void theRankingTakesTheSameFewSqlStatementsWhateverTheNumberOfSkills() throws Exception {
		Learner few = learner();
		few.records(Levels.of("linux-administration", 3).and("troubleshooting", 2));
		Learner many = learner();
		List<String> everySkill = many.read("/api/skills", "$[*].code");
		many.records(Levels.all(everySkill, 3));
		assertThat(many.currentLevels()).hasSize(everySkill.size()).hasSizeGreaterThanOrEqualTo(30);

		List<String> forFew = SqlStatementCounter.count(() -> few.get("/api/me/fit").andExpect(status().isOk()));
		List<String> forMany = SqlStatementCounter.count(() -> many.get("/api/me/fit").andExpect(status().isOk()));

		// the app's own statements; Spring Session reads and touches the session row
		// besides
		assertThat(forFew.stream().filter((sql) -> !sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION")))
			.as("statements for 2 skills: %s", forFew)
			.isNotEmpty()
			.hasSizeLessThanOrEqualTo(3);
		assertThat(forMany).as("statements for %s skills: %s", everySkill.size(), forMany).hasSameSizeAs(forFew);
		// a second look costs the same (nothing is loaded lazily on first use only)
		assertThat(SqlStatementCounter.count(() -> many.get("/api/me/fit").andExpect(status().isOk())))
			.hasSameSizeAs(forMany);
	}

	private static double delta(List<Map<String, Object>> whatIf, String role) {
		return whatIf.stream()
			.filter((fit) -> role.equals(fit.get("roleCode")))
			.map((fit) -> ((Number) fit.get("delta")).doubleValue())
			.findFirst()
			.orElseThrow(() -> new AssertionError("No " + role + " in " + whatIf));
	}

}

package dev.skillgap.learning;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.Levels;
import dev.skillgap.TestAccounts;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The learning catalog, recommendations, the plan with its workflow and hours, the goal
 * and the career path, through the API on a real PostgreSQL.
 */
@IntegrationTest
class LearningIntegrationTests {

	static final String LPIC_1 = "lpic-1";

	static final String CCNA = "ccna";

	static final String TERRAFORM = "hashicorp-terraform-associate";

	@Autowired
	MockMvc mvc;

	private Learner learner() throws Exception {
		return new Learner(new TestAccounts(this.mvc).register().client());
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	private static boolean fundamentals(Map<String, Object> item) {
		return Json.<List<String>>read(Json.write(item), "$.reasons[*].code").contains("fundamentals");
	}

	private static String hours(Object hours) {
		return Json.object("hours", hours);
	}

	private static String hours(Object hours, LocalDate on) {
		return Json.object("hours", hours, "loggedOn", on.toString());
	}

	private static String goal(String role, LocalDate date) {
		return Json.object("roleCode", role, "targetDate", (date != null) ? date.toString() : null);
	}

	private static String applyLevels(List<String> skills) {
		return Json.object("skillCodes", skills);
	}

	// The catalog

	@Test
	void theCatalogListsRealItemsThatRaiseSkills() throws Exception {
		Learner learner = learner();
		Set<String> skills = Set.copyOf(learner.<List<String>>read("/api/skills", "$[*].code"));
		List<Map<String, Object>> items = learner.read("/api/learning/items", "$");
		assertThat(items).hasSizeGreaterThanOrEqualTo(60);
		assertThat(items).extracting((item) -> item.get("code")).doesNotHaveDuplicates();
		assertThat(items).extracting((item) -> item.get("kind"))
			.contains("certification", "book", "documentation", "exam", "course", "lab");
		for (Map<String, Object> item : items) {
			assertThat((String) item.get("title")).as("title of %s", item.get("code")).isNotBlank();
			assertThat((Integer) item.get("hours")).as("hours of %s", item.get("code")).isPositive();
			List<Map<String, Object>> raises = Json.read(Json.write(item), "$.raises");
			assertThat(raises).as("raises of %s", item.get("code")).isNotEmpty().allSatisfy((raise) -> {
				assertThat(skills).contains((String) raise.get("skillCode"));
				assertThat((Integer) raise.get("to")).isGreaterThan((Integer) raise.get("from")).isBetween(1, 5);
			});
		}
	}

	@Test
	void theCatalogFiltersBySkillAndKind() throws Exception {
		Learner learner = learner();
		int all = learner.<List<Object>>read("/api/learning/items", "$").size();

		List<String> linux = learner.read("/api/learning/items?skill=linux-administration", "$[*].code");
		assertThat(linux).contains(LPIC_1).doesNotContain(CCNA).hasSizeLessThan(all);
		String linuxItems = learner.body("/api/learning/items?skill=linux-administration");
		for (int i = 0; i < linux.size(); i++) {
			assertThat(Json.<List<String>>read(linuxItems, "$[" + i + "].raises[*].skillCode"))
				.as("skills of %s", linux.get(i))
				.contains("linux-administration");
		}

		List<String> kinds = learner.read("/api/learning/items?kind=certification", "$[*].kind");
		assertThat(kinds).isNotEmpty().hasSizeLessThan(all).containsOnly("certification");

		List<String> books = learner.read("/api/learning/items?skill=linux-administration&kind=book", "$[*].code");
		assertThat(books).isNotEmpty().isSubsetOf(linux).doesNotContain(LPIC_1);

		assertThat(learner.<List<Object>>read("/api/learning/items?skill=underwater-welding", "$")).isEmpty();
	}

	@Test
	void oneItemInBothLanguagesAnd404ForAnUnknownOne() throws Exception {
		Learner learner = learner();
		learner.get("/api/learning/items/" + CCNA)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value(CCNA))
			.andExpect(jsonPath("$.kind").value("certification"))
			.andExpect(jsonPath("$.raises[*].skillCode").value(hasItem("routing-switching")));
		learner.in("ja")
			.get("/api/learning/items/" + LPIC_1)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.raises[?(@.skillCode == 'linux-administration')].skillName")
				.value(hasItem("Linuxサーバー管理")));
		learner.get("/api/learning/items/no-such-course").andExpect(problem(404));
	}

	// Recommendations

	@Test
	void recommendationsDefaultToTheBestFitAndRankByScore() throws Exception {
		Learner learner = learner();
		learner.records(Levels.serverAdministrator());
		String body = learner.body("/api/me/recommendations");
		assertThat(Json.<String>read(body, "$.role.roleCode")).isEqualTo("server-engineer")
			.isEqualTo(learner.bestRole());
		assertThat(Json.<Boolean>read(body, "$.bestFit")).isTrue();
		assertThat(Json.<Number>read(body, "$.role.fit").doubleValue()).isCloseTo(learner.fitTo("server-engineer"),
				Offset.offset(0.0001));

		List<Map<String, Object>> items = Json.read(body, "$.items");
		assertThat(items).isNotEmpty();
		// balanced: fundamentals first, then by score (issue 12)
		assertThat(items)
			.extracting((item) -> (fundamentals(item) ? 1000 : 0) + ((Number) item.get("score")).doubleValue())
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(items).extracting((item) -> ((Number) item.get("score")).doubleValue())
			.allSatisfy((score) -> assertThat(score).isPositive());
		assertThat(items).allSatisfy((item) -> {
			assertThat((String) item.get("reason")).isNotBlank().startsWith("Closes your");
			assertThat((Integer) item.get("weightedGapClosed")).isPositive();
			assertThat(Json.<List<Object>>read(Json.write(item), "$.closes")).isNotEmpty();
		});
		int total = Json.read(body, "$.total");
		assertThat(total).isGreaterThanOrEqualTo(items.size()).isGreaterThan(2);

		// limit cuts the list, not the total
		String two = learner.body("/api/me/recommendations?limit=2");
		assertThat(Json.<List<String>>read(two, "$.items[*].item.code")).containsExactlyElementsOf(items.subList(0, 2)
			.stream()
			.map((item) -> ((Map<?, ?>) item.get("item")).get("code"))
			.map(String.class::cast)
			.toList());
		assertThat(Json.<Integer>read(two, "$.total")).isEqualTo(total);
		for (String wrong : List.of("0", "201", "many")) {
			learner.get("/api/me/recommendations?limit=" + wrong)
				.andExpect(problem(400))
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("limit")));
		}

		// the path: its hours are the sum of its steps' hours
		List<Integer> stepHours = Json.read(body, "$.path.steps[*].item.hours");
		assertThat(stepHours).isNotEmpty();
		assertThat(Json.<Integer>read(body, "$.path.totalHours"))
			.isEqualTo(stepHours.stream().mapToInt(Integer::intValue).sum());
	}

	@Test
	void recommendationsForAChosenRoleCloseThatRolesGaps() throws Exception {
		Learner learner = learner();
		learner.records(Levels.serverAdministrator());
		Set<String> cloudSkills = Set
			.copyOf(learner.<List<String>>read("/api/roles/cloud-engineer", "$.requirements[*].skillCode"));
		String body = learner.body("/api/me/recommendations?role=cloud-engineer");
		assertThat(Json.<String>read(body, "$.role.roleCode")).isEqualTo("cloud-engineer");
		assertThat(Json.<Boolean>read(body, "$.bestFit")).isFalse();
		List<String> closed = Json.read(body, "$.items[*].closes[*].skillCode");
		assertThat(closed).isNotEmpty().allSatisfy((skill) -> assertThat(cloudSkills).contains(skill));
		// an item is offered only once its starting level is reached: a blank cloud
		// profile starts from the beginner items
		assertThat(Json.<List<String>>read(body, "$.items[*].item.code"))
			.doesNotContain("aws-certified-solutions-architect-professional");

		String japanese = learner.in("ja").read("/api/me/recommendations?role=cloud-engineer", "$.items[0].reason");
		assertThat(japanese).contains("時間");

		learner.get("/api/me/recommendations?role=astronaut").andExpect(problem(404));
	}

	@Test
	void itemsInThePlanAreNotRecommendedAgain() throws Exception {
		Learner learner = learner();
		String first = learner.read("/api/me/recommendations?role=network-engineer", "$.items[0].item.code");
		learner.plans(first);
		List<String> after = learner.read("/api/me/recommendations?role=network-engineer&limit=200",
				"$.items[*].item.code");
		assertThat(after).isNotEmpty().doesNotContain(first);
	}

	// The plan

	@Test
	void addingToThePlan() throws Exception {
		Learner learner = learner();
		learner.post("/api/me/plan", Json.object("itemCode", LPIC_1, "targetDate", today().plusMonths(3).toString()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.item.code").value(LPIC_1))
			.andExpect(jsonPath("$.status").value("planned"))
			.andExpect(jsonPath("$.position").value(0))
			.andExpect(jsonPath("$.hoursLogged").value(0))
			.andExpect(jsonPath("$.targetDate").value(today().plusMonths(3).toString()))
			.andExpect(jsonPath("$.addedAt").value(notNullValue()));
		learner.post("/api/me/plan", Json.object("itemCode", CCNA))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.position").value(1));

		learner.post("/api/me/plan", Json.object("itemCode", LPIC_1)).andExpect(problem(409));
		learner.post("/api/me/plan", Json.object("itemCode", "no-such-course")).andExpect(problem(404));
		learner.post("/api/me/plan", Json.object("itemCode", "")).andExpect(problem(400));
		assertThat(learner.planOrder()).containsExactly(LPIC_1, CCNA);

		// another learner's plan is their own
		assertThat(learner().planOrder()).isEmpty();
	}

	@Test
	void reorderingThePlan() throws Exception {
		Learner learner = learner().plans(LPIC_1).plans(CCNA).plans(TERRAFORM);
		learner.put("/api/me/plan/order", Json.object("itemCodes", List.of(TERRAFORM, LPIC_1, CCNA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].item.code").value(org.hamcrest.Matchers.contains(TERRAFORM, LPIC_1, CCNA)));
		assertThat(learner.planOrder()).containsExactly(TERRAFORM, LPIC_1, CCNA);

		for (List<String> wrong : List.of(List.of(TERRAFORM, LPIC_1), List.of(TERRAFORM, LPIC_1, CCNA, CCNA),
				List.of(TERRAFORM, LPIC_1, "rhcsa"), List.of(TERRAFORM, LPIC_1, LPIC_1))) {
			learner.put("/api/me/plan/order", Json.object("itemCodes", wrong))
				.andExpect(problem(400))
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("itemCodes")));
		}
		assertThat(learner.planOrder()).as("unchanged").containsExactly(TERRAFORM, LPIC_1, CCNA);
	}

	@Test
	void theStatusWorkflow() throws Exception {
		Learner learner = learner().plans(LPIC_1);
		learner.moves(LPIC_1, "in-progress")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.status").value("in-progress"))
			.andExpect(jsonPath("$.item.startedAt").value(notNullValue()))
			.andExpect(jsonPath("$.item.completedAt").value(nullValue()))
			.andExpect(jsonPath("$.proposedLevels").isEmpty());

		MvcResult done = learner.moves(LPIC_1, "done")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.status").value("done"))
			.andExpect(jsonPath("$.item.completedAt").value(notNullValue()))
			.andReturn();
		// what finishing LPIC-1 may raise, from level 0 for a new learner
		List<Map<String, Object>> proposed = Json.read(done, "$.proposedLevels");
		assertThat(proposed).extracting((p) -> p.get("skillCode"))
			.containsExactlyInAnyOrder("linux-administration", "shell-scripting", "storage", "network-fundamentals");
		assertThat(proposed).allSatisfy((p) -> assertThat(p).containsEntry("current", 0));
		assertThat(proposed).filteredOn((p) -> p.get("skillCode").equals("linux-administration"))
			.singleElement()
			// LPIC-1 leads Linux to 2 since issue 12 (LPI-Japan places even level 3 at
			// ITSS 3)
			.satisfies((p) -> assertThat(p).containsEntry("proposed", 2));
		learner.get("/api/me/plan/" + LPIC_1 + "/proposed-levels")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(4));

		learner.moves(LPIC_1, "planned")
			.andExpect(problem(409))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		learner.moves(LPIC_1, "finished")
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("status")));
		assertThat(learner.<String>read("/api/me/plan", "$.items[0].status")).isEqualTo("done");

		// done reopens to in progress
		learner.moves(LPIC_1, "in-progress")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.status").value("in-progress"))
			.andExpect(jsonPath("$.item.completedAt").value(nullValue()));
		learner.moves(CCNA, "done").andExpect(problem(404));
	}

	@Test
	void loggingHours() throws Exception {
		Learner learner = learner().plans(CCNA);
		learner.post("/api/me/plan/" + CCNA + "/hours", hours(2.5))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("in-progress"))
			.andExpect(jsonPath("$.startedAt").value(notNullValue()))
			.andExpect(jsonPath("$.hoursLogged").value(2.5));
		learner.post("/api/me/plan/" + CCNA + "/hours", hours(1, today().minusDays(1)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hoursLogged").value(3.5));

		String plan = learner.body("/api/me/plan");
		List<Number> weeks = Json.read(plan, "$.hoursPerWeek[*].hours");
		assertThat(weeks.stream().mapToDouble(Number::doubleValue).sum()).isEqualTo(3.5);
		List<String> weekStarts = Json.read(plan, "$.hoursPerWeek[*].week");
		assertThat(weekStarts).allSatisfy(
				(week) -> assertThat(LocalDate.parse(week).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));

		learner.post("/api/me/plan/" + CCNA + "/hours", hours(1, today().plusDays(2)))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("loggedOn")));
		for (Object wrong : List.of(0, 25, -1)) {
			learner.post("/api/me/plan/" + CCNA + "/hours", hours(wrong))
				.andExpect(problem(400))
				.andExpect(jsonPath("$.errors[*].field").value(hasItem("hours")));
		}
		learner.post("/api/me/plan/" + CCNA + "/hours", "{}").andExpect(problem(400));
		assertThat(learner.<Number>read("/api/me/plan", "$.items[0].hoursLogged").doubleValue()).isEqualTo(3.5);

		learner.post("/api/me/plan/" + LPIC_1 + "/hours", hours(1)).andExpect(problem(404));
	}

	/**
	 * Thirty logs of 24 h on one day were once accepted (720 h): a day holds at most 24
	 * hours, per item and over all of a person's items, with an error naming the hours.
	 */
	@Test
	void aDayHoldsAtMostTwentyFourHoursOverEveryItem() throws Exception {
		Learner learner = learner().plans(CCNA).plans(LPIC_1);
		LocalDate yesterday = today().minusDays(1);
		learner.post("/api/me/plan/" + CCNA + "/hours", hours(24, yesterday)).andExpect(status().isOk());
		learner.post("/api/me/plan/" + CCNA + "/hours", hours(24, yesterday))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("hours"))
			.andExpect(jsonPath("$.errors[0].message").value(
					"A day has 24 hours: 24 h are already logged on " + yesterday + ", so at most 0 h more can be."));
		learner.post("/api/me/plan/" + LPIC_1 + "/hours", hours(0.5, yesterday))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("hours"));

		learner.post("/api/me/plan/" + CCNA + "/hours", hours(20)).andExpect(status().isOk());
		learner.post("/api/me/plan/" + LPIC_1 + "/hours", hours(4.5)).andExpect(problem(400));
		learner.post("/api/me/plan/" + LPIC_1 + "/hours", hours(4)).andExpect(status().isOk());
		learner.post("/api/me/plan/" + LPIC_1 + "/hours", hours(0.1)).andExpect(problem(400));

		String plan = learner.body("/api/me/plan");
		List<Number> logged = Json.read(plan, "$.items[*].hoursLogged");
		assertThat(logged.stream().mapToDouble(Number::doubleValue).sum()).isEqualTo(48.0);
	}

	@Test
	void removingFromThePlan() throws Exception {
		Learner learner = learner().plans(LPIC_1).plans(CCNA);
		learner.delete("/api/me/plan/" + LPIC_1).andExpect(status().isNoContent());
		assertThat(learner.planOrder()).containsExactly(CCNA);
		learner.delete("/api/me/plan/" + LPIC_1).andExpect(problem(404));
		learner.moves(LPIC_1, "in-progress").andExpect(problem(404));
		// and it can be added again
		learner.plans(LPIC_1);
		assertThat(learner.planOrder()).containsExactly(CCNA, LPIC_1);
	}

	@Test
	void levelsAreRaisedOnlyFromAFinishedItem() throws Exception {
		Learner learner = learner().plans(LPIC_1);
		learner.post("/api/me/plan/" + LPIC_1 + "/apply-levels", applyLevels(List.of("linux-administration")))
			.andExpect(problem(409));
		learner.moves(LPIC_1, "done").andExpect(status().isOk());
		learner.post("/api/me/plan/" + LPIC_1 + "/apply-levels", applyLevels(List.of("routing-switching")))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[0].field").value("skillCodes[0]"));
		learner.post("/api/me/plan/" + LPIC_1 + "/apply-levels", applyLevels(List.of())).andExpect(problem(400));
		assertThat(learner.currentLevels()).isEmpty();

		learner.post("/api/me/plan/" + LPIC_1 + "/apply-levels", applyLevels(List.of("linux-administration")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].skillCode").value("linux-administration"))
			.andExpect(jsonPath("$[0].level").value(2))
			.andExpect(jsonPath("$[0].source").value("learning-item"))
			.andExpect(jsonPath("$[0].learningItemCode").value(LPIC_1));
		// only the confirmed skill was raised
		assertThat(learner.currentLevels()).containsExactlyInAnyOrderEntriesOf(Map.of("linux-administration", 2));
		learner.get("/api/me/skills/linux-administration/history")
			.andExpect(jsonPath("$[0].source").value("learning-item"))
			.andExpect(jsonPath("$[0].learningItemCode").value(LPIC_1));
	}

	@Test
	void fromGapToHigherFit() throws Exception {
		Learner learner = learner();
		learner.records(Levels.serverAdministrator());
		String role = "cloud-engineer";
		double fitBefore = learner.fitTo(role);

		// the gap becomes a recommendation
		String recommendations = learner.body("/api/me/recommendations?role=" + role);
		String item = Json.read(recommendations, "$.items[0].item.code");
		List<String> closes = Json.read(recommendations, "$.items[0].closes[*].skillCode");
		List<Integer> reaches = Json.read(recommendations, "$.items[0].closes[*].to");

		// which goes into the plan, is worked on and finished
		learner.plans(item);
		learner.post("/api/me/plan/" + item + "/hours", hours(3)).andExpect(status().isOk());
		String done = Json.body(learner.moves(item, "done").andExpect(status().isOk()).andReturn());
		List<String> proposed = Json.read(done, "$.proposedLevels[*].skillCode");
		assertThat(proposed).containsAll(closes);

		// the learner confirms the new levels
		learner.post("/api/me/plan/" + item + "/apply-levels", applyLevels(proposed)).andExpect(status().isOk());
		Map<String, Integer> levels = learner.currentLevels();
		for (int i = 0; i < closes.size(); i++) {
			assertThat(levels.get(closes.get(i))).as("level of %s", closes.get(i))
				.isGreaterThanOrEqualTo(reaches.get(i));
		}
		List<Map<String, Object>> current = learner.read("/api/me/skills", "$");
		assertThat(current).filteredOn((entry) -> closes.contains(entry.get("skillCode")))
			.allSatisfy((entry) -> assertThat(entry).containsEntry("source", "learning-item")
				.containsEntry("learningItemCode", item));

		// and the fit to the role went up
		assertThat(learner.fitTo(role)).isGreaterThan(fitBefore);
		assertThat(learner.<List<String>>read("/api/me/recommendations?role=" + role + "&limit=200",
				"$.items[*].item.code"))
			.doesNotContain(item);
	}

	// The goal

	@Test
	void theGoalAndThePace() throws Exception {
		Learner learner = learner();
		learner.get("/api/me/goal").andExpect(status().isNoContent()).andExpect(content().string(""));

		// two years: the whole path at well under 40 h a week
		LocalDate target = today().plusMonths(24);
		String goal = Json.body(learner.put("/api/me/goal", goal("cloud-engineer", target))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roleCode").value("cloud-engineer"))
			.andExpect(jsonPath("$.roleName").value("Cloud engineer"))
			.andExpect(jsonPath("$.targetDate").value(target.toString()))
			.andExpect(jsonPath("$.fit").value(0.0))
			.andExpect(jsonPath("$.hoursLogged").value(0.0))
			.andExpect(jsonPath("$.hoursPerWeek").value(0.0))
			.andExpect(jsonPath("$.projectedDate").value(nullValue()))
			// a new goal with months left is not behind at 0 hours
			.andExpect(jsonPath("$.paceStatus").value("starting"))
			// ... nor on track: no hours, no projection
			.andExpect(jsonPath("$.onTrack").value(false))
			.andReturn());
		int pathHours = Json.read(goal, "$.pathHours");
		assertThat(pathHours).isPositive()
			.isEqualTo(learner.<Integer>read("/api/me/recommendations?role=cloud-engineer", "$.path.totalHours"));
		assertThat(Json.<Number>read(goal, "$.remainingHours").doubleValue()).isEqualTo(pathHours);
		assertThat(Json.<Number>read(goal, "$.requiredHoursPerWeek").doubleValue()).isPositive()
			.isLessThanOrEqualTo(40);
		assertThat(learner.body("/api/me/goal")).isEqualTo(goal);

		// the same path in six months needs more than 40 h a week: behind from the start
		learner.put("/api/me/goal", goal("cloud-engineer", today().plusMonths(6)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paceStatus").value("behind"))
			.andExpect(jsonPath("$.onTrack").value(false));
		learner.put("/api/me/goal", goal("cloud-engineer", target)).andExpect(status().isOk());

		// logging hours on an item of the path sets a pace and a projected date
		String firstStep = learner.read("/api/me/recommendations?role=cloud-engineer", "$.path.steps[0].item.code");
		learner.plans(firstStep);
		learner.post("/api/me/plan/" + firstStep + "/hours", hours(2)).andExpect(status().isOk());
		learner.get("/api/me/goal")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hoursLogged").value(2.0))
			.andExpect(jsonPath("$.hoursPerWeek").value(2.0))
			.andExpect(jsonPath("$.remainingHours").value(pathHours - 2.0))
			.andExpect(jsonPath("$.projectedDate").value(notNullValue()));

		// a new goal replaces the old one
		learner.put("/api/me/goal", goal("network-engineer", target.plusMonths(6)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roleCode").value("network-engineer"));

		learner.delete("/api/me/goal").andExpect(status().isNoContent());
		learner.get("/api/me/goal").andExpect(status().isNoContent());
	}

	@Test
	void aGoalNeedsAKnownRoleAndADate() throws Exception {
		Learner learner = learner();
		learner.put("/api/me/goal", goal("astronaut", today().plusMonths(6))).andExpect(problem(404));
		learner.put("/api/me/goal", goal("cloud-engineer", null))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("targetDate")));
		learner.put("/api/me/goal", goal(null, today().plusMonths(6)))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("roleCode")));
		learner.put("/api/me/goal", Json.object("roleCode", "cloud-engineer", "targetDate", "next spring"))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("targetDate")));
		learner.get("/api/me/goal").andExpect(status().isNoContent());
	}

	// The career path

	@Test
	void theCareerPathFromTheBestFit() throws Exception {
		Learner learner = learner();
		learner.records(Levels.serverAdministrator());
		String career = learner.body("/api/me/career");
		assertThat(Json.<String>read(career, "$.currentRoleCode")).isEqualTo("server-engineer");
		assertThat(Json.<String>read(career, "$.currentRoleName")).isEqualTo("Server engineer");
		assertThat(Json.<Boolean>read(career, "$.chosen")).isFalse();
		assertThat(Json.<List<String>>read(career, "$.nodes[*].roleCode")).hasSize(6)
			.containsExactlyInAnyOrder("infrastructure-engineer", "server-engineer", "cloud-engineer",
					"network-engineer", "devops-engineer", "system-architect");
		List<Map<String, String>> edges = Json.read(career, "$.edges");
		assertThat(edges).containsExactlyInAnyOrder(edge("infrastructure-engineer", "cloud-engineer"),
				edge("infrastructure-engineer", "network-engineer"), edge("server-engineer", "devops-engineer"),
				edge("server-engineer", "system-architect"));

		List<Map<String, Object>> next = Json.read(career, "$.nextSteps");
		assertThat(next).extracting((step) -> Json.<String>read(Json.write(step), "$.role.roleCode"))
			.containsExactlyInAnyOrder("devops-engineer", "system-architect");
		for (Map<String, Object> step : next) {
			String role = Json.read(Json.write(step), "$.role.roleCode");
			assertThat((Integer) step.get("estimatedHours")).as("hours to %s", role)
				.isPositive()
				.isEqualTo(learner.<Integer>read("/api/me/recommendations?role=" + role, "$.path.totalHours"));
			assertThat(Json.<Number>read(Json.write(step), "$.role.fit").doubleValue()).isCloseTo(learner.fitTo(role),
					Offset.offset(0.0001));
		}
	}

	@Test
	void choosingTheCurrentRole() throws Exception {
		Learner learner = learner();
		learner.records(Levels.serverAdministrator());
		learner.put("/api/me/career/current", Json.object("roleCode", "infrastructure-engineer"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentRoleCode").value("infrastructure-engineer"))
			.andExpect(jsonPath("$.chosen").value(true))
			.andExpect(jsonPath("$.nextSteps[*].role.roleCode")
				.value(org.hamcrest.Matchers.containsInAnyOrder("cloud-engineer", "network-engineer")));
		learner.get("/api/me/career")
			.andExpect(jsonPath("$.currentRoleCode").value("infrastructure-engineer"))
			.andExpect(jsonPath("$.chosen").value(true));

		learner.put("/api/me/career/current", Json.object("roleCode", "astronaut")).andExpect(problem(404));
		learner.get("/api/me/career").andExpect(jsonPath("$.currentRoleCode").value("infrastructure-engineer"));

		learner.put("/api/me/career/current", Json.object("roleCode", null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentRoleCode").value("server-engineer"))
			.andExpect(jsonPath("$.chosen").value(false));
		// a leaf role has no next steps
		learner.put("/api/me/career/current", Json.object("roleCode", "cloud-engineer"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nextSteps").isEmpty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/me/plan", "/api/me/career", "/api/me/recommendations" })
	void aNewLearnerCanOpenEveryPage(String path) throws Exception {
		learner().get(path).andExpect(status().isOk());
	}

	private static Map<String, String> edge(String from, String to) {
		return Map.of("from", from, "to", to);
	}

}

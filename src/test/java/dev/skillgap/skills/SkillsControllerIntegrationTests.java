package dev.skillgap.skills;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The skill taxonomy in both languages and a person's levels with their history: the
 * {@code /api/skills} and {@code /api/me/skills} routes of the API contract.
 */
@IntegrationTest
class SkillsControllerIntegrationTests {

	static final String LINUX = "linux-administration";

	static final String TROUBLESHOOTING = "troubleshooting";

	@Autowired
	MockMvc mvc;

	private Learner learner() throws Exception {
		return new Learner(new TestAccounts(this.mvc).register().client());
	}

	// The taxonomy

	@Test
	void everySkillComesWithSixLevelDescriptorsInEnglish() throws Exception {
		List<Map<String, Object>> skills = learner().read("/api/skills", "$");
		assertThat(skills).hasSizeGreaterThanOrEqualTo(30);
		for (Map<String, Object> skill : skills) {
			assertThat((String) skill.get("code")).matches("[a-z0-9]+(-[a-z0-9]+)*");
			assertThat((String) skill.get("name")).as("name of %s", skill.get("code")).isNotBlank();
			assertThat((String) skill.get("category")).as("category of %s", skill.get("code")).isNotBlank();
			assertThat((String) skill.get("description")).as("description of %s", skill.get("code")).isNotBlank();
			List<Map<String, Object>> levels = Json.read(Json.write(skill), "$.levels");
			assertThat(levels).as("levels of %s", skill.get("code"))
				.extracting((level) -> level.get("level"))
				.containsExactly(0, 1, 2, 3, 4, 5);
			assertThat(levels).allSatisfy((level) -> assertThat((String) level.get("description")).isNotBlank());
		}
		assertThat(skills).extracting((skill) -> skill.get("code")).doesNotHaveDuplicates();
		assertThat(nameOf(skills, LINUX)).isEqualTo("Linux server administration");
	}

	@Test
	void namesAndDescriptionsFollowAcceptLanguage() throws Exception {
		Learner learner = learner();
		List<Map<String, Object>> english = learner.read("/api/skills", "$");
		List<Map<String, Object>> japanese = learner.in("ja").read("/api/skills", "$");

		assertThat(japanese).extracting((skill) -> skill.get("code"))
			.containsExactlyElementsOf(english.stream().map((skill) -> skill.get("code")).toList());
		assertThat(nameOf(japanese, LINUX)).isEqualTo("Linuxサーバー管理");
		Map<String, Object> linux = find(japanese, LINUX);
		assertThat((String) linux.get("description")).isNotEqualTo(find(english, LINUX).get("description"))
			.containsPattern("\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}");
		List<String> levelDescriptions = Json.read(Json.write(linux), "$.levels[*].description");
		assertThat(levelDescriptions).hasSize(6)
			.allSatisfy((description) -> assertThat(description)
				.containsPattern("\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}"));
		// most names differ between the languages (a few, like "AWS", do not)
		long translated = english.stream()
			.filter((skill) -> !skill.get("name").equals(nameOf(japanese, (String) skill.get("code"))))
			.count();
		assertThat(translated).isGreaterThan(english.size() / 2);
	}

	@Test
	void categoriesAreListedInBothLanguagesAndCoverEverySkill() throws Exception {
		Learner learner = learner();
		List<Map<String, Object>> categories = learner.read("/api/skills/categories", "$");
		List<Map<String, Object>> japanese = learner.in("ja").read("/api/skills/categories", "$");
		assertThat(categories).isNotEmpty();
		assertThat(categories).allSatisfy((category) -> assertThat((String) category.get("name")).isNotBlank());
		assertThat(japanese).extracting((category) -> category.get("code"))
			.containsExactlyElementsOf(categories.stream().map((category) -> category.get("code")).toList());
		assertThat(japanese).extracting((category) -> category.get("name"))
			.isNotEqualTo(categories.stream().map((category) -> category.get("name")).toList());
		List<String> used = learner.read("/api/skills", "$[*].category");
		assertThat(categories.stream().map((category) -> category.get("code")).toList())
			.containsAll(used.stream().distinct().toList());
	}

	@Test
	void theScaleGoesFromZeroToFiveWithItssAndSfiaEquivalents() throws Exception {
		Learner learner = learner();
		List<Map<String, Object>> scale = learner.read("/api/skills/scale", "$");
		assertThat(scale).extracting((level) -> level.get("level")).containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(scale).allSatisfy((level) -> {
			assertThat((String) level.get("name")).isNotBlank();
			assertThat((String) level.get("description")).isNotBlank();
			assertThat(level).containsKeys("itss", "sfia");
		});
		// every level above "none" names an ITSS and an SFIA level
		assertThat(scale.subList(1, 6)).allSatisfy((level) -> {
			assertThat((String) level.get("itss")).containsPattern("\\d");
			assertThat((String) level.get("sfia")).containsPattern("\\d");
		});
		List<String> japaneseNames = learner.in("ja").read("/api/skills/scale", "$[*].name");
		assertThat(japaneseNames).isNotEqualTo(scale.stream().map((level) -> level.get("name")).toList());
	}

	// My levels

	@Test
	void settingALevelAnswersTheNewEntry() throws Exception {
		Learner learner = learner();
		Instant before = Instant.now().minusSeconds(5);
		MvcResult result = learner
			.put("/api/me/skills/" + LINUX,
					Json.object("level", 3, "evidence", "Ran the team's RHEL fleet for a year", "evidenceUrl",
							"https://example.com/portfolio/linux"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.skillCode").value(LINUX))
			.andExpect(jsonPath("$.level").value(3))
			.andExpect(jsonPath("$.source").value("self"))
			.andExpect(jsonPath("$.evidence").value("Ran the team's RHEL fleet for a year"))
			.andExpect(jsonPath("$.evidenceUrl").value("https://example.com/portfolio/linux"))
			.andReturn();
		Instant assessedAt = Instant.parse(Json.read(result, "$.assessedAt"));
		assertThat(assessedAt).isBetween(before, Instant.now().plusSeconds(5));

		List<Map<String, Object>> current = learner.read("/api/me/skills", "$");
		assertThat(current).hasSize(1);
		assertThat(current.get(0)).containsEntry("skillCode", LINUX)
			.containsEntry("level", 3)
			.containsEntry("source", "self")
			.containsEntry("evidence", "Ran the team's RHEL fleet for a year")
			.containsKey("assessedAt");
	}

	@Test
	void aNewLevelKeepsTheOldOneInTheHistory() throws Exception {
		Learner learner = learner();
		learner.put("/api/me/skills/" + LINUX, Json.object("level", 2, "evidence", "first try"))
			.andExpect(status().isOk());
		learner.putLevel(TROUBLESHOOTING, 1).andExpect(status().isOk());
		learner.put("/api/me/skills/" + LINUX, Json.object("level", 4, "evidence", "after LPIC-2"))
			.andExpect(status().isOk());

		// current = the latest per skill
		assertThat(learner.currentLevels()).containsExactlyInAnyOrderEntriesOf(Map.of(LINUX, 4, TROUBLESHOOTING, 1));

		// one skill: newest first
		String linuxHistory = learner.body("/api/me/skills/" + LINUX + "/history");
		assertThat(Json.<List<Integer>>read(linuxHistory, "$[*].level")).containsExactly(4, 2);
		assertThat(Json.<List<String>>read(linuxHistory, "$[*].evidence")).containsExactly("after LPIC-2", "first try");
		List<String> times = Json.read(linuxHistory, "$[*].assessedAt");
		assertThat(Instant.parse(times.get(0))).isAfterOrEqualTo(Instant.parse(times.get(1)));

		// everything: oldest first
		String all = learner.body("/api/me/skills/history");
		assertThat(Json.<List<String>>read(all, "$[*].skillCode")).containsExactly(LINUX, TROUBLESHOOTING, LINUX);
		assertThat(Json.<List<Integer>>read(all, "$[*].level")).containsExactly(2, 1, 4);
	}

	@Test
	void newEvidenceAtTheSameLevelEditsTheEntryInsteadOfAddingOne() throws Exception {
		Learner learner = learner();
		learner.put("/api/me/skills/" + LINUX, Json.object("level", 3, "evidence", "built a server"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidenceEditedAt").value(org.hamcrest.Matchers.nullValue()));
		learner.put("/api/me/skills/" + LINUX, Json.object("level", 3, "evidence", "built two servers"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidence").value("built two servers"))
			.andExpect(jsonPath("$.evidenceEditedAt").isNotEmpty());
		// the same again changes nothing
		learner.put("/api/me/skills/" + LINUX, Json.object("level", 3, "evidence", "built two servers"))
			.andExpect(status().isOk());
		String history = learner.body("/api/me/skills/" + LINUX + "/history");
		assertThat(Json.<List<Integer>>read(history, "$[*].level")).containsExactly(3);
		assertThat(Json.<List<String>>read(history, "$[*].evidence")).containsExactly("built two servers");
		// a new level is a new entry again
		learner.put("/api/me/skills/" + LINUX, Json.object("level", 4)).andExpect(status().isOk());
		assertThat(learner.<List<Integer>>read("/api/me/skills/" + LINUX + "/history", "$[*].level")).containsExactly(4,
				3);
	}

	@Test
	void levelsMayGoDownAndTheLatestCounts() throws Exception {
		Learner learner = learner();
		learner.putLevel(LINUX, 5).andExpect(status().isOk());
		learner.putLevel(LINUX, 0).andExpect(status().isOk()).andExpect(jsonPath("$.level").value(0));
		assertThat(learner.currentLevels()).containsEntry(LINUX, 0);
		assertThat(learner.<List<Integer>>read("/api/me/skills/" + LINUX + "/history", "$[*].level")).containsExactly(0,
				5);
	}

	@Test
	void anUnknownSkillIs404() throws Exception {
		Learner learner = learner();
		learner.putLevel("cobol-on-mainframes", 3).andExpect(problem(404));
		learner.get("/api/me/skills/cobol-on-mainframes/history").andExpect(problem(404));
		assertThat(learner.currentLevels()).isEmpty();
	}

	@ParameterizedTest(name = "level {0}")
	@ValueSource(strings = { "6", "-1", "\"abc\"", "missing", "null", "2.5e1", "[3]" })
	void aLevelOutsideZeroToFiveIs400OnTheLevelField(String level) throws Exception {
		Learner learner = learner();
		String body = level.equals("missing") ? Json.object("evidence", "no level")
				: "{\"level\": " + level + ", \"evidence\": \"bad level\"}";
		learner.put("/api/me/skills/" + LINUX, body)
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("level")));
		assertThat(learner.currentLevels()).as("nothing was recorded").isEmpty();
	}

	@Test
	void aLevelTooLargeForAnIntIs400OnTheLevelField() throws Exception {
		Learner learner = learner();
		learner.put("/api/me/skills/" + LINUX, "{\"level\": 99999999999}")
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("level")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JavaScript:alert(document.cookie)",
			"data:text/html,<script>alert(1)</script>", "ftp://example.com/file", "not a link", "https://" })
	void anEvidenceLinkMustBeAWebLink(String url) throws Exception {
		Learner learner = learner();
		learner.put("/api/me/skills/" + LINUX, Json.object("level", 2, "evidenceUrl", url))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("evidenceUrl")));
		assertThat(learner.currentLevels()).isEmpty();
	}

	@Test
	void evidenceIsLimitedTo2000Characters() throws Exception {
		Learner learner = learner();
		learner.put("/api/me/skills/" + LINUX, Json.object("level", 2, "evidence", "x".repeat(2001)))
			.andExpect(problem(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("evidence")));
		assertThat(learner.currentLevels()).isEmpty();

		// 2000 characters fit, even when each takes three bytes
		String japanese = "障害対応".repeat(500);
		learner.put("/api/me/skills/" + LINUX, Json.object("level", 2, "evidence", japanese))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evidence").value(japanese));
	}

	@Test
	void oneLearnerNeverSeesAnothersLevels() throws Exception {
		Learner alice = learner();
		Learner bob = learner();
		alice.records(dev.skillgap.Levels.of(LINUX, 5).and(TROUBLESHOOTING, 4));
		bob.putLevel(LINUX, 1).andExpect(status().isOk());

		assertThat(alice.currentLevels()).containsExactlyInAnyOrderEntriesOf(Map.of(LINUX, 5, TROUBLESHOOTING, 4));
		assertThat(bob.currentLevels()).containsExactlyInAnyOrderEntriesOf(Map.of(LINUX, 1));
		assertThat(bob.<List<Integer>>read("/api/me/skills/" + LINUX + "/history", "$[*].level")).containsExactly(1);
		assertThat(bob.<List<String>>read("/api/me/skills/history", "$[*].skillCode")).containsExactly(LINUX);
		assertThat(bob.<List<Object>>read("/api/me/skills/" + TROUBLESHOOTING + "/history", "$")).isEmpty();
		// and a newcomer sees nothing at all
		assertThat(learner().currentLevels()).isEmpty();
	}

	@Test
	void historyTimesAreIsoInstantsInUtc() throws Exception {
		Learner learner = learner();
		learner.putLevel(LINUX, 2).andExpect(status().isOk());
		String at = learner.read("/api/me/skills", "$[0].assessedAt");
		assertThat(at).endsWith("Z");
		assertThat(Duration.between(Instant.parse(at), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
	}

	private static Map<String, Object> find(List<Map<String, Object>> skills, String code) {
		return skills.stream()
			.filter((skill) -> code.equals(skill.get("code")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No skill " + code));
	}

	private static String nameOf(List<Map<String, Object>> skills, String code) {
		return (String) find(skills, code).get("name");
	}

}

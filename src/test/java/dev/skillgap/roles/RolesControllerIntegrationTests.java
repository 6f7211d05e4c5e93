package dev.skillgap.roles;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;

/** The six role profiles of the article: {@code GET /api/roles} of the API contract. */
@IntegrationTest
class RolesControllerIntegrationTests {

	static final List<String> CONTRACT_ROLES = List.of("infrastructure-engineer", "server-engineer", "cloud-engineer",
			"network-engineer", "devops-engineer", "system-architect");

	@Autowired
	MockMvc mvc;

	private Learner learner() throws Exception {
		return new Learner(new TestAccounts(this.mvc).register().client());
	}

	@Test
	void theSixRolesOfTheContract() throws Exception {
		List<Map<String, Object>> roles = learner().read("/api/roles", "$");
		assertThat(roles).extracting((role) -> role.get("code")).containsExactlyInAnyOrderElementsOf(CONTRACT_ROLES);
		assertThat(roles).allSatisfy((role) -> {
			assertThat((String) role.get("name")).as("name of %s", role.get("code")).isNotBlank();
			assertThat((String) role.get("summary")).as("summary of %s", role.get("code")).isNotBlank();
		});
	}

	@Test
	void requirementsNameKnownSkillsWithTargetWeightAndRationale() throws Exception {
		Learner learner = learner();
		Set<String> skills = Set.copyOf(learner.<List<String>>read("/api/skills", "$[*].code"));
		List<Map<String, Object>> roles = learner.read("/api/roles", "$");
		for (Map<String, Object> role : roles) {
			List<Map<String, Object>> requirements = Json.read(Json.write(role), "$.requirements");
			assertThat(requirements).as("requirements of %s", role.get("code")).hasSizeGreaterThanOrEqualTo(5);
			assertThat(requirements).extracting((r) -> r.get("skillCode")).doesNotHaveDuplicates();
			assertThat(requirements).allSatisfy((requirement) -> {
				assertThat(skills).as("skills").contains((String) requirement.get("skillCode"));
				assertThat((Integer) requirement.get("targetLevel")).isBetween(1, 5);
				assertThat((Integer) requirement.get("weight")).isBetween(1, 3);
				assertThat((String) requirement.get("rationale")).isNotBlank();
			});
		}
	}

	@Test
	void nextRolesFollowTheArticle() throws Exception {
		List<Map<String, Object>> roles = learner().read("/api/roles", "$");
		assertThat(nextRoles(roles, "infrastructure-engineer")).containsExactlyInAnyOrder("cloud-engineer",
				"network-engineer");
		assertThat(nextRoles(roles, "server-engineer")).containsExactlyInAnyOrder("devops-engineer",
				"system-architect");
		for (String leaf : List.of("cloud-engineer", "network-engineer", "devops-engineer", "system-architect")) {
			assertThat(nextRoles(roles, leaf)).as("next roles of %s", leaf).isEmpty();
		}
	}

	@Test
	void serverEngineersGoDeepAndInfrastructureEngineersGoBroad() throws Exception {
		Learner learner = learner();
		Map<String, Object> server = learner.read("/api/roles/server-engineer", "$");
		Map<String, Object> infrastructure = learner.read("/api/roles/infrastructure-engineer", "$");
		// issue 12: 4 (ITSS 4 / SFIA 5), not 5; Linux or Windows (l.27)
		assertThat(requirement(server, "linux-administration")).containsEntry("targetLevel", 4)
			.containsEntry("weight", 3)
			.containsEntry("anyOf", "linux-administration");
		assertThat(requirement(server, "windows-server-administration")).containsEntry("anyOf", "linux-administration");
		assertThat((Integer) requirement(infrastructure, "linux-administration").get("targetLevel")).isLessThan(4);
		assertThat(requirement(infrastructure, "network-fundamentals")).containsEntry("weight", 3);
		assertThat((Integer) requirement(infrastructure, "network-fundamentals").get("targetLevel"))
			.isGreaterThan((Integer) requirement(server, "network-fundamentals").get("targetLevel"));
	}

	@Test
	void namesSummariesAndRationalesAreInJapaneseOnRequest() throws Exception {
		Learner learner = learner();
		List<Map<String, Object>> japanese = learner.in("ja").read("/api/roles", "$");
		assertThat(nameOf(japanese, "infrastructure-engineer")).isEqualTo("インフラエンジニア");
		assertThat(nameOf(japanese, "server-engineer")).isEqualTo("サーバーエンジニア");
		assertThat(nameOf(japanese, "cloud-engineer")).isEqualTo("クラウドエンジニア");
		assertThat(nameOf(japanese, "network-engineer")).isEqualTo("ネットワークエンジニア");
		String japaneseText = "\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}";
		assertThat(japanese).allSatisfy((role) -> {
			assertThat((String) role.get("summary")).containsPattern(japaneseText);
			List<String> rationales = Json.read(Json.write(role), "$.requirements[*].rationale");
			assertThat(rationales).allSatisfy((rationale) -> assertThat(rationale).containsPattern(japaneseText));
		});
		List<Map<String, Object>> english = learner.read("/api/roles", "$");
		assertThat(nameOf(english, "infrastructure-engineer")).isEqualTo("Infrastructure engineer");
		assertThat(nameOf(english, "server-engineer")).isEqualTo("Server engineer");
	}

	@Test
	void oneRoleIsTheSameAsInTheList() throws Exception {
		Learner learner = learner();
		List<Map<String, Object>> roles = learner.read("/api/roles", "$");
		for (String code : CONTRACT_ROLES) {
			Map<String, Object> role = learner.read("/api/roles/" + code, "$");
			assertThat(role).isEqualTo(find(roles, code));
		}
	}

	@Test
	void anUnknownRoleIs404() throws Exception {
		Learner learner = learner();
		learner.get("/api/roles/astronaut").andExpect(problem(404));
		learner.get("/api/roles/Server-Engineer").andExpect(problem(404));
	}

	private static Map<String, Object> find(List<Map<String, Object>> roles, String code) {
		return roles.stream()
			.filter((role) -> code.equals(role.get("code")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No role " + code));
	}

	private static String nameOf(List<Map<String, Object>> roles, String code) {
		return (String) find(roles, code).get("name");
	}

	@SuppressWarnings("unchecked")
	private static List<String> nextRoles(List<Map<String, Object>> roles, String code) {
		return (List<String>) find(roles, code).get("nextRoles");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> requirement(Map<String, Object> role, String skill) {
		return ((List<Map<String, Object>>) role.get("requirements")).stream()
			.filter((r) -> skill.equals(r.get("skillCode")))
			.findFirst()
			.orElseThrow(() -> new AssertionError(role.get("code") + " does not require " + skill));
	}

}

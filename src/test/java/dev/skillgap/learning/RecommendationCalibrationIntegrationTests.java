package dev.skillgap.learning;

import java.util.List;
import java.util.Map;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.Levels;
import dev.skillgap.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 through the API: alternatives in recommendations, the honest start of a blank
 * profile and the learner's preference.
 */
@IntegrationTest
class RecommendationCalibrationIntegrationTests {

	@Autowired
	MockMvc mvc;

	private Learner learner() throws Exception {
		return new Learner(new TestAccounts(this.mvc).register().client());
	}

	@Test
	void aLinuxOnlyServerEngineerIsNotSentToWindowsTraining() throws Exception {
		Learner learner = learner();
		learner.records(Levels.linuxServerEngineer());

		String body = learner.body("/api/me/recommendations?role=server-engineer&limit=200");

		assertThat(Json.<List<String>>read(body, "$.items[*].closes[*].skillCode"))
			.doesNotContain("windows-server-administration");
		assertThat(Json.<List<String>>read(body, "$.path.steps[*].closes[*].skillCode"))
			.doesNotContain("windows-server-administration");
		assertThat(Json.<List<String>>read(body, "$.path.unclosed[*].skillCode"))
			.doesNotContain("windows-server-administration", "linux-administration");
		assertThat(Json.<List<String>>read(body, "$.role.largestGaps[*].skillCode"))
			.doesNotContain("windows-server-administration");
	}

	@Test
	void aBlankProfileHasNoBestFitAndGetsFundamentalsForTheRoleItPicks() throws Exception {
		Learner learner = learner();

		String none = learner.body("/api/me/recommendations");
		assertThat(Json.<Object>read(none, "$.role")).isNull();
		assertThat(Json.<Boolean>read(none, "$.bestFit")).isFalse();
		assertThat(Json.<List<Object>>read(none, "$.items")).isEmpty();

		String server = learner.body("/api/me/recommendations?role=server-engineer");
		List<Map<String, Object>> items = Json.read(server, "$.items");
		assertThat(items).hasSizeGreaterThan(3);
		// start here: the first items are fundamentals of the role's core skills, not
		// the Prometheus documentation
		assertThat(items.subList(0, 3)).allSatisfy((item) -> assertThat(reasons(item)).contains("fundamentals"));
		assertThat(items.get(0)).extracting((item) -> code(item)).isNotEqualTo("prometheus-documentation");
		List<String> path = Json.read(server, "$.path.steps[*].item.code");
		assertThat(path.get(0)).isNotEqualTo("prometheus-documentation");
		assertThat(Json.<List<String>>read(server, "$.path.steps[0].reasons[*].code")).contains("fundamentals");
	}

	@Test
	void aJuniorLinuxServerEngineerWhoWantsARecognisedCredentialSeesLpicAndLinucAboveFreeDocumentation()
			throws Exception {
		Learner learner = learner();
		learner.records(Levels.juniorLinuxServerEngineer());

		String body = learner.body("/api/me/recommendations?role=server-engineer&preference=credential&limit=200");
		assertThat(Json.<String>read(body, "$.preference")).isEqualTo("credential");
		List<Map<String, Object>> items = Json.read(body, "$.items");
		List<String> codes = items.stream().map(RecommendationCalibrationIntegrationTests::code).toList();
		int lastLinuxCertification = -1;
		int firstDocumentation = Integer.MAX_VALUE;
		for (int i = 0; i < items.size(); i++) {
			String code = codes.get(i);
			if (code.startsWith("lpic-") || code.startsWith("linuc-")) {
				lastLinuxCertification = i;
			}
			if ("documentation".equals(kind(items.get(i)))) {
				firstDocumentation = Math.min(firstDocumentation, i);
			}
		}
		assertThat(lastLinuxCertification).as("an LPIC or LinuC item helps: %s", codes).isNotNegative();
		assertThat(lastLinuxCertification).as("LPIC/LinuC above documentation in %s", codes)
			.isLessThan(firstDocumentation);
		assertThat(reasons(items.get(0)).get(0)).isEqualTo("credential");
		assertThat(Json.<String>read(body, "$.items[0].reasons[0].text")).contains("recognised credential");
		assertThat(learner.in("ja")
			.<String>read("/api/me/recommendations?role=server-engineer&preference=credential",
					"$.items[0].reasons[0].text"))
			.contains("認知された資格");

		// the preference changes the order; the reasons say which one was used
		String free = learner.body("/api/me/recommendations?role=server-engineer&preference=free&limit=200");
		assertThat(Json.<String>read(free, "$.items[0].item.cost")).isEqualTo("free");
		String japanese = learner.body("/api/me/recommendations?role=server-engineer&preference=japanese");
		assertThat(Json.<List<String>>read(japanese, "$.items[0].item.languages")).contains("ja");

		learner.get("/api/me/recommendations?preference=cheapest").andExpect(problem(400));
	}

	private static String code(Map<String, Object> item) {
		return Json.read(Json.write(item), "$.item.code");
	}

	private static String kind(Map<String, Object> item) {
		return Json.read(Json.write(item), "$.item.kind");
	}

	private static List<String> reasons(Map<String, Object> item) {
		return Json.read(Json.write(item), "$.reasons[*].code");
	}

}

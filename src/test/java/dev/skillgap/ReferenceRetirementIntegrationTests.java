package dev.skillgap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.skillgap.platform.ReferenceData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reference data removed from the YAML is retired: hidden from the catalogs,
 * recommendations, paths, career steps and fit, kept where a plan, a goal or a person's
 * history refers to it, and back when the YAML has it again. The reduced reference data
 * is applied from another location, as another instance started with it would: this
 * instance's catalogs learn of it only through the reference data version in the
 * database.
 */
@IntegrationTest
class ReferenceRetirementIntegrationTests {

	private static final String SHIPPED = "classpath:db/reference/";

	/** A skill the server engineer requires. */
	private static final String SKILL = "mail-servers";

	/** A next career step of the infrastructure engineer. */
	private static final String ROLE = "network-engineer";

	private static final String PLANNED_ITEM = "lpic-1";

	private static final YAMLMapper YAML = new YAMLMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	ReferenceData referenceData;

	@TempDir
	Path directory;

	@AfterEach
	void applyTheShippedReferenceDataAgain() {
		this.referenceData.applyFrom(SHIPPED);
	}

	@Test
	void aRemovedSkillAndItemsAreHiddenButPlansAndHistoryStillReadThem() throws Exception {
		Learner learner = new Learner(new TestAccounts(this.mvc).register().client());
		learner.putLevel(SKILL, 2).andExpect(status().isOk());
		learner.plans(PLANNED_ITEM);
		assertThat(learner.fitTo("server-engineer")).as("the level counts while the skill is offered").isPositive();
		// an item the path to the server engineer takes, not in the plan
		String pathItem = learner
			.<List<String>>read("/api/me/recommendations?role=server-engineer", "$.path.steps[*].item.code")
			.stream()
			.filter((code) -> !code.equals(PLANNED_ITEM))
			.findFirst()
			.orElseThrow();

		// skills.yaml without the skill, learning-items.yaml without two items (and
		// raising
		// the skill no more); roles.yaml unchanged, so it still names the skill
		Path reduced = reduced(without(SKILL), without(Set.of(PLANNED_ITEM, pathItem), SKILL), unchanged());
		this.referenceData.applyFrom(reduced.toUri().toString());

		assertThat(learner.<List<String>>read("/api/skills", "$[*].code")).isNotEmpty().doesNotContain(SKILL);
		assertThat(learner.<List<String>>read("/api/roles/server-engineer", "$.requirements[*].skillCode")).isNotEmpty()
			.doesNotContain(SKILL);
		assertThat(learner.<List<String>>read("/api/me/fit/server-engineer", "$.gaps[*].skillCode")).isNotEmpty()
			.doesNotContain(SKILL);
		assertThat(learner.fitTo("server-engineer")).as("a retired skill's requirement does not count").isZero();
		learner.putLevel(SKILL, 3).andExpect(status().isNotFound());
		assertThat(learner.<List<Integer>>read("/api/me/skills/" + SKILL + "/history", "$[*].level"))
			.as("the history of a retired skill still reads")
			.containsExactly(2);

		assertThat(learner.<List<String>>read("/api/learning/items", "$[*].code")).isNotEmpty()
			.doesNotContain(PLANNED_ITEM, pathItem);
		learner.get("/api/learning/items/" + pathItem).andExpect(status().isNotFound());
		learner.post("/api/me/plan", Json.object("itemCode", pathItem)).andExpect(status().isNotFound());
		String recommendations = learner.body("/api/me/recommendations?role=server-engineer");
		assertThat(Json.<List<String>>read(recommendations, "$.items[*].item.code")).doesNotContain(pathItem);
		assertThat(Json.<List<String>>read(recommendations, "$.path.steps[*].item.code")).isNotEmpty()
			.doesNotContain(pathItem, PLANNED_ITEM);
		assertThat(Json.<List<String>>read(recommendations, "$..skillCode")).doesNotContain(SKILL);
		List<Map<String, Object>> plan = learner.read("/api/me/plan", "$.items[*].item");
		assertThat(plan).singleElement().satisfies((item) -> {
			assertThat(item).containsEntry("code", PLANNED_ITEM).containsEntry("retired", true);
			assertThat((String) item.get("title")).contains("LPIC-1");
		});

		// the shipped data again: the skill and the items come back
		this.referenceData.applyFrom(SHIPPED);
		assertThat(learner.<List<String>>read("/api/skills", "$[*].code")).contains(SKILL);
		assertThat(learner.<List<String>>read("/api/learning/items", "$[*].code")).contains(PLANNED_ITEM, pathItem);
		assertThat(learner.<List<Boolean>>read("/api/me/plan", "$.items[*].item.retired")).containsExactly(false);
		assertThat(learner.fitTo("server-engineer")).isPositive();
	}

	@Test
	void rememberedRecommendationsNeverOutliveTheCatalogTheyCameFrom() throws Exception {
		Learner learner = new Learner(new TestAccounts(this.mvc).register().client());
		learner.putLevel("linux-administration", 1).andExpect(status().isOk());
		String path = "/api/me/recommendations?role=server-engineer";
		String best = learner.read(path, "$.items[0].item.code");
		// asked again with the same inputs: the remembered result
		assertThat(learner.<String>read(path, "$.items[0].item.code")).isEqualTo(best);

		// only the catalog changes: same role profile, same levels, same plan
		this.referenceData.applyFrom(reduced(unchanged(), without(Set.of(best), null), unchanged()).toUri().toString());

		String recommendations = learner.body(path);
		assertThat(Json.<List<String>>read(recommendations, "$.items[*].item.code")).isNotEmpty().doesNotContain(best);
		assertThat(Json.<List<String>>read(recommendations, "$.path.steps[*].item.code")).doesNotContain(best);
	}

	@Test
	void aRemovedRoleIsNoLongerOfferedButAGoalOnItStillReads() throws Exception {
		Learner learner = new Learner(new TestAccounts(this.mvc).register().client());
		learner.putLevel("network-fundamentals", 3).andExpect(status().isOk());
		String targetDate = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
		learner.put("/api/me/goal", Json.object("roleCode", ROLE, "targetDate", targetDate)).andExpect(status().isOk());
		learner.put("/api/me/career/current", Json.object("roleCode", "infrastructure-engineer"))
			.andExpect(status().isOk());
		assertThat(learner.<List<String>>read("/api/me/career", "$.nextSteps[*].role.roleCode")).contains(ROLE);

		Path reduced = reduced(unchanged(), unchanged(), withoutRole(ROLE));
		this.referenceData.applyFrom(reduced.toUri().toString());

		assertThat(learner.<List<String>>read("/api/roles", "$[*].code")).hasSize(5).doesNotContain(ROLE);
		learner.get("/api/roles/" + ROLE).andExpect(status().isNotFound());
		assertThat(learner.fits()).hasSize(5).doesNotContainKey(ROLE);
		learner.get("/api/me/fit/" + ROLE).andExpect(status().isNotFound());
		learner.get("/api/me/recommendations?role=" + ROLE).andExpect(status().isNotFound());
		String career = learner.body("/api/me/career");
		assertThat(Json.<List<String>>read(career, "$.nodes[*].roleCode")).hasSize(5).doesNotContain(ROLE);
		assertThat(Json.<List<String>>read(career, "$.edges[*].to")).doesNotContain(ROLE);
		assertThat(Json.<List<String>>read(career, "$.nextSteps[*].role.roleCode")).isNotEmpty().doesNotContain(ROLE);
		String goal = learner.body("/api/me/goal");
		assertThat(Json.<String>read(goal, "$.roleCode")).isEqualTo(ROLE);
		assertThat(Json.<String>read(goal, "$.roleName")).isEqualTo("Network engineer");
		assertThat(Json.<Boolean>read(goal, "$.roleRetired")).isTrue();
		learner.put("/api/me/goal", Json.object("roleCode", ROLE, "targetDate", targetDate))
			.andExpect(status().isNotFound());

		this.referenceData.applyFrom(SHIPPED);
		assertThat(learner.<List<String>>read("/api/roles", "$[*].code")).contains(ROLE);
		assertThat(learner.<Boolean>read("/api/me/goal", "$.roleRetired")).isFalse();
	}

	// reduced copies of the shipped reference data

	private interface Edit {

		/** Edits the file's tree; null to copy the file byte for byte (unchanged). */
		JsonNode apply(JsonNode tree);

	}

	private Path reduced(Edit skills, Edit items, Edit roles) throws Exception {
		write("skills.yaml", skills);
		write("learning-items.yaml", items);
		write("roles.yaml", roles);
		return this.directory;
	}

	private void write(String file, Edit edit) throws Exception {
		Path shipped = Path.of("db/reference", file);
		JsonNode edited = edit.apply(YAML.readTree(shipped.toFile()));
		if (edited == null) {
			Files.copy(shipped, this.directory.resolve(file));
		}
		else {
			Files.writeString(this.directory.resolve(file), YAML.writeValueAsString(edited));
		}
	}

	private static Edit unchanged() {
		return (tree) -> null;
	}

	private static Edit without(String skill) {
		return (tree) -> {
			remove((ArrayNode) tree.get("skills"), (entry) -> entry.get("code").asString().equals(skill));
			return tree;
		};
	}

	/**
	 * @param raisedSkill a skill no item raises any more, or null
	 */
	private static Edit without(Set<String> items, String raisedSkill) {
		return (tree) -> {
			ArrayNode entries = (ArrayNode) tree.get("items");
			remove(entries, (entry) -> items.contains(entry.get("code").asString()));
			if (raisedSkill != null) {
				entries.forEach((entry) -> remove((ArrayNode) entry.get("raises"),
						(raise) -> raise.get("skill").asString().equals(raisedSkill)));
			}
			return tree;
		};
	}

	private static Edit withoutRole(String role) {
		return (tree) -> {
			ArrayNode entries = (ArrayNode) tree.get("roles");
			remove(entries, (entry) -> entry.get("code").asString().equals(role));
			entries.forEach((entry) -> remove((ArrayNode) ((ObjectNode) entry).get("nextRoles"),
					(next) -> next.asString().equals(role)));
			return tree;
		};
	}

	private static void remove(ArrayNode array, Predicate<JsonNode> which) {
		for (int i = array.size() - 1; i >= 0; i--) {
			if (which.test(array.get(i))) {
				array.remove(i);
			}
		}
	}

}

package dev.skillgap.roles;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;

import dev.skillgap.platform.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the role profiles in db/reference/roles.yaml against what the article says. */
class RolesFileTests {

	static RolesFile file;

	@BeforeAll
	static void read() throws Exception {
		try (InputStream in = new FileInputStream("db/reference/roles.yaml")) {
			file = ReferenceData.parse(in, RolesFile.class);
		}
	}

	@Test
	void theSixRolesOfTheContractWithTheArticlesCareerEdges() {
		assertThat(file.roles()).extracting(RolesFile.Entry::code)
			.containsExactly("infrastructure-engineer", "server-engineer", "cloud-engineer", "network-engineer",
					"devops-engineer", "system-architect");
		assertThat(role("infrastructure-engineer").nextRoles()).containsExactly("cloud-engineer", "network-engineer");
		assertThat(role("server-engineer").nextRoles()).containsExactly("devops-engineer", "system-architect");
	}

	@Test
	void everyRequirementHasABilingualRationaleCitingTheArticle() {
		assertThat(file.roles()).allSatisfy((role) -> {
			assertThat(role.name().isComplete()).isTrue();
			assertThat(role.summary().isComplete()).isTrue();
			assertThat(role.requirements()).isNotEmpty().allSatisfy((requirement) -> {
				assertThat(requirement.target()).isBetween(1, 5);
				assertThat(requirement.weight()).isBetween(1, 3);
				assertThat(requirement.rationale().en()).as(role.code() + "/" + requirement.skill())
					.containsPattern("l\\.\\s?\\d+");
				assertThat(requirement.rationale().ja()).as(role.code() + "/" + requirement.skill())
					.containsPattern("\\d+行");
			});
		});
	}

	@Test
	void infrastructureIsBroadAndServerIsDeep() {
		Map<String, Integer> infrastructure = targets("infrastructure-engineer");
		Map<String, Integer> server = targets("server-engineer");

		// the article (l.26-28, 36-38): infrastructure needs network, cloud and
		// whole-system design
		assertThat(infrastructure.get("network-fundamentals")).isGreaterThan(server.get("network-fundamentals"));
		assertThat(infrastructure.get("capacity-scalability"))
			.isGreaterThan(server.getOrDefault("capacity-scalability", 0));
		assertThat(infrastructure.get("cloud-architecture"))
			.isGreaterThan(server.getOrDefault("cloud-architecture", 0));
		// server engineers go deep on the server OS, troubleshooting and recovery
		// (l.26-28, 36, 49)
		assertThat(server.get("linux-administration")).isGreaterThan(infrastructure.get("linux-administration"));
		assertThat(server.get("troubleshooting")).isGreaterThan(infrastructure.get("troubleshooting"));
		assertThat(server).containsKeys("web-servers", "mail-servers", "backup-recovery", "server-performance-tuning");
	}

	private Map<String, Integer> targets(String code) {
		return role(code).requirements()
			.stream()
			.collect(Collectors.toMap(RolesFile.Requirement::skill, RolesFile.Requirement::target));
	}

	private RolesFile.Entry role(String code) {
		return file.roles().stream().filter((role) -> role.code().equals(code)).findFirst().orElseThrow();
	}

}

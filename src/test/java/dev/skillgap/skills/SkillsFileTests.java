package dev.skillgap.skills;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.skillgap.platform.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Checks the reviewable skill taxonomy in db/reference/skills.yaml. */
class SkillsFileTests {

	static SkillsFile file;

	@BeforeAll
	static void read() throws Exception {
		try (InputStream in = new FileInputStream("db/reference/skills.yaml")) {
			file = ReferenceData.parse(in, SkillsFile.class);
		}
	}

	@Test
	void theScaleHasSixLevelsEachWithItssAndSfia() {
		assertThat(file.scale()).extracting(SkillsFile.Scale::level).containsExactly(0, 1, 2, 3, 4, 5);
		assertThat(file.scale()).allSatisfy((level) -> {
			assertThat(level.name().isComplete()).isTrue();
			assertThat(level.description().isComplete()).isTrue();
			assertThat(level.itss()).isNotBlank();
			assertThat(level.sfia()).isNotBlank();
		});
	}

	/**
	 * Issue 12: ITSS 7 is world-class and SFIA 7 sets organisational strategy, so our top
	 * is ITSS 5-6 / SFIA 6 and 4 is ITSS 4 / SFIA 5.
	 */
	@Test
	void theCrosswalkTopsOutBelowWorldClass() {
		assertThat(file.scale()).extracting(SkillsFile.Scale::itss).containsExactly("-", "1", "2", "3", "4", "5-6");
		assertThat(file.scale()).extracting(SkillsFile.Scale::sfia).containsExactly("-", "1", "2", "3-4", "5", "6");
	}

	@Test
	void operationsDesignIsASkillOfItsOwn() {
		assertThat(file.skills()).anySatisfy((skill) -> {
			assertThat(skill.code()).isEqualTo("operations-design");
			assertThat(skill.name().ja()).isEqualTo("運用設計");
		});
	}

	@Test
	void thereAreAtLeastThirtySkillsWithStableUniqueCodes() {
		assertThat(file.skills()).hasSizeGreaterThanOrEqualTo(30);
		Set<String> codes = new HashSet<>();
		assertThat(file.skills()).allSatisfy((skill) -> {
			assertThat(skill.code()).matches("[a-z0-9]+(-[a-z0-9]+)*");
			assertThat(codes.add(skill.code())).as("unique " + skill.code()).isTrue();
		});
	}

	@Test
	void everySkillIsBilingualWithSixLevelDescriptors() {
		assertThat(file.skills()).allSatisfy((skill) -> {
			assertThat(skill.name().isComplete()).as(skill.code()).isTrue();
			assertThat(skill.description().isComplete()).as(skill.code()).isTrue();
			assertThat(skill.levels()).extracting(SkillsFile.Level::level).containsExactly(0, 1, 2, 3, 4, 5);
			assertThat(skill.levels()).allSatisfy((level) -> {
				assertThat(level.en()).isNotBlank();
				assertThat(level.ja()).isNotBlank();
			});
		});
		assertThatNoException().isThrownBy(() -> SkillCatalog.validate(file));
	}

	@Test
	void theCategoriesTheIssueNamesAreAllThere() {
		List<String> categories = file.categories().stream().map(SkillsFile.Category::code).toList();
		assertThat(categories).contains("server-os", "server-services", "networking", "network-design",
				"cloud-platforms", "cloud-architecture", "databases", "backup-recovery", "security", "operations",
				"automation", "architecture");
		assertThat(file.skills()).extracting(SkillsFile.Entry::category).allMatch(categories::contains);
		assertThat(file.skills()).extracting(SkillsFile.Entry::code)
			.contains("aws", "google-cloud", "azure", "network-security", "encryption-pki", "server-hardening",
					"troubleshooting", "high-availability-dr", "capacity-scalability", "shell-scripting",
					"infrastructure-as-code", "ci-cd", "containers", "container-orchestration");
	}

	@Test
	void everySkillHasPostingTermsInBothLanguages() {
		assertThat(file.skills()).allSatisfy((skill) -> {
			assertThat(skill.terms().en()).as(skill.code()).isNotEmpty();
			assertThat(skill.terms().ja()).as(skill.code()).isNotEmpty();
		});
	}

}

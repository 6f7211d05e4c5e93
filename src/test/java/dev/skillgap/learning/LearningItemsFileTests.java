package dev.skillgap.learning;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import dev.skillgap.platform.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the learning catalog in db/reference/learning-items.yaml. */
class LearningItemsFileTests {

	static LearningItemsFile file;

	@BeforeAll
	static void read() throws Exception {
		try (InputStream in = new FileInputStream("db/reference/learning-items.yaml")) {
			file = ReferenceData.parse(in, LearningItemsFile.class);
		}
	}

	@Test
	void atLeastSixtyItemsOfEveryKindWithUniqueCodes() {
		assertThat(file.items()).hasSizeGreaterThanOrEqualTo(60);
		assertThat(file.items().stream().map(LearningItemsFile.Entry::kind).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("certification", "exam", "course", "book", "lab", "documentation");
		Set<String> codes = new HashSet<>();
		assertThat(file.items()).allSatisfy((item) -> assertThat(codes.add(item.code())).as(item.code()).isTrue());
	}

	@Test
	void everyItemSaysWhatItRaisesHowLongItTakesAndWhatItCosts() {
		assertThat(file.items()).allSatisfy((item) -> {
			assertThat(item.title().isComplete()).as(item.code()).isTrue();
			assertThat(item.provider()).isNotBlank();
			assertThat(item.hours()).isPositive();
			assertThat(item.cost()).isIn("free", "paid");
			assertThat(item.languages()).isNotEmpty().allMatch((l) -> l.equals("en") || l.equals("ja"));
			assertThat(item.raises()).isNotEmpty()
				.allSatisfy((raise) -> assertThat(raise.to()).isGreaterThan(raise.from()).isLessThanOrEqualTo(5));
			if (item.url() != null) {
				assertThat(item.url()).startsWith("https://");
			}
		});
	}

	@Test
	void theIssuesNamedCertificationsAreInTheCatalog() {
		String titles = file.items()
			.stream()
			.map((i) -> i.title().en() + " " + i.title().ja())
			.collect(Collectors.joining("\n"));
		assertThat(titles).contains("LPIC-1", "LinuC", "CCNA", "CCNP", "Cloud Practitioner", "Solutions Architect",
				"CloudOps Engineer", "SOA-C03", "Associate Cloud Engineer", "Professional Cloud Architect",
				"Azure Administrator", "Security+", "基本情報技術者", "応用情報技術者", "ネットワークスペシャリスト", "データベーススペシャリスト",
				"情報処理安全確保支援士", "システムアーキテクト", "Terraform", "Kubernetes Administrator", "Linux標準教科書", "ITIL 4 Foundation",
				"情報セキュリティマネジメント試験", "CCIE Enterprise Infrastructure", "運用設計");
	}

	@Test
	void theRetiredSysOpsAssociateIsGoneAndItsSuccessorIsThere() {
		assertThat(file.items()).extracting(LearningItemsFile.Entry::code)
			.doesNotContain("aws-certified-sysops-administrator-associate")
			.contains("aws-certified-cloudops-engineer-associate");
	}

	/** The rule of db/reference/README.md ("Level jumps"), item by item. */
	@Test
	void everyItemsLevelJumpsAreConsistentWithTheCrosswalk() {
		assertThat(file.items())
			.allSatisfy((item) -> assertThat(LevelJumps.violations(item)).as(item.code()).isEmpty());
	}

	@Test
	void theRuleRejectsWhatTheIssueFound() {
		// 20 hours of nginx documentation taking web servers from 1 to 4
		assertThat(LevelJumps.violations(entry("documentation", 20, null, "web-servers", 1, 4))).hasSize(3);
		// LPIC-3 taking Linux from 4 to 5
		assertThat(LevelJumps.violations(entry("certification", 120, 3, "linux-administration", 4, 5))).isNotEmpty();
		assertThat(LevelJumps.violations(entry("exam", 250, 4, "network-design", 3, 4))).isEmpty();
		assertThat(LevelJumps.violations(entry("book", 40, null, "linux-administration", 0, 2))).isEmpty();
	}

	private static LearningItemsFile.Entry entry(String kind, int hours, Integer itss, String skill, int from, int to) {
		return new LearningItemsFile.Entry("x", kind, new dev.skillgap.platform.LocalizedText("x", "x"), "p", null,
				java.util.List.of("en"), hours, "free", itss,
				java.util.List.of(new LearningItemsFile.Raise(skill, from, to)), null);
	}

}

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
				"SysOps", "Associate Cloud Engineer", "Professional Cloud Architect", "Azure Administrator",
				"Security+", "基本情報技術者", "応用情報技術者", "ネットワークスペシャリスト", "データベーススペシャリスト", "情報処理安全確保支援士", "システムアーキテクト",
				"Terraform", "Kubernetes Administrator");
	}

}

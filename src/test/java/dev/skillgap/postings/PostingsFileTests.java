package dev.skillgap.postings;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks db/reference/postings.yaml, the rules the posting analyser reads postings by.
 */
class PostingsFileTests {

	private final PostingsFile file = ReferenceDictionary.postings();

	@Test
	void everySectionButTheIntroHasHeadingWordsInBothLanguages() {
		assertThat(this.file.headings().sections()).extracting(PostingsFile.SectionWords::kind)
			.containsExactlyInAnyOrderElementsOf(
					Arrays.stream(Section.values()).filter((section) -> section != Section.INTRO).toList());
		assertThat(this.file.headings().sections()).allSatisfy((section) -> {
			assertThat(section.ja()).as(section.section()).isNotEmpty();
			assertThat(section.en()).as(section.section())
				.isNotEmpty()
				.allSatisfy((word) -> assertThat(word).isEqualTo(word.toLowerCase(java.util.Locale.ROOT)));
		});
	}

	@Test
	void headingsAreRecognisedByTheirWordsAndMarks() {
		PostingsFile.Headings headings = this.file.headings();

		assertThat(headings.sectionOf("【業務内容】")).isEqualTo(Section.DUTIES);
		assertThat(headings.sectionOf("■必須スキル")).isEqualTo(Section.REQUIRED);
		assertThat(headings.sectionOf("【歓迎スキル】あれば尚可")).isEqualTo(Section.PREFERRED);
		assertThat(headings.sectionOf("tech stack:")).isEqualTo(Section.TECHNOLOGIES);
		assertThat(headings.sectionOf("nice to have: kubernetes")).isEqualTo(Section.PREFERRED);
		assertThat(headings.sectionOf("◆福利厚生")).isEqualTo(Section.OTHER);
		// a long line without a mark is text, not a heading, whatever words it has
		assertThat(headings.sectionOf("you will own the requirements of our platform and more")).isNull();
		assertThat(headings.sectionOf("linux, nginx")).isNull();
	}

	@Test
	void roleCuesAndTechnologyCategoriesReferToExistingRolesAndCategories() throws Exception {
		List<String> roles = codes("db/reference/roles.yaml", "roles");
		List<String> categories = codes("db/reference/skills.yaml", "categories");

		assertThat(this.file.roleCues()).extracting(PostingsFile.RoleCues::role)
			.containsExactly("infrastructure-engineer", "server-engineer");
		assertThat(this.file.roleCues()).extracting(PostingsFile.RoleCues::role)
			.allSatisfy((role) -> assertThat(roles).contains(role));
		assertThat(this.file.technologyCategories()).isNotEmpty()
			.allSatisfy((category) -> assertThat(categories).contains(category));
	}

	@Test
	void levelCuesGoFromOneToFiveAndPhraseSeparatorsAreSingleCharacters() {
		assertThat(this.file.levels().cues()).extracting(PostingsFile.LevelCues::level).containsExactly(5, 4, 3, 2, 1);
		assertThat(this.file.phrases().separators())
			.allSatisfy((separator) -> assertThat(separator.codePointCount(0, separator.length())).isOne());
	}

	private static List<String> codes(String path, String list) throws Exception {
		try (InputStream in = new FileInputStream(path)) {
			JsonNode root = YAMLMapper.builder().build().readTree(in);
			return root.get(list).valueStream().map((node) -> node.get("code").asString()).toList();
		}
	}

}

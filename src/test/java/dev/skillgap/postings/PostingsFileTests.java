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
		SectionHeadings headings = headings();

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
	void aHeadingFollowedByItsContentOnTheSameLineOpensTheSection() {
		SectionHeadings headings = headings();

		assertThat(headings.sectionOf(normalized("Requirements: 3+ years of Linux administration in production, "
				+ "including patching and on-call for a fleet of several hundred servers")))
			.isEqualTo(Section.REQUIRED);
		assertThat(headings.sectionOf(normalized("業務内容：全社のネットワークとサーバー、クラウド環境を含むIT基盤全体の設計・構築・運用をお任せします。")))
			.isEqualTo(Section.DUTIES);
		assertThat(headings.sectionOf(normalized("必須(MUST)：Linuxサーバーの構築・運用経験3年以上、シェルスクリプトによる自動化の経験")))
			.isEqualTo(Section.REQUIRED);
		assertThat(headings.sectionOf(normalized("歓迎(WANT)：AWSでの構築経験"))).isEqualTo(Section.PREFERRED);
		assertThat(headings.sectionOf(normalized("【勤務地】東京都港区（リモート可）"))).isEqualTo(Section.OTHER);
		// a colon in the content far from the start of the line is not a heading
		assertThat(headings.sectionOf(
				normalized("We run a hybrid platform for our customers and our requirements are: " + "uptime, speed")))
			.isNull();
		assertThat(headings.sectionOf(normalized("Monitoring: Prometheus, Grafana"))).isNull();
	}

	@Test
	void theHeadingVariantsRealBoardsUseAreRecognised() {
		SectionHeadings headings = headings();

		assertThat(headings.sectionOf(normalized("What will you do?"))).isEqualTo(Section.DUTIES);
		assertThat(headings.sectionOf(normalized("Your responsibilities include:"))).isEqualTo(Section.DUTIES);
		assertThat(headings.sectionOf(normalized("Minimums:"))).isEqualTo(Section.REQUIRED);
		assertThat(headings.sectionOf(normalized("Who you are"))).isEqualTo(Section.REQUIRED);
		assertThat(headings.sectionOf(normalized("## Preferred qualifications"))).isEqualTo(Section.PREFERRED);
		assertThat(headings.sectionOf(normalized("**Benefits**"))).isEqualTo(Section.OTHER);
		assertThat(headings.sectionOf(normalized("具体的には以下の業務をお任せします。"))).isEqualTo(Section.DUTIES);
		assertThat(headings.sectionOf(normalized("■ 仕事内容 ■"))).isEqualTo(Section.DUTIES);
		assertThat(headings.sectionOf(normalized("◇使用ツール"))).isEqualTo(Section.TECHNOLOGIES);
		assertThat(headings.sectionOf(normalized("＜こんな方を歓迎します＞"))).isEqualTo(Section.PREFERRED);
		assertThat(headings.sectionOf(normalized("What are we looking for?"))).isEqualTo(Section.REQUIRED);
		assertThat(headings.sectionOf(normalized("Essential:"))).isEqualTo(Section.REQUIRED);
		assertThat(headings.sectionOf(normalized("Essential duties"))).isEqualTo(Section.DUTIES);
		assertThat(headings.sectionOf(normalized("求めるご経験："))).isEqualTo(Section.REQUIRED);
		assertThat(headings.sectionOf(normalized("Tech you'll meet: Azure, Cisco, Terraform")))
			.isEqualTo(Section.TECHNOLOGIES);
		// a heading with content is read by its heading part: a title in brackets is not
		// a section, whatever its content says
		assertThat(headings.sectionOf(normalized("【インフラエンジニア】Linuxサーバーの構築・運用／未経験から2年程度の方も歓迎"))).isNull();
		assertThat(headings.sectionOf(normalized("＜募集職種＞サーバー運用エンジニア（データセンター勤務）"))).isNull();
		// Latin heading words on word boundaries: Wantedly is not WANT
		assertThat(headings.sectionOf(normalized("## インフラエンジニア募集（Fintech / Wantedly）"))).isNull();
		// "=会社" is a heading only on its own, not inside a company name
		assertThat(headings.sectionOf(normalized("■会社：株式会社ホシゾラ"))).isEqualTo(Section.OTHER);
		assertThat(headings.sectionOf(normalized("株式会社メディウェル・テクノロジーズ"))).isNull();
		// a short bullet that happens to contain a heading word stays content
		assertThat(headings.sectionOf(normalized("- Build internal tools"))).isNull();
		assertThat(headings.sectionOf(normalized("・AWS環境の運用（必須）"))).isNull();
	}

	private SectionHeadings headings() {
		return new SectionHeadings(this.file.headings(), normalizer());
	}

	private TextNormalizer normalizer() {
		return new TextNormalizer(this.file.normalization().ignoredCharacters());
	}

	private String normalized(String line) {
		return normalizer().normalize(line).text();
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
		assertThat(this.file.duties()).extracting(PostingsFile.RoleDuties::role)
			.allSatisfy((role) -> assertThat(roles).contains(role));
		assertThat(this.file.skillSetCues()).allSatisfy((group) -> {
			assertThat(group.roles().keySet()).as(group.name()).allSatisfy((role) -> assertThat(roles).contains(role));
			assertThat(group.ja()).as(group.name()).isNotEmpty();
			assertThat(group.en()).as(group.name()).isNotEmpty();
		});
		assertThat(roles).contains(this.file.breadth().role());
		assertThat(this.file.breadth().domains())
			.allSatisfy((domain) -> assertThat(categories).containsAll(domain.categories()));
		assertThat(codes("db/reference/skills.yaml", "skills")).containsAll(this.file.skillSetSkills());
	}

	@Test
	void levelCuesGoFromOneToFourAndYearsNeverGiveFive() {
		// the kind of work named and years give at most 4: 5 (ITSS 6+) is not read from
		// a posting
		assertThat(this.file.levels().cues()).extracting(PostingsFile.LevelCues::level).containsExactly(4, 3, 2, 1);
		assertThat(this.file.levels().levelOfYears(1)).isEqualTo(2);
		assertThat(this.file.levels().levelOfYears(3)).isEqualTo(3);
		assertThat(this.file.levels().levelOfYears(5)).isEqualTo(4);
		assertThat(this.file.levels().levelOfYears(15)).isEqualTo(4);
		assertThat(this.file.levels().preferredMax()).isLessThanOrEqualTo(3);
	}

	@Test
	void phraseSeparatorsAreSingleCharacters() {
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

package dev.skillgap.postings;

import java.util.List;

import dev.skillgap.postings.PostingAnalysis.FoundSkill;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostingAnalyzerTests {

	private final PostingAnalyzer analyzer = ReferenceDictionary.analyzer();

	@Test
	void findsSkillsWithTheWordsThatMatchedAndWhereTheyAre() {
		String text = "We run Linux servers behind Nginx.";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		FoundSkill linux = skill(analysis, "linux-administration");
		assertThat(linux.mentions()).hasSize(1);
		assertThat(text.substring(linux.mentions().get(0).start(), linux.mentions().get(0).end())).isEqualTo("Linux");
		assertThat(skill(analysis, "web-servers").mentions().get(0).term()).isEqualTo("Nginx");
	}

	@Test
	void fullWidthHalfWidthAndLongVowelVariantsMatch() {
		String text = "ＡＷＳ環境とＬｉｎｕｘサーバの構築、ﾒｰﾙｻｰﾊﾞｰの運用";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		assertThat(codes(analysis)).contains("aws", "linux-administration", "mail-servers");
		// the evidence points at the original full-width characters
		FoundSkill aws = skill(analysis, "aws");
		assertThat(text.substring(aws.mentions().get(0).start(), aws.mentions().get(0).end())).isEqualTo("ＡＷＳ");
	}

	@Test
	void latinTermsMatchOnlyWholeWordsButJapaneseNeedsNoSpaces() {
		assertThat(codes(this.analyzer.analyze("Our lawsuit team uses spreadsheets."))).doesNotContain("aws");
		assertThat(codes(this.analyzer.analyze("AWS環境でのLinuxサーバー運用"))).contains("aws", "linux-administration");
	}

	@Test
	void overlappingTermsKeepTheLongestMatch() {
		PostingAnalysis analysis = this.analyzer.analyze("Experience with Microsoft SQL Server required.");

		assertThat(analysis.segments()).anySatisfy((segment) -> assertThat(segment.text()).isEqualTo("SQL Server"));
	}

	@Test
	void readsTheSectionAndTheLevelFromTheLineThatAsksForTheSkill() {
		String text = """
				【業務内容】
				Webサーバーの運用
				【必須スキル】
				Linuxサーバーの構築経験5年以上
				【歓迎スキル】
				Terraformの基礎知識
				""";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		FoundSkill linux = skill(analysis, "linux-administration");
		assertThat(linux.section()).isEqualTo(Section.REQUIRED);
		assertThat(linux.level().level()).isEqualTo(4);
		assertThat(linux.level().evidence()).isEqualTo("5年以上");
		assertThat(linux.weight()).isEqualTo(3);
		FoundSkill iac = skill(analysis, "infrastructure-as-code");
		assertThat(iac.section()).isEqualTo(Section.PREFERRED);
		assertThat(iac.level().level()).isEqualTo(1);
		assertThat(skill(analysis, "web-servers").section()).isEqualTo(Section.DUTIES);
	}

	@Test
	void englishYearsAndDesignWordsRaiseTheInferredLevel() {
		String text = """
				Requirements:
				- 3+ years operating PostgreSQL
				- Design of network architecture for multi-site WANs
				""";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		assertThat(skill(analysis, "database-administration").level().level()).isEqualTo(3);
		assertThat(skill(analysis, "network-design").level().level()).isEqualTo(4);
	}

	@Test
	void aSkillWithoutAStatedLevelGetsADefaultTarget() {
		PostingAnalysis analysis = this.analyzer.analyze("Requirements:\nKubernetes\nNice to have:\nAnsible");

		assertThat(skill(analysis, "container-orchestration").level()).isNull();
		assertThat(skill(analysis, "container-orchestration").target()).isEqualTo(3);
		assertThat(skill(analysis, "configuration-management").target()).isEqualTo(2);
	}

	@Test
	void serverDutiesPointToTheServerRoleAndWholeSystemDutiesToInfrastructure() {
		String server = """
				【業務内容】
				Linuxサーバーの構築・運用、サーバーの障害対応とパフォーマンスチューニング
				【必須スキル】
				Linux、Apache、Postfixの構築経験
				""";
		String infrastructure = """
				【業務内容】
				システム全体の基盤設計。拠点間ネットワークとAWSを含むIT基盤全体の設計・運用
				【必須スキル】
				ネットワーク設計、AWS、冗長化設計
				""";

		assertThat(this.analyzer.analyze(server).roles().get(0).roleCode()).isEqualTo("server-engineer");
		assertThat(this.analyzer.analyze(infrastructure).roles().get(0).roleCode())
			.isEqualTo("infrastructure-engineer");
	}

	@Test
	void markupIsJustTextAndComesBackUnchanged() {
		String text = "<script>alert('x')</script><b>Linux</b> & AWS";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		assertThat(String.join("", analysis.segments().stream().map(PostingAnalysis.Segment::text).toList()))
			.isEqualTo(text);
		assertThat(codes(analysis)).contains("linux-administration", "aws");
	}

	@Test
	void aTextWithNoSkillsScoresNoRole() {
		PostingAnalysis analysis = this.analyzer.analyze("We are a friendly bakery looking for a pastry baker.");

		assertThat(analysis.skills()).isEmpty();
		assertThat(analysis.roles()).allSatisfy((role) -> assertThat(role.score()).isZero());
	}

	@Test
	void detectsTheLanguage() {
		assertThat(this.analyzer.analyze("Linuxサーバーの運用をお任せします").language()).isEqualTo("ja");
		assertThat(this.analyzer.analyze("You will operate Linux servers").language()).isEqualTo("en");
	}

	private static FoundSkill skill(PostingAnalysis analysis, String code) {
		return analysis.skills().stream().filter((s) -> s.skillCode().equals(code)).findFirst().orElseThrow();
	}

	private static List<String> codes(PostingAnalysis analysis) {
		return analysis.skills().stream().map(FoundSkill::skillCode).toList();
	}

}

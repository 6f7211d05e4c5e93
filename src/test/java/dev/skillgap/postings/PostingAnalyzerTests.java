package dev.skillgap.postings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
	void englishYearsAndTheKindOfWorkGiveTheInferredLevel() {
		String text = """
				Requirements:
				- 3+ years operating PostgreSQL
				- Design of network architecture for multi-site WANs
				- Lead the design of our load balancing
				""";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		assertThat(skill(analysis, "database-administration").level().level()).isEqualTo(3);
		// design alone is independent work (ITSS 3); leading it is 4
		assertThat(skill(analysis, "network-design").level().level()).isEqualTo(3);
		assertThat(skill(analysis, "load-balancing").level().level()).isEqualTo(4);
		assertThat(skill(analysis, "load-balancing").level().evidence()).isEqualTo("lead");
	}

	@Test
	void yearsDecideTheLevelWhereTheyAreGiven() {
		assertThat(level("【必須スキル】\nLinuxサーバーの設計・構築経験3年以上", "linux-administration")).isEqualTo(3);
		assertThat(level("【必須スキル】\nLinuxサーバーの運用経験1年以上", "linux-administration")).isEqualTo(2);
		assertThat(level("【必須スキル】\nLinuxサーバーの運用経験6ヶ月以上", "linux-administration")).isEqualTo(2);
		assertThat(level("Requirements:\n5+ years of Linux administration", "linux-administration")).isEqualTo(4);
		assertThat(level("【必須】AWSの運用経験3～5年", "aws")).isEqualTo(3);
		// years never give 5 (ITSS 6-7 is not read from a posting)
		assertThat(level("Requirements:\n10+ years with Linux, leading teams as an expert", "linux-administration"))
			.isEqualTo(4);
		// years on one line decide over the kind of work on another
		assertThat(level("【業務内容】\nLinuxサーバーの設計をリード\n【必須スキル】\nLinuxの実務経験3年以上", "linux-administration")).isEqualTo(3);
		// a calendar year is not experience
		assertThat(skill(this.analyzer.analyze("【必須スキル】\n2010年から続くLinux基盤の運用"), "linux-administration").level()
			.fromYears()).isFalse();
	}

	@Test
	void aPreferredLineDoesNotInflateTheLevel() {
		assertThat(level("【歓迎スキル】\nAWSでのインフラ設計をリードした経験", "aws")).isEqualTo(3);
		assertThat(level("Nice to have:\n5+ years with AWS", "aws")).isEqualTo(3);
	}

	@Test
	void wordsWithALongVowelMarkMatchInEveryRule() {
		// the rules of postings.yaml are normalised like the text (ー is dropped from
		// both)
		PostingAnalysis tools = this.analyzer.analyze("【使用ツール】\nZabbix");
		assertThat(skill(tools, "monitoring").section()).isEqualTo(Section.TECHNOLOGIES);
		PostingAnalysis lead = this.analyzer.analyze("【必須スキル】\nネットワーク構築のリーダー経験");
		assertThat(skill(lead, "routing-switching").level().level()).isEqualTo(4);
		assertThat(skill(lead, "routing-switching").level().evidence()).isEqualTo("リーダー");
		PostingAnalysis server = this.analyzer.analyze("【業務内容】\nサーバーのパフォーマンス改善とパフォーマンス監視");
		assertThat(role(server, "server-engineer").dutyPhrases()).contains("パフォーマンス");
		assertThat(role(server, "server-engineer").skillSetTerms()).contains("パフォーマンス");
	}

	@Test
	void aHeadingWithItsContentOnTheSameLineOpensTheSection() {
		String text = """
				Acme Corp is hiring.
				Responsibilities: operate our Nginx web servers and keep them patched.
				Requirements: 3+ years of Linux administration.
				Nice to have: Terraform.
				業務内容：全社のネットワーク運用
				""";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		assertThat(skill(analysis, "web-servers").section()).isEqualTo(Section.DUTIES);
		assertThat(skill(analysis, "linux-administration").section()).isEqualTo(Section.REQUIRED);
		assertThat(skill(analysis, "linux-administration").level().level()).isEqualTo(3);
		assertThat(skill(analysis, "infrastructure-as-code").section()).isEqualTo(Section.PREFERRED);
		assertThat(skill(analysis, "network-fundamentals").mentions()).extracting(PostingAnalysis.Mention::section)
			.contains(Section.DUTIES);
	}

	@Test
	void aSkillNamedOnlyInTheCompanyOrBenefitsPartIsNotAskedFor() {
		PostingAnalysis analysis = this.analyzer
			.analyze("【業務内容】\nLinuxサーバーの運用\n【勤務地】\n福岡市（データセンターへの出張あり）\n【福利厚生】\nAWS認定の受験料補助");

		assertThat(codes(analysis)).containsExactly("linux-administration");
		assertThat(analysis.segments()).extracting(PostingAnalysis.Segment::skillCode)
			.containsOnly(null, "linux-administration");
	}

	@Test
	void aDutyPhraseNeedsItsObject() {
		PostingAnalysis servers = this.analyzer.analyze("【業務内容】\nサーバーの設計、構築");
		assertThat(role(servers, "cloud-engineer").dutyPhrases()).doesNotContain("AWS環境の設計・構築");
		assertThat(role(servers, "cloud-engineer").duties()).isZero();

		PostingAnalysis aws = this.analyzer.analyze("【業務内容】\nAWS環境の設計・構築");
		assertThat(role(aws, "cloud-engineer").dutyPhrases()).contains("AWS環境の設計・構築");
		assertThat(role(aws, "cloud-engineer").duties()).isPositive();
		// the object has to be on the same line as the verbs
		PostingAnalysis apart = this.analyzer.analyze("【業務内容】\n社内システムの設計・構築\nAWSに詳しい方がいます");
		assertThat(role(apart, "cloud-engineer").dutyPhrases()).doesNotContain("AWS環境の設計・構築");
	}

	private static double phraseMatch(String line, String phrase) {
		TextNormalizer normalizer = PostingAnalyzer.normalizer(ReferenceDictionary.postings());
		DutyPhrases phrases = new DutyPhrases(ReferenceDictionary.postings().phrases(), normalizer);
		return DutyPhrases.match(normalizer.term(line), phrases.phrase(phrase));
	}

	@Test
	void dutyPhrasesMatchByTheirWordsWithTheirObject() {
		// all words in any order, English words by their stem
		assertThat(phraseMatch("We operate and maintain 40 Linux servers", "Linux server operation")).isEqualTo(1);
		// the object and two thirds of the words
		assertThat(phraseMatch("AWSの設計・構築", "AWS環境の設計・構築")).isEqualTo(0.5);
		// without the object, the verbs alone are nothing
		assertThat(phraseMatch("オンプレミス環境の設計・構築", "AWS環境の設計・構築")).isZero();
		assertThat(phraseMatch("design and build the office", "design and build AWS environments")).isZero();
	}

	@Test
	void aSingleWordDoesNotGiveAFullDutiesScore() {
		PostingAnalysis analysis = this.analyzer.analyze("【業務内容】\n各拠点のPCサポート");

		assertThat(analysis.roles()).allSatisfy((role) -> assertThat(role.duties()).isLessThan(0.5));
	}

	@Test
	void breadthReadsAsInfrastructureEvenWithServerWords() {
		String text = """
				What you'll do
				- Run our network (VLANs, BGP) and the Linux servers on it, including OS tuning
				- Manage load balancers (F5) and the Terraform code for our AWS accounts
				- Look after PostgreSQL databases and backups
				""";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		assertThat(analysis.roles().get(0).roleCode()).isEqualTo("infrastructure-engineer");
		assertThat(role(analysis, "infrastructure-engineer").breadth()).contains("network", "servers", "cloud",
				"databases", "automation");
		assertThat(role(analysis, "server-engineer").breadth()).isEmpty();
	}

	@Test
	void architectDutiesPointToTheSystemArchitect() {
		String text = """
				The role
				- Own the architecture roadmap and the technical vision of our platform
				- System design for new products, with proof of concept work before decisions
				- Write architecture decision records and run design reviews
				Requirements
				- Experience designing large-scale systems and non-functional requirements
				""";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		assertThat(analysis.roles().get(0).roleCode()).isEqualTo("system-architect");
		assertThat(role(analysis, "system-architect").dutyPhrases()).contains("architecture roadmap",
				"proof of concept", "technical vision");
	}

	@Test
	void landingZonesOrganizationsAndScpsAreCloudDuties() {
		String text = """
				Responsibilities
				- Build our AWS landing zone with Control Tower
				- Manage AWS Organizations and service control policies (SCP) for 200 accounts
				""";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		assertThat(analysis.roles().get(0).roleCode()).isEqualTo("cloud-engineer");
		assertThat(role(analysis, "cloud-engineer").dutyPhrases()).contains("landing zone", "AWS Organizations");
	}

	@Test
	void theThreeSignalsAreReadFromDifferentThingsAndShowTheirWords() {
		// no duties section: the skill set is read from the whole posting (article l.95)
		String text = """
				【必須スキル】
				・Linuxサーバーのパフォーマンスチューニングと障害対応の経験
				【使用技術】
				RHEL, Apache, Zabbix
				""";

		PostingAnalysis analysis = this.analyzer.analyze(text);

		PostingAnalysis.RoleScore server = role(analysis, "server-engineer");
		assertThat(analysis.roles().get(0).roleCode()).isEqualTo("server-engineer");
		assertThat(server.technologyTerms()).contains("RHEL", "Apache").doesNotContain("障害対応");
		assertThat(server.skillSetTerms()).contains("障害対応", "パフォーマンスチューニング").doesNotContain("Apache");
		assertThat(server.skillSet()).isPositive();
		assertThat(server.technologies()).isPositive();
		assertThat(server.skillSet()).isNotEqualTo(server.technologies());
	}

	@Test
	void theTermsReadersExpectAreInTheDictionary() {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("24/7 monitoring of our platform", "monitoring");
		expected.put("システムの監視", "monitoring");
		expected.put("Windows/Linuxサーバーの運用", "windows-server-administration");
		expected.put("プロキシの設定", "web-servers");
		expected.put("We run a forward proxy", "web-servers");
		expected.put("基幹システムの移行", "cloud-migration");
		expected.put("SaaSの選定", "cloud-architecture");
		expected.put("パブリッククラウドとプライベートクラウド", "cloud-architecture");
		expected.put("Knowledge of operating systems", "linux-administration");
		expected.put("社内LANの構築", "routing-switching");
		expected.put("Moving out of our data centre", "network-design");
		expected.put("データセンターの運用", "network-design");
		expected.put("Huawei, Arista, H3C and YAMAHA routers", "routing-switching");
		expected.put("PCI DSS, ISO 27001 and SOC 2 audits", "network-security");
		expected.put("SNMP and NetFlow", "network-fundamentals");
		expected.put("OpenTelemetry tracing", "monitoring");
		expected.put("SLI/SLO design", "monitoring");
		expected.put("Kafka clusters", "database-administration");
		expected.put("JP1とHinemosによるジョブ管理", "monitoring");
		expected.forEach((text, code) -> assertThat(codes(this.analyzer.analyze(text))).as(text).contains(code));
		assertThat(codes(this.analyzer.analyze("Huawei, Arista, H3C and YAMAHA routers"))).hasSize(1);
		PostingAnalysis vendors = this.analyzer.analyze("Huawei, Arista, H3C and YAMAHA");
		assertThat(skill(vendors, "routing-switching").mentions()).hasSize(4);
		PostingAnalysis jobs = this.analyzer.analyze("JP1とHinemosによるジョブ管理");
		assertThat(skill(jobs, "monitoring").mentions()).extracting(PostingAnalysis.Mention::term)
			.containsExactly("JP1", "Hinemos");
	}

	private int level(String text, String skill) {
		return skill(this.analyzer.analyze(text), skill).level().level();
	}

	private static PostingAnalysis.RoleScore role(PostingAnalysis analysis, String code) {
		return analysis.roles().stream().filter((r) -> r.roleCode().equals(code)).findFirst().orElseThrow();
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

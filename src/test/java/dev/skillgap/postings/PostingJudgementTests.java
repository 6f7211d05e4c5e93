package dev.skillgap.postings;

import java.util.List;

import dev.skillgap.postings.PostingAnalysis.FoundSkill;
import dev.skillgap.postings.PostingAnalysis.RoleScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the analyser dares to say (issue 25): a distribution over the roles with a
 * confidence, the second role where a posting mixes two, nothing but the skills where it
 * is too short, and no heading that swallows the posting. Over the reference data and the
 * learned model the app loads.
 */
class PostingJudgementTests {

	private final PostingAnalyzer analyzer = ReferenceDictionary.learned();

	static final String SERVER_WORK_ON_AN_INFRASTRUCTURE_TEAM = """
			Infrastructure Engineer (server operations)
			Responsibilities
			- Operate our Linux and Windows servers: patching, tuning, incident response and restores
			- Keep the whole infrastructure (network, servers, AWS) stable
			- Maintain firewalls and switches
			Requirements
			- 3+ years of Linux server administration
			""";

	@Test
	void theAnswerIsADistributionWithAConfidenceAndWhatPushedIt() {
		PostingAnalysis analysis = this.analyzer.analyze("""
				【募集職種】サーバーエンジニア
				【業務内容】
				・Linuxサーバー（RHEL）の構築・運用・保守、OSのチューニング
				・Apache、Nginx、Postfixの設定と障害対応
				【必須スキル】
				・Linuxサーバーの構築・運用経験3年以上
				""");

		assertThat(analysis.judgement().tooShort()).isFalse();
		assertThat(analysis.roles()).hasSize(6);
		assertThat(analysis.roles().stream().mapToDouble(RoleScore::probability).sum()).isCloseTo(1.0, within(1e-9));
		RoleScore best = analysis.roles().get(0);
		assertThat(best.roleCode()).isEqualTo("server-engineer");
		assertThat(analysis.judgement().confidence()).isEqualTo(best.probability());
		assertThat(best.probability()).isGreaterThan(analysis.roles().get(1).probability());
		assertThat(best.drivers()).isNotEmpty();
		assertThat(best.drivers()).extracting(PostingAnalysis.Driver::contribution)
			.allSatisfy((c) -> assertThat(c).isPositive());
		// the article's signals and their words are still there
		assertThat(best.dutyPhrases()).isNotEmpty();
	}

	@Test
	void serverWorkOnAnInfrastructureTeamMixesBothRoles() {
		PostingAnalysis analysis = this.analyzer.analyze(SERVER_WORK_ON_AN_INFRASTRUCTURE_TEAM);

		assertThat(analysis.judgement().mixedWith()).isNotNull();
		assertThat(List.of(analysis.roles().get(0).roleCode(), analysis.judgement().mixedWith()))
			.containsExactlyInAnyOrder("server-engineer", "infrastructure-engineer");
	}

	@Test
	void aClearPostingIsNotMixed() {
		PostingAnalysis analysis = this.analyzer.analyze("""
				Network Engineer
				Responsibilities
				- Design and operate our campus and data-centre networks: Cisco and Juniper routers and switches
				- BGP and OSPF routing, VLANs, firewalls and VPNs; network monitoring with SNMP
				Requirements
				- CCNP, 5+ years of routing and switching
				""");

		assertThat(analysis.roles().get(0).roleCode()).isEqualTo("network-engineer");
		assertThat(analysis.judgement().mixedWith()).isNull();
	}

	@Test
	void aPostingTooShortToJudgeSaysSoAndShowsItsSkillsOnly() {
		PostingAnalysis analysis = this.analyzer.analyze("Infrastructure Engineer\nAWS");

		assertThat(analysis.judgement().tooShort()).isTrue();
		assertThat(analysis.judgement().confidence()).isZero();
		assertThat(analysis.roles()).isEmpty();
		assertThat(analysis.skills()).extracting(FoundSkill::skillCode).containsExactly("aws");
		assertThat(this.analyzer.analyze("【募集職種】インフラエンジニア\nAWS、Linux").judgement().tooShort()).isTrue();
	}

	@Test
	void aLabelWithItsValueNearTheTopDoesNotSwallowThePosting() {
		PostingAnalysis analysis = this.analyzer.analyze("""
				Organization: Springfield State University
				Location: Springfield
				Job type: Full-time

				The Systems Administrator installs, patches and maintains the university's Windows and Linux servers,
				Active Directory and VMware hosts, restores servers after failures and keeps backups running.
				Requires 3 years of Linux or Windows server administration.
				""");

		assertThat(analysis.skills()).extracting(FoundSkill::skillCode)
			.contains("linux-administration", "windows-server-administration", "backup-recovery");
		assertThat(analysis.skills()).allSatisfy((skill) -> assertThat(skill.section()).isNotEqualTo(Section.OTHER));
		assertThat(analysis.roles().get(0).roleCode()).isEqualTo("server-engineer");
	}

	@Test
	void aCompanyHeadingFollowedByTheDutiesDoesNotSwallowThem() {
		PostingAnalysis analysis = this.analyzer.analyze(
				"""
						About us
						We are a university IT department.
						You will administer Linux servers, Apache and MySQL, patch them, take backups and restore servers after incidents.
						Experience with Windows Server and Active Directory.
						""");

		assertThat(analysis.skills()).hasSizeGreaterThanOrEqualTo(4);
		assertThat(analysis.roles().get(0).roleCode()).isEqualTo("server-engineer");
	}

	@Test
	void aCompanyPartThatIsOneStillIs() {
		PostingAnalysis analysis = this.analyzer.analyze("""
				【業務内容】
				Linuxサーバーの構築・運用・保守、ミドルウェアの設定、障害対応
				【必須スキル】
				Linuxサーバーの運用経験3年以上
				【福利厚生】
				資格取得支援（AWS認定の受験料を補助）、データセンターへの出張あり
				""");

		assertThat(analysis.skills()).extracting(FoundSkill::skillCode).doesNotContain("aws");
	}

}

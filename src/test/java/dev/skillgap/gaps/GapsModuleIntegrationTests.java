package dev.skillgap.gaps;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skillgap.TestAccounts;
import dev.skillgap.TestDatabase;
import dev.skillgap.identity.Accounts;
import dev.skillgap.skills.SkillLevels;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gaps module bootstrapped without the modules that build on it (mentoring, teams,
 * notifications, postings, export, activity): the fit follows the levels recorded through
 * the skills module's API, and the ranking puts the role they serve first.
 * <p>
 * A context of its own, since only the modules it names are started; it is the one of
 * {@code LearningModuleIntegrationTests} (learning and all it depends on, gaps among
 * them), so that the two module tests start the application once: gaps cannot depend on
 * learning, which depends on it ({@code ModularityTests}).
 */
@ApplicationModuleTest(module = "learning", mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "identity")
@Import(TestDatabase.class)
@ActiveProfiles("test")
class GapsModuleIntegrationTests {

	@Autowired
	FitService fits;

	@Autowired
	Accounts accounts;

	@Autowired
	SkillLevels levels;

	@Test
	void fitFollowsTheLevelsRecordedInTheSkillsModule() {
		UUID learner = this.accounts
			.register(TestAccounts.uniqueEmail("gaps-module"), TestAccounts.PASSWORD, "Gaps module", "en")
			.id();
		assertThat(this.fits.rank(learner)).allSatisfy((fit) -> assertThat(fit.fit()).isZero());

		for (String skill : List.of("linux-administration", "troubleshooting", "web-servers")) {
			this.levels.selfAssess(learner, skill, 4, null, null);
		}

		List<RoleFit> ranking = this.fits.rank(learner);
		assertThat(ranking.get(0).roleCode()).isEqualTo("server-engineer");
		assertThat(ranking.get(0).fit()).isGreaterThan(0.0).isLessThan(1.0);
		assertThat(ranking).extracting(RoleFit::fit).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

}

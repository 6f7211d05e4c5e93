package dev.skillgap.learning;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.skillgap.TestAccounts;
import dev.skillgap.TestDatabase;
import dev.skillgap.gaps.FitService;
import dev.skillgap.gaps.RoleFit;
import dev.skillgap.identity.Accounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learning module bootstrapped with only the modules it depends on: an item in the
 * plan leaves the recommendations, and finishing it raises the levels it leads to, which
 * the gaps module's fit then reflects.
 * <p>
 * A context of its own, since only these modules are started; {@code
 * GapsModuleIntegrationTests} shares it (same annotation, module named).
 */
@ApplicationModuleTest(module = "learning", mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "identity")
@Import(TestDatabase.class)
@ActiveProfiles("test")
class LearningModuleIntegrationTests {

	@Autowired
	LearningPlans plans;

	@Autowired
	Recommendations recommendations;

	@Autowired
	FitService fits;

	@Autowired
	Accounts accounts;

	@Test
	void aFinishedPlanItemRaisesItsLevelsAndTheFit() {
		UUID learner = this.accounts
			.register(TestAccounts.uniqueEmail("learning-module"), TestAccounts.PASSWORD, "Learning module", "en")
			.id();
		Recommendations.Result before = this.recommendations.forRole(learner, "server-engineer");
		assertThat(before.items()).isNotEmpty();
		String first = before.items().get(0).item().code();

		this.plans.add(learner, first, null);
		assertThat(this.recommendations.forRole(learner, "server-engineer").items())
			.noneMatch((recommendation) -> recommendation.item().code().equals(first));

		double fitBefore = serverFit(learner);
		LearningPlans.Change done = this.plans.update(learner, first, PlanStatus.DONE, null, false);
		assertThat(done.proposedLevels()).isNotEmpty();
		this.plans.applyLevels(learner, first,
				done.proposedLevels().stream().map(LearningPlans.ProposedLevel::skillCode).toList());

		assertThat(serverFit(learner)).isGreaterThan(fitBefore);
	}

	private double serverFit(UUID learner) {
		List<RoleFit> ranking = this.fits.rank(learner);
		return ranking.stream()
			.filter((fit) -> fit.roleCode().equals("server-engineer"))
			.findFirst()
			.orElseThrow()
			.fit();
	}

}

package dev.skillgap.activity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.TestDatabase;
import dev.skillgap.learning.GoalSet;
import dev.skillgap.learning.PlanItemAdded;
import dev.skillgap.learning.PlanItemCompleted;
import dev.skillgap.skills.AssessmentSource;
import dev.skillgap.skills.SkillLevelRecorded;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The activity module on its own (Spring Modulith bootstraps only its beans) against the
 * real PostgreSQL: the events it listens to, published in a transaction, move the last
 * activity.
 * <p>
 * A context of its own, since only the activity module is started: no module it listens
 * to is there, so nothing but the published events can move the activity.
 */
@ApplicationModuleTest
@Import(TestDatabase.class)
@ActiveProfiles("test")
class ActivityModuleIntegrationTests {

	static final Instant AT = Instant.parse("2030-03-01T09:00:00Z");

	@Autowired
	Activities activities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSkillLevelTheLearnerRecordedIsTheirLastActivity(Scenario scenario) {
		UUID account = account();
		scenario.publish(new SkillLevelRecorded(account, "linux-administration", 3, AssessmentSource.SELF, account, AT))
			.andWaitForStateChange(() -> this.activities.lastActivity(account), Optional::isPresent)
			.andVerify((last) -> assertThat(last)
				.contains(new LastActivity(account, AT, ActivityKind.SKILL_LEVEL_RECORDED, "linux-administration")));
	}

	@Test
	void aCompletedPlanItemAfterAnAddedOneIsTheLastActivity(Scenario scenario) {
		UUID account = account();
		scenario.publish(new PlanItemAdded(account, "lpic-1", AT))
			.andWaitForStateChange(() -> this.activities.lastActivity(account), Optional::isPresent);
		scenario.publish(new PlanItemCompleted(account, "lpic-1", AT.plusSeconds(3600)))
			.andWaitForStateChange(() -> this.activities.lastActivity(account).map(LastActivity::kind),
					(kind) -> kind.equals(Optional.of(ActivityKind.PLAN_ITEM_COMPLETED)))
			.andVerify((kind) -> assertThat(this.activities.lastActivity(account))
				.contains(new LastActivity(account, AT.plusSeconds(3600), ActivityKind.PLAN_ITEM_COMPLETED, "lpic-1")));
	}

	@Test
	void aGoalSetIsTheLastActivity(Scenario scenario) {
		UUID account = account();
		scenario.publish(new GoalSet(account, "cloud-engineer", java.time.LocalDate.of(2031, 1, 1), AT))
			.andWaitForStateChange(() -> this.activities.lastActivity(account), Optional::isPresent)
			.andVerify((last) -> assertThat(last).map(LastActivity::kind).contains(ActivityKind.GOAL_SET));
	}

	private UUID account() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into account (id, email, display_name, password_hash, locale)
				values (:id, :email, 'Module Test', 'not-a-hash', 'en')
				""").param("id", id).param("email", id + "@skillgap.test").update();
		return id;
	}

}

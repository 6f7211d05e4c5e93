package dev.skillgap.activity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.SqlStatementCounter;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.skills.SkillLevels;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity read model, fed by the events of the skills and learning modules through
 * the event publication registry on PostgreSQL: what learners do through the API shows up
 * as their last activity, and every publication ends completed (in the archive).
 * Listeners run asynchronously after commit, so the tests wait for their effect.
 */
@IntegrationTest
class ActivityIntegrationTests {

	static final Duration DELIVERY = Duration.ofSeconds(30);

	static final String LINUX = "linux-administration";

	static final String LPIC_1 = "lpic-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Activities activities;

	@Autowired
	SkillLevels levels;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordingASkillLevelCompletesItsPublicationAndBecomesTheLastActivity() throws Exception {
		TestUser user = new TestAccounts(this.mvc).register();
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		new Learner(user.client()).putLevel(LINUX, 3).andExpect(status().isOk());

		LastActivity last = awaitActivity(user.id(), ActivityKind.SKILL_LEVEL_RECORDED);
		assertThat(last.subject()).isEqualTo(LINUX);
		assertThat(last.at()).isAfterOrEqualTo(before);
		awaitCompleted(user.id(), "dev.skillgap.skills.SkillLevelRecorded", "activity.skill-level-recorded");
		// other modules listen to the same events (notifications): their publications
		// complete too
		await().atMost(DELIVERY).untilAsserted(() -> assertThat(incomplete(user.id())).isEmpty());
	}

	@Test
	void planItemsAndGoalsAreActivityAndTheLatestWins() throws Exception {
		TestUser user = new TestAccounts(this.mvc).register();
		Learner learner = new Learner(user.client());

		learner.plans(LPIC_1);
		assertThat(awaitActivity(user.id(), ActivityKind.PLAN_ITEM_ADDED).subject()).isEqualTo(LPIC_1);

		learner.moves(LPIC_1, "done").andExpect(status().isOk());
		assertThat(awaitActivity(user.id(), ActivityKind.PLAN_ITEM_COMPLETED).subject()).isEqualTo(LPIC_1);

		learner
			.put("/api/me/goal", Json.object("roleCode", "cloud-engineer", "targetDate",
					LocalDate.now(ZoneOffset.UTC).plusMonths(6).toString()))
			.andExpect(status().isOk());
		assertThat(awaitActivity(user.id(), ActivityKind.GOAL_SET).subject()).isEqualTo("cloud-engineer");

		awaitCompleted(user.id(), "dev.skillgap.learning.PlanItemAdded", "activity.plan-item-added");
		awaitCompleted(user.id(), "dev.skillgap.learning.PlanItemCompleted", "activity.plan-item-completed");
		awaitCompleted(user.id(), "dev.skillgap.learning.GoalSet", "activity.goal-set");
		// other modules listen to the same events (notifications): their publications
		// complete too
		await().atMost(DELIVERY).untilAsserted(() -> assertThat(incomplete(user.id())).isEmpty());
	}

	@Test
	void aLevelAMentorGaveIsNotTheLearnersActivity() throws Exception {
		TestUser learner = new TestAccounts(this.mvc).register();
		TestUser mentor = new TestAccounts(this.mvc).register();

		this.levels.validated(learner.id(), LINUX, 4, "Watched it done", mentor.id());

		awaitCompleted(learner.id(), "dev.skillgap.skills.SkillLevelRecorded", "activity.skill-level-recorded");
		assertThat(this.activities.lastActivity(learner.id())).isEmpty();
	}

	@Test
	void lateOrRepeatedActivityNeverMovesTheLastActivityBack() throws Exception {
		UUID account = new TestAccounts(this.mvc).register().id();
		Instant now = Instant.parse("2030-06-01T10:00:00Z");

		this.activities.record(account, now, ActivityKind.GOAL_SET, "cloud-engineer");
		this.activities.record(account, now.minusSeconds(60), ActivityKind.PLAN_ITEM_ADDED, LPIC_1);
		this.activities.record(account, now, ActivityKind.PLAN_ITEM_ADDED, LPIC_1);

		assertThat(this.activities.lastActivity(account))
			.contains(new LastActivity(account, now, ActivityKind.GOAL_SET, "cloud-engineer"));

		this.activities.record(account, now.plusSeconds(1), ActivityKind.PLAN_ITEM_COMPLETED, LPIC_1);
		assertThat(this.activities.lastActivity(account))
			.contains(new LastActivity(account, now.plusSeconds(1), ActivityKind.PLAN_ITEM_COMPLETED, LPIC_1));
	}

	@Test
	void activityOfAnAccountThatIsGoneIsSkipped() {
		UUID nobody = UUID.randomUUID();
		this.activities.record(nobody, Instant.now(), ActivityKind.GOAL_SET, "cloud-engineer");
		assertThat(this.activities.lastActivity(nobody)).isEmpty();
	}

	@Test
	void theLastActivityOfManyLearnersIsOneQuery() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		UUID active = accounts.register().id();
		UUID alsoActive = accounts.register().id();
		UUID idle = accounts.register().id();
		Instant at = Instant.parse("2030-06-01T10:00:00Z");
		this.activities.record(active, at, ActivityKind.GOAL_SET, "cloud-engineer");
		this.activities.record(alsoActive, at.plusSeconds(5), ActivityKind.PLAN_ITEM_ADDED, LPIC_1);
		List<UUID> many = new ArrayList<>(List.of(active, alsoActive, idle));
		for (int i = 0; i < 500; i++) {
			many.add(UUID.randomUUID());
		}

		AtomicReference<Map<UUID, LastActivity>> result = new AtomicReference<>();
		List<String> statements = SqlStatementCounter.count(() -> result.set(this.activities.lastActivity(many)));

		assertThat(statements).hasSize(1);
		assertThat(result.get()).containsOnlyKeys(active, alsoActive);
		assertThat(result.get().get(alsoActive))
			.isEqualTo(new LastActivity(alsoActive, at.plusSeconds(5), ActivityKind.PLAN_ITEM_ADDED, LPIC_1));
		assertThat(this.activities.lastActivity(List.of())).isEmpty();
	}

	private LastActivity awaitActivity(UUID account, ActivityKind kind) {
		return await().atMost(DELIVERY)
			.until(() -> this.activities.lastActivity(account).orElse(null),
					(last) -> last != null && last.kind() == kind);
	}

	private void awaitCompleted(UUID account, String eventType, String listener) {
		await().atMost(DELIVERY)
			.untilAsserted(() -> assertThat(this.jdbc.sql("""
					select status from event_publication_archive
					where event_type = :type and listener_id = :listener and serialized_event like :account
					  and completion_date is not null
					""")
				.param("type", eventType)
				.param("listener", listener)
				.param("account", "%" + account + "%")
				.query(String.class)
				.list()).containsExactly("COMPLETED"));
	}

	private List<String> incomplete(UUID account) {
		return this.jdbc.sql("select listener_id from event_publication where serialized_event like :account")
			.param("account", "%" + account + "%")
			.query(String.class)
			.list();
	}

}

package dev.skillgap.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;

import dev.skillgap.DeliveryIntegrationTest;
import dev.skillgap.TestAccounts;
import dev.skillgap.activity.Activities;
import dev.skillgap.activity.ActivityKind;
import dev.skillgap.activity.LastActivity;
import dev.skillgap.skills.AssessmentSource;
import dev.skillgap.skills.SkillLevelRecorded;
import dev.skillgap.skills.SkillLevels;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nothing is lost between modules: a listener that fails leaves its publication failed
 * (incomplete) while the other listeners of the same event go ahead; once it works again,
 * {@link EventRedelivery} delivers it. Two instances redelivering at the same time
 * deliver it once, and a publication left behind by an instance that died is marked
 * failed by the staleness monitor and then delivered. Scheduled redelivery is off in
 * tests (these call it), and the staleness monitor checks every two seconds
 * ({@code application-test.properties}); the failing listener is the
 * {@link FlakyListener} of the {@link DeliveryIntegrationTest} application.
 */
@DeliveryIntegrationTest
class EventRedeliveryIntegrationTests {

	static final Duration DELIVERY = Duration.ofSeconds(30);

	static final String LINUX = "linux-administration";

	static final String FLAKY = FlakyListener.ID;

	@Autowired
	MockMvc mvc;

	@Autowired
	SkillLevels levels;

	@Autowired
	Activities activities;

	@Autowired
	EventRedelivery redelivery;

	@Autowired
	FlakyListener flaky;

	@Autowired
	EventSerializer serializer;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedListenerIsDeliveredAgainOnceItWorks() throws Exception {
		UUID account = new TestAccounts(this.mvc).register().id();
		this.flaky.failFor(account);

		this.levels.selfAssess(account, LINUX, 2, null, null);

		await().atMost(DELIVERY).until(() -> status(account, FLAKY), List.of("FAILED")::equals);
		assertThat(this.flaky.deliveries(account)).isZero();
		// the other listener of the same event is not held up
		assertThat(await().atMost(DELIVERY).until(() -> this.activities.lastActivity(account), (a) -> a.isPresent()))
			.map(LastActivity::kind)
			.contains(ActivityKind.SKILL_LEVEL_RECORDED);
		this.redelivery.redeliver();
		await().atMost(DELIVERY).until(() -> this.flaky.attempts(account) >= 2);
		assertThat(status(account, FLAKY)).containsExactly("FAILED");

		this.flaky.works(account);
		await().atMost(DELIVERY).until(() -> {
			this.redelivery.redeliver();
			return status(account, FLAKY).isEmpty();
		});

		assertThat(this.flaky.deliveries(account)).isEqualTo(1);
		assertThat(archived(account, FLAKY)).containsExactly("COMPLETED");
	}

	@Test
	void twoInstancesRedeliveringAtOnceDeliverOnce() throws Exception {
		UUID account = new TestAccounts(this.mvc).register().id();
		this.flaky.failFor(account);
		this.levels.selfAssess(account, LINUX, 3, null, null);
		await().atMost(DELIVERY).until(() -> status(account, FLAKY), List.of("FAILED")::equals);
		this.flaky.works(account);

		CyclicBarrier start = new CyclicBarrier(2);
		Runnable instance = () -> {
			try {
				start.await();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			this.redelivery.redeliver();
		};
		Thread first = new Thread(instance);
		Thread second = new Thread(instance);
		first.start();
		second.start();
		first.join();
		second.join();

		await().atMost(DELIVERY).until(() -> status(account, FLAKY).isEmpty());
		assertThat(archived(account, FLAKY)).containsExactly("COMPLETED");
		assertThat(this.flaky.deliveries(account)).isEqualTo(1);
	}

	@Test
	void aPublicationLeftBehindByAnInstanceThatDiedIsDelivered() throws Exception {
		UUID account = new TestAccounts(this.mvc).register().id();
		Instant tenMinutesAgo = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
		SkillLevelRecorded event = new SkillLevelRecorded(account, LINUX, 4, AssessmentSource.SELF, account,
				tenMinutesAgo);
		// what an instance leaves when it dies after the commit, before its listener ran
		this.jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				  completion_attempts, last_resubmission_date)
				values (:id, :listener, :type, :event, :at, 'PUBLISHED', 1, :at)
				""")
			.param("id", UUID.randomUUID())
			.param("listener", "activity.skill-level-recorded")
			.param("type", SkillLevelRecorded.class.getName())
			.param("event", this.serializer.serialize(event).toString())
			.param("at", Timestamp.from(tenMinutesAgo))
			.update();

		// older than spring.modulith.events.staleness.published: the monitor marks it
		// failed
		await().atMost(DELIVERY)
			.until(() -> status(account, "activity.skill-level-recorded"), List.of("FAILED")::equals);
		await().atMost(DELIVERY).until(() -> {
			this.redelivery.redeliver();
			return status(account, "activity.skill-level-recorded").isEmpty();
		});

		assertThat(this.activities.lastActivity(account))
			.contains(new LastActivity(account, tenMinutesAgo, ActivityKind.SKILL_LEVEL_RECORDED, LINUX));
		assertThat(archived(account, "activity.skill-level-recorded")).containsExactly("COMPLETED");
	}

	@Test
	void completedPublicationsLeaveTheArchiveAfterAWeek() {
		UUID old = archive(Instant.now().minus(Duration.ofDays(8)));
		UUID recent = archive(Instant.now().minus(Duration.ofDays(6)));

		this.redelivery.pruneCompleted();

		assertThat(this.jdbc.sql("select id from event_publication_archive where id in (:ids)")
			.param("ids", List.of(old, recent))
			.query(UUID.class)
			.list()).containsExactly(recent);
	}

	@Test
	void laterAttemptsWaitLonger() {
		EventRedelivery redelivery = new EventRedelivery(null, null, new EventsProperties(true, Duration.ofMinutes(1),
				Duration.ofSeconds(30), Duration.ofHours(1), 100, Duration.ofDays(7)));
		assertThat(List.of(1, 2, 3, 4, 8, 100).stream().map(redelivery::retryDelay)).containsExactly(
				Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
				Duration.ofHours(1), Duration.ofHours(1));
	}

	private UUID archive(Instant completed) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into event_publication_archive (id, listener_id, event_type, serialized_event, publication_date,
				  completion_date, status, completion_attempts, last_resubmission_date)
				values (:id, 'activity.goal-set', 'dev.skillgap.learning.GoalSet', '{}', :at, :at, 'COMPLETED', 1, :at)
				""").param("id", id).param("at", Timestamp.from(completed)).update();
		return id;
	}

	private List<String> status(UUID account, String listener) {
		return this.jdbc.sql(
				"select status from event_publication where listener_id = :listener and serialized_event like :account")
			.param("listener", listener)
			.param("account", "%" + account + "%")
			.query(String.class)
			.list();
	}

	private List<String> archived(UUID account, String listener) {
		return this.jdbc.sql("""
				select status from event_publication_archive
				where listener_id = :listener and serialized_event like :account and completion_date is not null
				""").param("listener", listener).param("account", "%" + account + "%").query(String.class).list();
	}

}

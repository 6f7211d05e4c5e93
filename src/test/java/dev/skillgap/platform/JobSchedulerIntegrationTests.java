package dev.skillgap.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.IntegrationTest;
import dev.skillgap.MutableClock;
import dev.skillgap.SkillgapApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The job scheduler with two instances of the app on one PostgreSQL (a database of its
 * own, so that the jobs see only what this test made) and a clock the test moves: each
 * job runs once per period whatever the number of instances, and after every instance was
 * down for days, the missed run is caught up once, not once per missed period. Runs are
 * counted in {@code job_run}.
 */
@IntegrationTest
class JobSchedulerIntegrationTests {

	static final List<String> DAILY = List.of("certification-reminders", "digests", "job-run-pruning",
			"reassessment-reminders");

	static final MutableClock clock = new MutableClock(Instant.parse("2031-03-02T00:00:00Z"));

	@Autowired
	JdbcConnectionDetails database;

	private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private JdbcClient jdbc;

	@AfterEach
	void stop() {
		this.instances.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void eachJobRunsOncePerPeriodOnTwoInstancesAndMissedRunsAreCaughtUpOnce() throws Exception {
		String url = freshDatabase();
		ConfigurableApplicationContext first = start(url);
		ConfigurableApplicationContext second = start(url);
		this.jdbc = JdbcClient.create(
				new SingleConnectionDataSource(url, this.database.getUsername(), this.database.getPassword(), true));

		// five days pass, a day at a time: each daily job runs once a day
		for (int day = 1; day <= 5; day++) {
			clock.advance(Duration.ofDays(1));
			int expected = day;
			await().atMost(Duration.ofSeconds(60))
				.until(() -> DAILY.stream().allMatch((job) -> runs(job) == expected) && picked() == 0);
		}
		Thread.sleep(1500);
		for (String job : DAILY) {
			assertThat(runs(job)).as("runs of %s", job).isEqualTo(5);
		}
		assertThat(duplicates()).as("a job run twice for the same scheduled time").isEmpty();
		assertThat(failed()).isZero();

		// every instance goes down for three days; one comes back: each missed job runs
		// once
		first.close();
		second.close();
		this.instances.clear();
		clock.advance(Duration.ofDays(3));
		start(url);
		await().atMost(Duration.ofSeconds(60)).until(() -> DAILY.stream().allMatch((job) -> runs(job) == 6));
		Thread.sleep(1500);
		for (String job : DAILY) {
			assertThat(runs(job)).as("runs of %s after the outage", job).isEqualTo(6);
		}
		assertThat(duplicates()).isEmpty();
		// ... and the next run is due the day after, not three more times now
		assertThat(this.jdbc.sql("""
				select count(*) from scheduled_tasks where task_name = any(:jobs) and execution_time <= :now
				""")
			.param("jobs", DAILY.toArray(String[]::new))
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.query(Integer.class)
			.single()).isZero();
	}

	private int runs(String job) {
		return this.jdbc.sql("select count(*) from job_run where job = :job and outcome = 'done'")
			.param("job", job)
			.query(Integer.class)
			.single();
	}

	private int picked() {
		return this.jdbc.sql("select count(*) from scheduled_tasks where picked and task_name = any(:jobs)")
			.param("jobs", DAILY.toArray(String[]::new))
			.query(Integer.class)
			.single();
	}

	private int failed() {
		return this.jdbc.sql("select count(*) from job_run where outcome = 'failed'").query(Integer.class).single();
	}

	private List<Map<String, Object>> duplicates() {
		return this.jdbc.sql("""
				select job, scheduled_for, count(*) from job_run group by job, scheduled_for having count(*) > 1
				""").query().listOfRows();
	}

	/** A database of its own on the test PostgreSQL server; its JDBC URL. */
	private String freshDatabase() throws Exception {
		String name = "jobs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String url = this.database.getJdbcUrl();
		try (Connection connection = DriverManager.getConnection(url, this.database.getUsername(),
				this.database.getPassword()); Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		int slash = url.indexOf('/', url.indexOf("//") + 2);
		int query = url.indexOf('?', slash);
		return url.substring(0, slash + 1) + name + ((query >= 0) ? url.substring(query) : "");
	}

	/** An instance of the app on that database, the scheduler on, on the test's clock. */
	private ConfigurableApplicationContext start(String url) {
		JdbcConnectionDetails details = new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return JobSchedulerIntegrationTests.this.database.getUsername();
			}

			@Override
			public String getPassword() {
				return JobSchedulerIntegrationTests.this.database.getPassword();
			}

		};
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(SkillgapApplication.class)
			.profiles("test")
			.properties("spring.main.banner-mode=off")
			.initializers((context) -> {
				((GenericApplicationContext) context).registerBean(JdbcConnectionDetails.class, () -> details);
				((GenericApplicationContext) context).registerBean(Clock.class, () -> clock);
			})
			.run("--server.port=0", "--skillgap.jobs.enabled=true", "--skillgap.jobs.polling-interval=200ms",
					"--skillgap.events.redelivery=false", "--spring.datasource.hikari.maximum-pool-size=5");
		this.instances.add(instance);
		return instance;
	}

}

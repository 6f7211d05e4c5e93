package dev.skillgap.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link Job} bean with db-scheduler, a persistent, cluster-safe scheduler on
 * PostgreSQL (its table {@code scheduled_tasks}): each job is one recurring task whose
 * next run time lives in the database, and an instance claims a due run with an
 * optimistic update, so with several instances each run executes once. A run that was due
 * while every instance was down executes once when one starts (missed runs are caught up,
 * not replayed per period). A run cut short by a dead instance is taken over after its
 * heartbeats stop; one that fails is tried again after five minutes.
 * <p>
 * The scheduler's clock is the application's {@link Clock}, so that a test can move time;
 * db-scheduler's Spring Boot starter offers no way to set it, hence this wiring. Each run
 * is recorded in {@code job_run} (job, the time it was scheduled for, the instance): what
 * an operator reads to see the jobs run, and what the tests count.
 */
@Component
class JobScheduler implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

	static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(5);

	private final DataSource dataSource;

	private final List<Job> jobs;

	private final Clock clock;

	private final JobsProperties properties;

	private final JdbcClient jdbc;

	private final String instance = instanceName();

	private volatile @Nullable Scheduler scheduler;

	JobScheduler(DataSource dataSource, List<Job> jobs, Clock clock, JobsProperties properties, JdbcClient jdbc) {
		this.dataSource = dataSource;
		this.jobs = List.copyOf(jobs);
		this.clock = clock;
		this.properties = properties;
		this.jdbc = jdbc;
	}

	@Override
	public void start() {
		if (!this.properties.enabled() || this.jobs.isEmpty()) {
			log.info("Job scheduler off (skillgap.jobs.enabled={}, jobs={})", this.properties.enabled(),
					this.jobs.size());
			return;
		}
		List<RecurringTask<Void>> tasks = this.jobs.stream().map(this::task).toList();
		Scheduler started = Scheduler.create(this.dataSource)
			.startTasks(tasks)
			.threads(this.properties.threads())
			.pollingInterval(this.properties.pollingInterval())
			.heartbeatInterval(this.properties.heartbeatInterval())
			.schedulerName(new SchedulerName.Fixed(this.instance))
			.clock(this.clock::instant)
			.shutdownMaxWait(Duration.ofSeconds(15))
			.build();
		started.start();
		this.scheduler = started;
		log.info("Job scheduler started instance={} jobs={}", this.instance,
				this.jobs.stream().map(Job::name).toList());
	}

	@Override
	public void stop() {
		Scheduler running = this.scheduler;
		if (running != null) {
			running.stop();
			this.scheduler = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.scheduler != null;
	}

	/** Last to start, first to stop: no job runs against a context that is going away. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 10;
	}

	private RecurringTask<Void> task(Job job) {
		return Tasks.recurring(job.name(), schedule(job.schedule()))
			.onFailure(new FailureHandler.OnFailureRetryLater<>(RETRY_AFTER_FAILURE))
			.execute((taskInstance, context) -> run(job, context.getExecution().executionTime));
	}

	/** Records the run, then runs the job at the application clock's time. */
	void run(Job job, Instant scheduledFor) {
		Instant now = this.clock.instant();
		long id = this.jdbc
			.sql("""
					insert into job_run (job, scheduled_for, instance, started_at) values (:job, :scheduledFor, :instance, :now)
					returning id
					""")
			.param("job", job.name())
			.param("scheduledFor", Timestamp.from(scheduledFor))
			.param("instance", this.instance)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		String outcome = "failed";
		try {
			job.run(now);
			outcome = "done";
		}
		finally {
			this.jdbc.sql("update job_run set finished_at = :at, outcome = :outcome where id = :id")
				.param("at", Timestamp.from(this.clock.instant()))
				.param("outcome", outcome)
				.param("id", id)
				.update();
		}
	}

	private static Schedule schedule(JobSchedule schedule) {
		if (schedule.dailyAt() != null) {
			return Schedules.daily(ZoneOffset.UTC, schedule.dailyAt());
		}
		return Schedules.fixedDelay(schedule.every());
	}

	private static String instanceName() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown";
		}
		return host + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}

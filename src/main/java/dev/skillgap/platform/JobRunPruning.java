package dev.skillgap.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Forgets the record of job runs after 30 days. */
@Component
class JobRunPruning implements Job {

	static final Duration KEEP = Duration.ofDays(30);

	private final JdbcClient jdbc;

	JobRunPruning(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "job-run-pruning";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.daily(LocalTime.of(2, 30));
	}

	@Override
	public void run(Instant now) {
		this.jdbc.sql("delete from job_run where started_at < :before")
			.param("before", Timestamp.from(now.minus(KEEP)))
			.update();
	}

}

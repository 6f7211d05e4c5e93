package dev.skillgap.platform;

import java.time.Instant;

/**
 * Work the application does on a schedule (reminders, digests, webhook deliveries...).
 * Every bean of this type is run by {@link JobScheduler} from db-scheduler's table in
 * PostgreSQL: with any number of instances, each scheduled run is executed by exactly one
 * of them, and a run missed while every instance was down is executed once when one comes
 * back. A job must be safe to run again (what it sends is keyed in the database), since a
 * run cut short by a crash is run again.
 */
public interface Job {

	/** The job's name (kebab-case), its key in the scheduler's table. */
	String name();

	JobSchedule schedule();

	/**
	 * Does the work that is due.
	 * @param now the application clock's time when the run started (tests move it)
	 */
	void run(Instant now);

}

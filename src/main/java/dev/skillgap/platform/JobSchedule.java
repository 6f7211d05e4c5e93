package dev.skillgap.platform;

import java.time.Duration;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * When a {@link Job} runs: every day at a time (UTC), or again a fixed time after each
 * run ends.
 */
public record JobSchedule(@Nullable LocalTime dailyAt, @Nullable Duration every) {

	public JobSchedule {
		if ((dailyAt == null) == (every == null)) {
			throw new IllegalArgumentException("A job runs daily at a time or every so often, not both");
		}
	}

	public static JobSchedule daily(LocalTime at) {
		return new JobSchedule(at, null);
	}

	public static JobSchedule every(Duration delay) {
		return new JobSchedule(null, delay);
	}

}

package dev.skillgap.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The job scheduler ({@link JobScheduler}).
 *
 * @param enabled whether this instance runs jobs at all (off in the tests that call the
 * jobs themselves)
 * @param pollingInterval how often an instance looks for due runs
 * @param threads how many runs an instance executes at once
 * @param heartbeatInterval how often a running instance marks its runs alive; a run whose
 * instance missed six heartbeats is taken over by another instance
 */
@ConfigurationProperties("skillgap.jobs")
public record JobsProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration pollingInterval,
		@DefaultValue("2") int threads, @DefaultValue("1m") Duration heartbeatInterval) {
}

package dev.skillgap.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that the app starts when no
 * {@code spring.datasource.url} is configured.
 *
 * @param enabled whether to start it at all when no datasource URL is set
 * @param dataDirectory where its data lives; kept across restarts
 * @param port the port it listens on; 0 picks a free one
 * @param restart how it is started again when it stops under the app
 */
@ConfigurationProperties("skillgap.database.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("0") int port, @DefaultValue Restart restart) {

	/**
	 * @param firstDelay the wait before the first attempt
	 * @param maxDelay the longest wait between attempts (each failure doubles it)
	 * @param attemptsBeforeDown failed attempts after which liveness goes DOWN (attempts
	 * go on)
	 */
	public record Restart(@DefaultValue("1s") Duration firstDelay, @DefaultValue("30s") Duration maxDelay,
			@DefaultValue("5") int attemptsBeforeDown) {
	}

}

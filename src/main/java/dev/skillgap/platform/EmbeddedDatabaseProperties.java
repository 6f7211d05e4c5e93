package dev.skillgap.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that the app starts when no
 * {@code spring.datasource.url} is configured.
 *
 * @param enabled whether to start it at all when no datasource URL is set
 * @param dataDirectory where its data lives; kept across restarts
 * @param port the port it listens on; 0 picks a free one
 */
@ConfigurationProperties("skillgap.database.embedded")
public record EmbeddedDatabaseProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("data/postgres") Path dataDirectory, @DefaultValue("0") int port) {
}

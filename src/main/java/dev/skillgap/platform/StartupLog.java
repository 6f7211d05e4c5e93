package dev.skillgap.platform;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** One structured line once the app is ready: version, database mode and port. */
@Component
class StartupLog {

	private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

	private final ObjectProvider<BuildProperties> build;

	private final DataSource dataSource;

	private final Environment environment;

	StartupLog(ObjectProvider<BuildProperties> build, DataSource dataSource, Environment environment) {
		this.build = build;
		this.dataSource = dataSource;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		BuildProperties props = this.build.getIfAvailable();
		String version = props != null ? props.getVersion() : "dev";
		String mode = StringUtils.hasText(this.environment.getProperty("spring.datasource.url")) ? "external"
				: this.environment.getProperty("skillgap.database.embedded.enabled", Boolean.class, true) ? "embedded"
						: "provided";
		String database = "unknown";
		try (var connection = this.dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			database = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " "
					+ stripCredentials(meta.getURL());
		}
		catch (SQLException ex) {
			log.warn("Could not read database metadata", ex);
		}
		log.info("Skillgap ready version={} databaseMode={} database=\"{}\" port={}", version, mode, database,
				this.environment.getProperty("local.server.port", "?"));
	}

	private static String stripCredentials(String url) {
		int query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}

}

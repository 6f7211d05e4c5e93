package dev.skillgap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The real PostgreSQL that integration tests run against, chosen once per JVM:
 * <ol>
 * <li>{@code TEST_DB_URL} set (with {@code TEST_DB_USERNAME} and
 * {@code TEST_DB_PASSWORD}): that server;</li>
 * <li>else, when a Docker engine answers: a {@code postgres:18} container, one per
 * application context;</li>
 * <li>else: one embedded PostgreSQL (zonky) for the whole JVM, in a temporary
 * directory.</li>
 * </ol>
 * The few application contexts of the tests (see {@link IntegrationTest}) and the
 * applications some tests start share the database, so tests never rely on it being
 * empty. Use it through {@link IntegrationTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static volatile Mode mode;

	/** Where the test database comes from. */
	public enum Mode {

		/** The server named by {@code TEST_DB_URL}. */
		EXTERNAL,

		/** A Testcontainers {@code postgres:18} container. */
		CONTAINER,

		/** A JVM-wide embedded PostgreSQL. */
		EMBEDDED

	}

	/** The mode of this JVM, decided on first use. */
	public static Mode mode() {
		Mode current = mode;
		if (current == null) {
			synchronized (TestDatabase.class) {
				current = mode;
				if (current == null) {
					current = choose();
					mode = current;
					log.info("Integration tests use a {} PostgreSQL", current);
				}
			}
		}
		return current;
	}

	private static Mode choose() {
		if (StringUtils.hasText(System.getenv("TEST_DB_URL"))) {
			return Mode.EXTERNAL;
		}
		try {
			if (DockerClientFactory.instance().isDockerAvailable()) {
				return Mode.CONTAINER;
			}
		}
		catch (RuntimeException | LinkageError ex) {
			log.info("Docker is not usable ({}); using an embedded PostgreSQL", ex.toString());
		}
		return Mode.EMBEDDED;
	}

	@Bean
	@Conditional(ExternalMode.class)
	JdbcConnectionDetails externalTestDatabase() {
		return connectionDetails(System.getenv("TEST_DB_URL"), System.getenv("TEST_DB_USERNAME"),
				System.getenv("TEST_DB_PASSWORD"));
	}

	@Bean
	@ServiceConnection
	@Conditional(ContainerMode.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:18");
	}

	@Bean
	@Conditional(EmbeddedMode.class)
	JdbcConnectionDetails embeddedTestDatabase() {
		EmbeddedPostgres postgres = Embedded.INSTANCE;
		return connectionDetails(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
	}

	private static JdbcConnectionDetails connectionDetails(String url, String username, String password) {
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return url;
			}

			@Override
			public String getUsername() {
				return username;
			}

			@Override
			public String getPassword() {
				return password;
			}

		};
	}

	/**
	 * Holder of the embedded server: started on first use, stopped when the JVM exits.
	 */
	private static final class Embedded {

		static final EmbeddedPostgres INSTANCE = start();

		private static EmbeddedPostgres start() {
			try {
				Path directory = Files.createTempDirectory("skillgap-test-postgres");
				EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(true)
					// PostgreSQL's default: a handful of application contexts (at
					// most 20 connections each, one when idle) and the instances
					// some tests start
					.setServerConfig("max_connections", "100")
					// a database thrown away at the end of the run need not survive a
					// crash
					.setServerConfig("fsync", "off")
					.setServerConfig("full_page_writes", "off")
					.start();
				Runtime.getRuntime().addShutdownHook(new Thread(() -> {
					try {
						postgres.close();
					}
					catch (IOException ex) {
						// the JVM is exiting; the temporary directory is left behind at
						// worst
					}
				}, "test-postgres-shutdown"));
				return postgres;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", ex);
			}
		}

	}

	static class ExternalMode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return mode() == Mode.EXTERNAL;
		}

	}

	static class ContainerMode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return mode() == Mode.CONTAINER;
		}

	}

	static class EmbeddedMode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return mode() == Mode.EMBEDDED;
		}

	}

}

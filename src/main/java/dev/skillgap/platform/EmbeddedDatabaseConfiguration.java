package dev.skillgap.platform;

import java.io.IOException;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL inside the app when no database is configured, so that
 * {@code ./mvnw spring-boot:run} needs no set-up. Its data directory is kept across
 * restarts, and it is as durable as any PostgreSQL (see {@link EmbeddedDatabase}).
 * Setting {@code SPRING_DATASOURCE_URL} replaces it entirely.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceConfigured.class)
class EmbeddedDatabaseConfiguration {

	/**
	 * The embedded PostgreSQL; while its supervisor cannot start it again, the app's
	 * liveness is {@code BROKEN} (DOWN), and {@code CORRECT} once it runs again.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedPostgres(EmbeddedDatabaseProperties properties, ApplicationEventPublisher events)
			throws IOException {
		EmbeddedDatabaseProperties.Restart restart = properties.restart();
		EmbeddedDatabase.Supervision supervision = new EmbeddedDatabase.Supervision(
				EmbeddedDatabase.Supervision.DEFAULT.pollEvery(), restart.firstDelay(), restart.maxDelay(),
				restart.attemptsBeforeDown(), (healthy) -> AvailabilityChangeEvent.publish(events,
						EmbeddedDatabase.class, healthy ? LivenessState.CORRECT : LivenessState.BROKEN));
		return EmbeddedDatabase.start(properties.dataDirectory(), properties.port(), supervision);
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedDatabase database) {
		String url = database.postgres().getJdbcUrl("postgres", "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return null;
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	static class NoDatasourceConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var environment = context.getEnvironment();
			return !StringUtils.hasText(environment.getProperty("spring.datasource.url"))
					&& environment.getProperty("skillgap.database.embedded.enabled", Boolean.class, true);
		}

	}

}

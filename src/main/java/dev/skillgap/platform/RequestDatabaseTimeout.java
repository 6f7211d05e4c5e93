package dev.skillgap.platform;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A request answers within about 3 s even while the database does not answer at all
 * (paused, hung, behind a dead network path): every connection a request thread takes
 * from the pool, for Spring Session's lookup of the session as for the controller's
 * queries, waits at most {@code skillgap.database.request-timeout} (default 1.5 s) for
 * any answer of the database (pgjdbc's network timeout, a client-side socket read
 * timeout), after which the connection is dropped and the request answers 503
 * ({@link DatabaseUnavailableFilter}). Work outside requests (migrations, reference data,
 * event delivery, session clean-up) keeps the pool's own socket timeout (30 s). The pool
 * resets the timeout when the connection comes back.
 */
final class RequestDatabaseTimeout {

	private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();

	private static final Executor DIRECT = Runnable::run;

	private RequestDatabaseTimeout() {
	}

	/** Runs a request's filter chain with the request's database timeout. */
	static void during(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Boolean outer = IN_REQUEST.get();
		IN_REQUEST.set(Boolean.TRUE);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer == null) {
				IN_REQUEST.remove();
			}
		}
	}

	static boolean inRequest() {
		return IN_REQUEST.get() != null;
	}

	/**
	 * The application's data source, handing request threads connections with the
	 * timeout.
	 */
	static final class TimingDataSource extends DelegatingDataSource {

		private final int millis;

		TimingDataSource(DataSource target, Duration timeout) {
			super(target);
			this.millis = Math.toIntExact(timeout.toMillis());
		}

		@Override
		public Connection getConnection() throws SQLException {
			return limited(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return limited(super.getConnection(username, password));
		}

		private Connection limited(Connection connection) throws SQLException {
			if (inRequest()) {
				try {
					connection.setNetworkTimeout(DIRECT, this.millis);
				}
				catch (SQLException | RuntimeException ex) {
					connection.close();
					throw ex;
				}
			}
			return connection;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Wrapping {

		/** Wraps the application's data source (the pool) once. */
		@Bean
		static BeanPostProcessor requestDatabaseTimeout(Environment environment) {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource && !(bean instanceof TimingDataSource)
							&& "dataSource".equals(beanName)) {
						return new TimingDataSource(dataSource, environment
							.getProperty("skillgap.database.request-timeout", Duration.class, Duration.ofMillis(1500)));
					}
					return bean;
				}

			};
		}

	}

}

package dev.skillgap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares or creates on the test's thread
 * while {@link #count} runs: import it into an {@link IntegrationTest} and wrap a MockMvc
 * request in {@code SqlStatementCounter.count(() -> ...)}. MockMvc handles the request on
 * the calling thread, so statements of other threads (pool housekeeping, other tests) are
 * not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatementCounter {

	private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement", "prepareCall");

	private static final ThreadLocal<List<String>> recording = new ThreadLocal<>();

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
					return new CountingDataSource(dataSource);
				}
				return bean;
			}

		};
	}

	/** The SQL of the statements {@code action} made on this thread. */
	public static List<String> count(ThrowingRunnable action) throws Exception {
		List<String> statements = new ArrayList<>();
		recording.set(statements);
		try {
			action.run();
		}
		finally {
			recording.remove();
		}
		return statements;
	}

	/** Something to run, which may throw. */
	@FunctionalInterface
	public interface ThrowingRunnable {

		void run() throws Exception;

	}

	static final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				record(method, args);
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		private static void record(Method method, Object[] args) {
			List<String> statements = recording.get();
			if (statements != null && STATEMENT_FACTORIES.contains(method.getName())) {
				statements.add((args != null && args.length > 0 && args[0] instanceof String sql) ? sql.strip()
						: method.getName() + "()");
			}
		}

	}

}

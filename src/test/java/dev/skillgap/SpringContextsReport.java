package dev.skillgap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.cache.ContextCache;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Prints, when a test JVM has run its tests, how many Spring application contexts they
 * loaded (the misses of Spring's test context cache: one per distinct test
 * configuration), which test classes shared each, and how many applications tests started
 * themselves ({@code SpringApplication.run}). Every distinct configuration starts the
 * whole application once more and keeps it (with its connection pool) until the JVM ends,
 * so keep it to the shared {@link IntegrationTest} where you can.
 * <p>
 * Registered for every test JVM: the JUnit Platform listener in
 * {@code META-INF/services}, the Spring listeners in {@code META-INF/spring.factories}.
 */
public class SpringContextsReport implements TestExecutionListener {

	/** Test classes by the application context they ran in, in the order first used. */
	private static final Map<ApplicationContext, Set<String>> testContexts = Collections
		.synchronizedMap(new IdentityHashMap<>());

	private static final List<ApplicationContext> order = Collections.synchronizedList(new ArrayList<>());

	/** Every Spring Boot application started in this JVM, test contexts included. */
	private static final Set<ApplicationContext> started = Collections
		.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));

	@Override
	public void testPlanExecutionFinished(TestPlan testPlan) {
		String report = report();
		if (report != null) {
			System.out.println(report);
		}
	}

	/** The report, or null when no test used Spring. */
	static String report() {
		ContextCache cache = Cache.get();
		int loaded = cache.getMissCount();
		int byTests;
		synchronized (started) {
			byTests = (int) started.stream().filter((context) -> !testContexts.containsKey(context)).count();
		}
		if (loaded == 0 && byTests == 0) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		out.append(String.format("%nSpring test contexts: %d distinct (context cache: %d loaded, %d reused, %d kept)",
				testContexts.size(), loaded, cache.getHitCount(), cache.size()));
		synchronized (order) {
			int n = 0;
			for (ApplicationContext context : order) {
				Set<String> classes = testContexts.get(context);
				out.append(String.format("%n  %d. %d test classes: %s", ++n, classes.size(), summary(classes)));
			}
		}
		out.append(String.format("%nApplications started by tests themselves: %d%n", byTests));
		return out.toString();
	}

	private static String summary(Set<String> classes) {
		List<String> names = new ArrayList<>(classes);
		return (names.size() <= 6) ? String.join(", ", names)
				: String.join(", ", names.subList(0, 3)) + " ... " + names.get(names.size() - 1);
	}

	/** Spring's default context cache, which every test class of the JVM shares. */
	private static final class Cache extends DefaultCacheAwareContextLoaderDelegate {

		static ContextCache get() {
			return new Cache().getContextCache();
		}

	}

	/** Notes which application context each test class ran in. */
	public static class ContextUsage extends AbstractTestExecutionListener {

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		@Override
		public void prepareTestInstance(TestContext testContext) {
			if (testContext.hasApplicationContext()) {
				ApplicationContext context = testContext.getApplicationContext();
				testContexts.computeIfAbsent(context, (key) -> {
					order.add(key);
					return Collections.synchronizedSet(new TreeSet<>());
				}).add(testContext.getTestClass().getSimpleName());
			}
		}

	}

	/** Notes every Spring Boot application that starts. */
	public static class Applications implements SpringApplicationRunListener {

		public Applications(SpringApplication application, String[] args) {
		}

		@Override
		public void started(ConfigurableApplicationContext context, Duration timeTaken) {
			started.add(context);
		}

	}

}

package dev.skillgap;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Runs the Playwright browser tests of {@code frontend/e2e} against the whole application
 * (the built SPA served by the backend, a real PostgreSQL) started on a random port. The
 * Playwright output goes to the test log; the test passes when Playwright exits with 0.
 * <p>
 * With {@code -DskipFrontend} (the system property {@code skipFrontend=true}, set by
 * failsafe) the frontend was not built and the test is skipped; otherwise a missing
 * {@code static/index.html} is a build error and fails the test.
 * <p>
 * {@code -De2e.spec=mentoring} runs only the spec files whose path contains that text
 * (Playwright's file filter; several separated by commas); {@code -De2e.workers=N} runs N
 * browsers at once (default: one per CPU core, see {@code playwright.config.ts}). All of
 * them use this one application, the context every {@link IntegrationTest} shares.
 */
@IntegrationTest
class BrowserIntegrationTests {

	private static final Logger log = LoggerFactory.getLogger(BrowserIntegrationTests.class);

	private static final long TIMEOUT_MINUTES = 25;

	private static final Pattern PASSED = Pattern.compile("\\b(\\d+) passed\\b");

	private static final Pattern FAILED = Pattern.compile("\\b(\\d+) failed\\b");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	@Timeout(value = TIMEOUT_MINUTES + 1, unit = TimeUnit.MINUTES)
	void playwrightTestsPass() throws Exception {
		assumeThat(System.getProperty("skipFrontend")).as("the build skipped the frontend (-DskipFrontend)")
			.isNotEqualToIgnoringCase("true");
		assertThat(new ClassPathResource("static/index.html").exists())
			.as("static/index.html is on the classpath: the frontend was not built into target/classes/static "
					+ "(run ./mvnw verify without -DskipFrontend, or npm run build in frontend/)")
			.isTrue();
		File frontend = new File(System.getProperty("frontendDir", "frontend")).getAbsoluteFile();
		assertThat(new File(frontend, "playwright.config.ts")).as("Playwright configuration in %s", frontend).isFile();
		assertThat(new File(frontend, "node_modules/.bin/playwright"))
			.as("Playwright installed in %s (npm ci)", frontend)
			.exists();

		String baseUrl = "http://localhost:" + this.port;
		List<String> command = new ArrayList<>(List.of(npx(), "playwright", "test"));
		for (String filter : System.getProperty("e2e.spec", "").split(",")) {
			if (!filter.isBlank()) {
				command.add(filter.strip());
			}
		}
		ProcessBuilder builder = new ProcessBuilder(command).directory(frontend).redirectErrorStream(true);
		builder.environment().put("E2E_BASE_URL", baseUrl);
		builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
		builder.environment().put("CI", "true");
		builder.environment().put("FORCE_COLOR", "0");
		builder.environment().putAll(E2eFixtures.seed(this.port, this.jdbc));
		String workers = System.getProperty("e2e.workers", "");
		if (!workers.isBlank()) {
			builder.environment().put("E2E_WORKERS", workers.strip());
		}
		log.info("Running Playwright in {} against {}", frontend, baseUrl);
		Process process = builder.start();
		List<String> output = Collections.synchronizedList(new ArrayList<>());
		Thread pump = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					output.add(line);
					log.info("[playwright] {}", line);
				}
			}
			catch (java.io.IOException ex) {
				log.warn("Lost the Playwright output", ex);
			}
		}, "playwright-output");
		pump.setDaemon(true);
		pump.start();

		if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			fail("Playwright did not finish within %d minutes; last output:%n%s", TIMEOUT_MINUTES, tail(output));
		}
		pump.join(TimeUnit.SECONDS.toMillis(10));
		String summary = tail(output);
		assertThat(process.exitValue()).as("Playwright exit code; last output:%n%s", summary).isZero();
		int passed = count(PASSED, output);
		assertThat(passed).as("browser tests passed; last output:%n%s", summary).isPositive();
		assertThat(count(FAILED, output)).as("browser tests failed").isZero();
		log.info("Playwright: {} browser tests passed", passed);
	}

	private static String npx() {
		return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win") ? "npx.cmd" : "npx";
	}

	private static int count(Pattern pattern, List<String> output) {
		synchronized (output) {
			int count = 0;
			for (String line : output) {
				Matcher matcher = pattern.matcher(line);
				if (matcher.find()) {
					count = Integer.parseInt(matcher.group(1));
				}
			}
			return count;
		}
	}

	private static String tail(List<String> output) {
		synchronized (output) {
			return String.join(System.lineSeparator(), output.subList(Math.max(0, output.size() - 40), output.size()));
		}
	}

}

package dev.skillgap.platform;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.skillgap.HttpTestClient;
import dev.skillgap.Json;
import dev.skillgap.SkillgapApplication;
import dev.skillgap.TestAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app on its own embedded PostgreSQL (the default mode), with that PostgreSQL really
 * paused ({@code kill -STOP} of the postmaster and every backend) and really killed
 * ({@code kill -9} of the postmaster): while it is paused, every request (the session
 * lookup included) and readiness answer 503 within 3 s, and the app serves again once it
 * resumes; once it is killed, the app starts it again by itself and serves every write it
 * acknowledged before; and when it cannot be started again (its port taken), liveness
 * goes DOWN until it can.
 * <p>
 * Its own application, not the shared test context: the embedded PostgreSQL is what is
 * under test, so the app must start and supervise it itself (the shared context runs on
 * the tests' PostgreSQL, which this test must not pause or kill). One application for all
 * three cases.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDatabaseFailuresIntegrationTests {

	/** The bar: an answer within 3 s while the database does not answer. */
	private static final Duration ANSWER_LIMIT = Duration.ofSeconds(3);

	private static Path directory;

	private static ConfigurableApplicationContext app;

	private static HttpTestClient learner;

	private static HttpTestClient balancer;

	private static final List<String> acknowledged = new ArrayList<>();

	@BeforeAll
	static void start() throws Exception {
		directory = Files.createTempDirectory("skillgap-embedded-failures");
		app = new SpringApplicationBuilder(SkillgapApplication.class).profiles("test")
			.run("--server.port=0", "--skillgap.database.embedded.enabled=true",
					"--skillgap.database.embedded.data-directory=" + directory.resolve("data"),
					"--skillgap.database.embedded.restart.first-delay=200ms",
					"--skillgap.database.embedded.restart.max-delay=1s",
					"--skillgap.database.embedded.restart.attempts-before-down=3");
		int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
		learner = new HttpTestClient(port);
		balancer = new HttpTestClient(port);
		HttpResponse<String> registered = learner.postJson("/api/auth/register", Json.object("email",
				TestAccounts.uniqueEmail("embedded"), "password", TestAccounts.PASSWORD, "displayName", "Embedded"));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
		write("before-anything");
	}

	@AfterAll
	static void stop() throws IOException {
		if (app != null) {
			app.close();
		}
		if (directory != null) {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	@Test
	@Order(1)
	void aPausedDatabaseIsAnsweredWith503WithinThreeSecondsAndTheAppServesOnceItResumes() throws Exception {
		List<ProcessHandle> paused = postgresProcesses();
		Map<String, Long> took = new LinkedHashMap<>();
		signal("STOP", paused);
		try {
			for (String path : List.of("/api/me/skills", "/api/me/fit", "/api/auth/me", "/api/me/skills/history")) {
				long started = System.nanoTime();
				HttpResponse<String> response = learner.get(path);
				took.put(path, Duration.ofNanos(System.nanoTime() - started).toMillis());
				assertThat(response.statusCode()).as(path).isEqualTo(503);
				assertThat(response.headers().firstValue("Content-Type")).as(path)
					.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
				assertThat(response.headers().firstValue("Retry-After")).as(path).isPresent();
			}
			long started = System.nanoTime();
			HttpResponse<String> write = putLevel("while-paused");
			took.put("PUT level", Duration.ofNanos(System.nanoTime() - started).toMillis());
			assertThat(write.statusCode()).isEqualTo(503);
			started = System.nanoTime();
			HttpResponse<String> readiness = balancer.get("/actuator/health/readiness");
			took.put("readiness", Duration.ofNanos(System.nanoTime() - started).toMillis());
			assertThat(readiness.statusCode()).isEqualTo(503);
			assertThat(readiness.body()).contains("DOWN");
			// paused is not dead: nobody restarts it, liveness stays UP
			assertThat(balancer.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
		finally {
			signal("CONT", paused);
		}
		System.out.println("Paused database, answered in ms: " + took);
		assertThat(took.values()).allSatisfy((ms) -> assertThat(Duration.ofMillis(ms)).isLessThan(ANSWER_LIMIT));

		awaitServing(Duration.ofSeconds(30));
		write("after-the-pause");
		assertThat(evidence()).containsAll(acknowledged).doesNotContain("while-paused");
	}

	@Test
	@Order(2)
	void aKilledPostgresIsStartedAgainAndEveryAcknowledgedWriteIsThere() throws Exception {
		for (int i = 0; i < 10; i++) {
			write("before-the-kill-" + i);
		}
		ProcessHandle postmaster = postmaster();
		long started = System.nanoTime();
		postmaster.destroyForcibly();
		assertThat(postmaster.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();

		awaitServing(Duration.ofSeconds(60));
		System.out.printf("Killed postmaster: serving again %d ms after kill -9%n",
				Duration.ofNanos(System.nanoTime() - started).toMillis());
		assertThat(postmaster().pid()).isNotEqualTo(postmaster.pid());
		assertThat(evidence()).containsAll(acknowledged);
		write("after-the-kill");
		assertThat(balancer.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(balancer.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	@Order(3)
	void livenessIsDownWhilePostgresCannotBeStartedAgain() throws Exception {
		// a setting PostgreSQL refuses: every start fails until it is taken back (no race
		// with the supervisor's restart, as taking its port would have)
		Path settings = directory.resolve("data").resolve("postgresql.auto.conf");
		String original = Files.readString(settings);
		Files.writeString(settings, original + "\nshared_buffers = 'not a size'\n");
		try {
			ProcessHandle postmaster = postmaster();
			postmaster.destroyForcibly();
			postmaster.onExit().get(10, TimeUnit.SECONDS);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			int liveness = balancer.get("/actuator/health/liveness").statusCode();
			while (liveness != 503 && System.nanoTime() < deadline) {
				Thread.sleep(200);
				liveness = balancer.get("/actuator/health/liveness").statusCode();
			}
			assertThat(liveness).as("liveness while PostgreSQL cannot start (a setting it refuses)").isEqualTo(503);
		}
		finally {
			Files.writeString(settings, original);
		}
		awaitServing(Duration.ofSeconds(60));
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (balancer.get("/actuator/health/liveness").statusCode() != 200 && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}
		assertThat(balancer.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(evidence()).containsAll(acknowledged);
	}

	private static ProcessHandle postmaster() {
		Path data = directory.resolve("data");
		return PostmasterLock.readPid(data.resolve(PostmasterLock.FILE_NAME))
			.flatMap(ProcessHandle::of)
			.orElseThrow(() -> new AssertionError("no postmaster on " + data));
	}

	/** The postmaster and every process it started (backends, checkpointer...). */
	private static List<ProcessHandle> postgresProcesses() {
		ProcessHandle postmaster = postmaster();
		List<ProcessHandle> processes = new ArrayList<>(List.of(postmaster));
		postmaster.descendants().forEach(processes::add);
		assertThat(processes).hasSizeGreaterThan(1);
		return processes;
	}

	private static void signal(String signal, List<ProcessHandle> processes) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		processes.forEach((process) -> command.add(Long.toString(process.pid())));
		Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
	}

	private static void awaitServing(Duration within) throws Exception {
		long deadline = System.nanoTime() + within.toNanos();
		int status = learner.get("/api/me/skills/history").statusCode();
		while (status != 200 && System.nanoTime() < deadline) {
			Thread.sleep(200);
			status = learner.get("/api/me/skills/history").statusCode();
		}
		assertThat(status).as("the API serves again").isEqualTo(200);
	}

	private static void write(String evidence) throws Exception {
		HttpResponse<String> response = putLevel(evidence);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		acknowledged.add(evidence);
	}

	private static HttpResponse<String> putLevel(String evidence) throws IOException, InterruptedException {
		return learner.send("PUT", "/api/me/skills/linux-administration", HttpRequest.BodyPublishers
			.ofString(Json.object("level", 1 + acknowledged.size() % 5, "evidence", evidence), StandardCharsets.UTF_8),
				"application/json");
	}

	private static Set<String> evidence() throws Exception {
		HttpResponse<String> history = learner.get("/api/me/skills/history");
		assertThat(history.statusCode()).isEqualTo(200);
		return new HashSet<>(Json.<List<String>>read(history.body(), "$[*].evidence"));
	}

}

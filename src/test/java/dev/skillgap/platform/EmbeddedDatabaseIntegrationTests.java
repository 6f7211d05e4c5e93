package dev.skillgap.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The embedded PostgreSQL of the default mode, started the way the app starts it: durable
 * settings, and a start that succeeds after a crash left an orphaned PostgreSQL (or a
 * stale lock file) on the data directory, without ever touching a PostgreSQL on another
 * directory.
 */
class EmbeddedDatabaseIntegrationTests {

	@TempDir
	Path temp;

	private final List<AutoCloseable> toClose = new ArrayList<>();

	@AfterEach
	void closeAll() throws Exception {
		Collections.reverse(this.toClose);
		for (AutoCloseable closeable : this.toClose) {
			closeable.close();
		}
	}

	@Test
	void runsDurablyAndKeepsDataAcrossRestarts() throws Exception {
		Path data = this.temp.resolve("data");
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
			try (Connection connection = connect(database.postgres().getPort())) {
				assertThat(setting(connection, "fsync")).isEqualTo("on");
				assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
				assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
				execute(connection, "create table kept (id int)");
				execute(connection, "insert into kept values (42)");
			}
		}
		assertThat(data.resolve(PostmasterLock.FILE_NAME)).doesNotExist();
		try (EmbeddedDatabase again = EmbeddedDatabase.start(data, 0);
				Connection connection = connect(again.postgres().getPort())) {
			assertThat(count(connection, "select count(*) from kept where id = 42")).isEqualTo(1);
		}
	}

	@Test
	void stopsAnOrphanedPostgresOnItsDirectoryAndStarts() throws Exception {
		Path data = this.temp.resolve("data");
		int port = freePort();
		Path pgCtl = initialise(data);
		ProcessHandle orphan = startByHand(pgCtl, data, port);
		try (Connection connection = connect(port)) {
			execute(connection, "create table written_before_the_crash (id int)");
			execute(connection, "insert into written_before_the_crash values (1)");
		}

		assertThat(PostmasterLock.release(data)).isEqualTo(PostmasterLock.State.ORPHAN_STOPPED);
		assertThat(orphan.isAlive()).isFalse();
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, port);
				Connection connection = connect(database.postgres().getPort())) {
			assertThat(count(connection, "select count(*) from written_before_the_crash")).isEqualTo(1);
		}
	}

	@Test
	void leavesAStaleLockFileToPostgres() throws Exception {
		Path data = this.temp.resolve("data");
		initialise(data);
		// a power cut: the lock file names a process that is gone, or one that is no
		// postgres
		Files.writeString(data.resolve(PostmasterLock.FILE_NAME), ProcessHandle.current().pid() + "\n" + data + "\n");
		assertThat(PostmasterLock.release(data)).isEqualTo(PostmasterLock.State.STALE);
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0);
				Connection connection = connect(database.postgres().getPort())) {
			assertThat(count(connection, "select 1")).isEqualTo(1);
		}
	}

	@Test
	void neverTouchesAPostgresOfAnotherDirectory() throws Exception {
		Path other = this.temp.resolve("other");
		Path pgCtl = initialise(other);
		int port = freePort();
		ProcessHandle stranger = startByHand(pgCtl, other, port);

		Path data = this.temp.resolve("data");
		Files.createDirectories(data);
		Files.copy(other.resolve(PostmasterLock.FILE_NAME), data.resolve(PostmasterLock.FILE_NAME));

		assertThat(PostmasterLock.release(data)).isEqualTo(PostmasterLock.State.STALE);
		assertThat(stranger.isAlive()).isTrue();
		try (Connection connection = connect(port)) {
			assertThat(count(connection, "select 1")).isEqualTo(1);
		}
	}

	/**
	 * The app killed while {@code initdb} runs on a brand-new install (here: its JVM and
	 * {@code initdb} killed as soon as {@code initdb} wrote its configuration files): the
	 * data directory is complete or absent, never half-made, and the next start succeeds
	 * on it (once this left {@code postgresql.conf} without {@code global/pg_control},
	 * and every later start failed).
	 */
	@Test
	void anAppKilledDuringItsFirstInitdbLeavesNoHalfMadeDirectoryAndTheNextStartSucceeds() throws Exception {
		Path data = this.temp.resolve("data");
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				classpath, EmbeddedDatabaseMain.class.getName(), data.toString())
			.redirectErrorStream(true)
			.redirectOutput(this.temp.resolve("app.log").toFile())
			.start();
		this.toClose.add(() -> killTree(app.toHandle()));
		ProcessHandle initdb = awaitInitdbWritingConfiguration(app.toHandle(), Duration.ofSeconds(120));
		killTree(app.toHandle());
		killTree(initdb);

		assertThat(DataDirectory.isIncomplete(data)).as("a half-made data directory").isFalse();
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0);
				Connection connection = connect(database.postgres().getPort())) {
			assertThat(count(connection, "select 1")).isEqualTo(1);
		}
		assertThat(DataDirectory.isComplete(data)).isTrue();
		try (var siblings = Files.list(this.temp)) {
			assertThat(siblings.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.contains(".initdb-"));
		}
	}

	/**
	 * A directory that an interrupted initdb of an earlier version left incomplete holds
	 * no data and is made afresh; one that a server ran on, or one that is no data
	 * directory at all, is left as it is and the start refused.
	 */
	@Test
	void anIncompleteDirectoryIsMadeAfreshOnlyWhenItHoldsNoData() throws Exception {
		Path interrupted = this.temp.resolve("interrupted");
		Files.createDirectories(interrupted);
		Files.writeString(interrupted.resolve("PG_VERSION"), "18\n");
		Files.writeString(interrupted.resolve("postgresql.conf"), "# written by initdb\n");
		try (EmbeddedDatabase database = EmbeddedDatabase.start(interrupted, 0);
				Connection connection = connect(database.postgres().getPort())) {
			assertThat(count(connection, "select 1")).isEqualTo(1);
		}

		Path ran = this.temp.resolve("ran");
		Files.createDirectories(ran.resolve("base"));
		Files.writeString(ran.resolve("postgresql.conf"), "# kept\n");
		Files.writeString(ran.resolve("postmaster.opts"), "postgres -D " + ran + "\n");
		assertThatIOException().isThrownBy(() -> EmbeddedDatabase.start(ran, 0)).withMessageContaining("may hold data");
		assertThat(ran.resolve("postmaster.opts")).exists();
		assertThat(ran.resolve("postgresql.conf")).hasContent("# kept");

		Path other = this.temp.resolve("other-files");
		Files.createDirectories(other);
		Files.writeString(other.resolve("notes.txt"), "mine");
		assertThatIOException().isThrownBy(() -> EmbeddedDatabase.start(other, 0))
			.withMessageContaining("not a PostgreSQL data directory");
		assertThat(other.resolve("notes.txt")).hasContent("mine");
	}

	/**
	 * The {@code initdb} that the app (or a child of it) runs, once it wrote its
	 * configuration files.
	 */
	private ProcessHandle awaitInitdbWritingConfiguration(ProcessHandle app, Duration within) throws Exception {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the app is still starting (see app.log)").isTrue();
			Optional<ProcessHandle> initdb = app.descendants()
				.filter((p) -> p.info().command().map((c) -> c.endsWith("/initdb")).orElse(false))
				.findFirst();
			if (initdb.isPresent()) {
				String[] arguments = initdb.get().info().arguments().orElse(new String[0]);
				for (int i = 0; i < arguments.length - 1; i++) {
					if ("-D".equals(arguments[i]) && Files.exists(Path.of(arguments[i + 1], "postgresql.conf"))) {
						return initdb.get();
					}
				}
			}
			Thread.sleep(5);
		}
		throw new AssertionError("initdb did not start writing within " + within);
	}

	private static void killTree(ProcessHandle process) {
		List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
		tree.add(0, process);
		tree.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle handle : tree) {
			try {
				handle.onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				// gone, or a zombie of a process we do not reap
			}
		}
	}

	/**
	 * Creates a data directory with the app's own start and stop, and returns the
	 * {@code pg_ctl} of those binaries.
	 */
	private Path initialise(Path data) throws IOException {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(data, 0)) {
			ProcessHandle postgres = ProcessHandle
				.of(PostmasterLock.readPid(data.resolve(PostmasterLock.FILE_NAME)).orElseThrow())
				.orElseThrow();
			return PostmasterLock.pgCtl(postgres).orElseThrow();
		}
	}

	/** A PostgreSQL that no app owns: what a crashed app leaves running. */
	private ProcessHandle startByHand(Path pgCtl, Path data, int port) throws Exception {
		List<String> command = new ArrayList<>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(List.of("unshare", "-U"));
		}
		command.addAll(List.of(pgCtl.toString(), "start", "-D", data.toString(), "-o", "-p " + port, "-w", "-l",
				data.resolve("by-hand.log").toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		ProcessHandle postgres = ProcessHandle
			.of(PostmasterLock.readPid(data.resolve(PostmasterLock.FILE_NAME)).orElseThrow())
			.orElseThrow();
		this.toClose.add(() -> {
			if (postgres.isAlive()) {
				postgres.destroy();
				postgres.onExit().get(30, TimeUnit.SECONDS);
			}
		});
		return postgres;
	}

	private static Connection connect(int port) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", null);
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("show " + name)) {
			result.next();
			return result.getString(1);
		}
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

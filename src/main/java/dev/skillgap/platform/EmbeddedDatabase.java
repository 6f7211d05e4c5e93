package dev.skillgap.platform;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own PostgreSQL, configured to behave like a normal server: {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on (zonky starts PostgreSQL for
 * throw-away test databases with {@code -F} and {@code synchronous_commit=off}, which
 * loses acknowledged writes in a crash). Its data directory is created whole or not at
 * all ({@link DataDirectory}). Before it starts, an orphan of a crashed app on the same
 * data directory is stopped ({@link PostmasterLock}); while it runs, a watchdog process
 * stops it if the JVM dies without shutting down ({@link PostmasterWatchdog}), and a
 * supervisor thread starts it again, on the same port and data, if it dies under the app
 * (crash recovery replays the WAL), waiting longer after each failed attempt. While it
 * cannot be started, the app's liveness is told ({@link Supervision#health}), so that an
 * orchestrator restarts the app.
 */
final class EmbeddedDatabase implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	/** The server's log after a restart, in the data directory. */
	static final String RESTART_LOG = "restarted-postgres.log";

	/** How long a start may take (crash recovery replays the WAL first). */
	private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

	private final Path dataDirectory;

	private final int port;

	private final Supervision supervision;

	private final Object lock = new Object();

	private final Thread supervisor;

	private volatile EmbeddedPostgres postgres;

	private volatile Optional<Process> watchdog;

	private volatile Optional<ProcessHandle> postmaster;

	private volatile boolean closing;

	/** The {@code pg_ctl} beside the binaries zonky started the server with. */
	private final @Nullable Path pgCtl;

	private EmbeddedDatabase(Path dataDirectory, EmbeddedPostgres postgres, Optional<Process> watchdog,
			Supervision supervision) {
		this.dataDirectory = dataDirectory;
		this.postgres = postgres;
		this.port = postgres.getPort();
		this.watchdog = watchdog;
		this.postmaster = runningPostmaster(dataDirectory);
		this.pgCtl = this.postmaster.flatMap(PostmasterLock::pgCtl).orElse(null);
		this.supervision = supervision;
		this.supervisor = new Thread(this::supervise, "embedded-postgres-supervisor");
		this.supervisor.setDaemon(true);
	}

	/** Starts it with the default supervision and nobody told about its health. */
	static EmbeddedDatabase start(Path directory, int port) throws IOException {
		return start(directory, port, Supervision.DEFAULT);
	}

	static EmbeddedDatabase start(Path directory, int port, Supervision supervision) throws IOException {
		Path dataDirectory = directory.toAbsolutePath().normalize();
		String initialised = DataDirectory.prepare(dataDirectory, (temporary) -> {
			try (EmbeddedPostgres first = builder(temporary, 0).start()) {
				log.info("Embedded PostgreSQL: a new data directory initialised in {}", temporary);
			}
		});
		PostmasterLock.State previous = PostmasterLock.release(dataDirectory);
		EmbeddedPostgres postgres = builder(dataDirectory, port).start();
		Optional<Process> watchdog = PostmasterWatchdog.start(dataDirectory);
		log.info(
				"Embedded PostgreSQL dataDirectory={} port={} previousShutdown={} dataDirectoryWas={} fsync=on "
						+ "synchronous_commit=on watchdog={}",
				dataDirectory, postgres.getPort(), previous.name().toLowerCase(Locale.ROOT), initialised,
				watchdog.map((process) -> "pid " + process.pid()).orElse("none"));
		EmbeddedDatabase database = new EmbeddedDatabase(dataDirectory, postgres, watchdog, supervision);
		database.supervisor.start();
		return database;
	}

	private static EmbeddedPostgres.Builder builder(Path dataDirectory, int port) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPGStartupWait(STARTUP_WAIT)
			// later -c options override zonky's -F: durable like any PostgreSQL
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on");
		if (port > 0) {
			builder.setPort(port);
		}
		return builder;
	}

	EmbeddedPostgres postgres() {
		return this.postgres;
	}

	/** The postmaster started last. */
	Optional<ProcessHandle> postmaster() {
		return this.postmaster;
	}

	private static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) {
		return PostmasterLock.readPid(dataDirectory.resolve(PostmasterLock.FILE_NAME))
			.flatMap(ProcessHandle::of)
			.filter(PostmasterLock::isRunning);
	}

	/**
	 * Watches the postmaster; when it is gone without {@link #close}, starts PostgreSQL
	 * again on the same port and data, after {@code firstDelay}, then twice as long after
	 * each failed attempt (up to {@code maxDelay}), for as long as the app runs.
	 */
	private void supervise() {
		if (this.postmaster.isEmpty() || this.pgCtl == null) {
			log.warn("The embedded PostgreSQL's process or pg_ctl was not found: it is not restarted should it stop");
			return;
		}
		while (!this.closing) {
			ProcessHandle watched = this.postmaster.get();
			while (!this.closing && PostmasterLock.isRunning(watched)) {
				sleep(this.supervision.pollEvery());
			}
			if (this.closing || jvmShuttingDown()) {
				// stopped with the app (zonky's shutdown hook stops it as the JVM exits)
				return;
			}
			log.error("The embedded PostgreSQL on {} has stopped (pid {}); starting it again", this.dataDirectory,
					watched.pid());
			awaitReaped(watched);
			restart();
		}
	}

	/**
	 * Waits (a few seconds at most) until a killed postmaster is reaped: until then its
	 * pid still answers {@code kill -0}, and a new server takes its socket lock file for
	 * a live one's and refuses to start.
	 */
	private void awaitReaped(ProcessHandle postmaster) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (!this.closing && postmaster.isAlive() && System.nanoTime() < deadline) {
			sleep(Duration.ofMillis(100));
		}
	}

	private void restart() {
		Duration delay = this.supervision.firstDelay();
		for (int attempt = 1; !this.closing; attempt++) {
			sleep(delay);
			synchronized (this.lock) {
				if (this.closing || jvmShuttingDown()) {
					return;
				}
				Duration next = delay.multipliedBy(2);
				if (next.compareTo(this.supervision.maxDelay()) > 0) {
					next = this.supervision.maxDelay();
				}
				try {
					startAgain();
					if (this.postmaster.isPresent()) {
						log.info("The embedded PostgreSQL on {} runs again (attempt {}, port {}, pid {})",
								this.dataDirectory, attempt, this.port, this.postmaster.get().pid());
						this.supervision.health().accept(true);
						return;
					}
					log.error("The embedded PostgreSQL on {} started but its process was not found",
							this.dataDirectory);
				}
				catch (IOException | RuntimeException ex) {
					log.error("Could not start the embedded PostgreSQL on {} again (attempt {}); next attempt in {}",
							this.dataDirectory, attempt, next, ex);
				}
				if (attempt == this.supervision.attemptsBeforeDown()) {
					log.error("The embedded PostgreSQL could not be started in {} attempts: liveness is DOWN", attempt);
					this.supervision.health().accept(false);
				}
				delay = next;
			}
		}
	}

	/**
	 * Starts a server on the same data and port with the same settings, with the
	 * {@code pg_ctl} of the binaries zonky extracted. zonky's instance stays the owner of
	 * the directory (its lock), and its {@link EmbeddedPostgres#close} stops whichever
	 * server runs on the directory when the app shuts down.
	 */
	private void startAgain() throws IOException {
		this.watchdog.ifPresent(Process::destroy);
		PostmasterLock.release(this.dataDirectory);
		List<String> command = new ArrayList<>(PostmasterLock.asUnprivileged());
		command.addAll(List.of(this.pgCtl.toString(), "start", "-D", this.dataDirectory.toString(), "-w", "-t",
				Long.toString(STARTUP_WAIT.toSeconds()), "-l", this.dataDirectory.resolve(RESTART_LOG).toString(), "-o",
				"-p " + this.port + " -F -c fsync=on -c synchronous_commit=on -c full_page_writes=on"));
		try {
			PostmasterLock.run(command, STARTUP_WAIT.plusSeconds(30));
		}
		catch (IOException ex) {
			throw new IOException(ex.getMessage() + "; the server's log ends with: " + logTail(), ex);
		}
		this.watchdog = PostmasterWatchdog.start(this.dataDirectory);
		this.postmaster = runningPostmaster(this.dataDirectory);
	}

	/** The last lines of the restarted server's log (why it did not start). */
	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.dataDirectory.resolve(RESTART_LOG));
			return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
		}
		catch (IOException | RuntimeException ex) {
			return "(no log)";
		}
	}

	/** Whether the JVM runs its shutdown hooks (one of which is zonky's, stopping it). */
	private static boolean jvmShuttingDown() {
		Thread probe = new Thread(() -> {
		});
		try {
			Runtime.getRuntime().addShutdownHook(probe);
			Runtime.getRuntime().removeShutdownHook(probe);
			return false;
		}
		catch (IllegalStateException ex) {
			return true;
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() throws IOException {
		this.closing = true;
		this.supervisor.interrupt();
		synchronized (this.lock) {
			try {
				this.postgres.close();
			}
			finally {
				this.watchdog.ifPresent(Process::destroy);
			}
		}
	}

	/**
	 * How the supervisor restarts PostgreSQL.
	 *
	 * @param pollEvery how often it looks at the postmaster
	 * @param firstDelay the wait before the first attempt to start it again
	 * @param maxDelay the longest wait between attempts
	 * @param attemptsBeforeDown failed attempts after which liveness goes DOWN
	 * @param health told {@code false} when liveness should go DOWN, {@code true} when
	 * PostgreSQL runs again
	 */
	record Supervision(Duration pollEvery, Duration firstDelay, Duration maxDelay, int attemptsBeforeDown,
			Consumer<Boolean> health) {

		static final Supervision DEFAULT = new Supervision(Duration.ofMillis(500), Duration.ofSeconds(1),
				Duration.ofSeconds(30), 5, (healthy) -> {
				});

		Supervision {
			if (attemptsBeforeDown < 1) {
				throw new IllegalArgumentException("attemptsBeforeDown must be at least 1");
			}
		}

	}

}

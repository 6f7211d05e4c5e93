package dev.skillgap.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code postmaster.pid} of a data directory, read before the embedded PostgreSQL
 * starts. A crashed app (kill -9, OOM kill) leaves its PostgreSQL running as an orphan
 * that still holds the directory; a power cut leaves a stale file. This tells the two
 * apart and stops the orphan cleanly ({@code pg_ctl stop -m fast} on that directory), so
 * that the next start always succeeds. A PostgreSQL serving another directory is never
 * touched: the process must be a postgres whose working directory (PostgreSQL changes
 * into its data directory) or command line is this directory.
 */
final class PostmasterLock {

	private static final Logger log = LoggerFactory.getLogger(PostmasterLock.class);

	static final String FILE_NAME = "postmaster.pid";

	/** What the data directory held, for the start-up log. */
	enum State {

		/** No lock file: the last shutdown was clean (or the directory is new). */
		CLEAN,

		/**
		 * A lock file whose process is gone or is something else: PostgreSQL replaces it.
		 */
		STALE,

		/**
		 * A PostgreSQL of a crashed app was still running on the directory; it was
		 * stopped.
		 */
		ORPHAN_STOPPED

	}

	private PostmasterLock() {
	}

	/**
	 * Makes the directory startable: stops an orphaned PostgreSQL still running on it.
	 * @param dataDirectory the absolute, normalised data directory
	 * @return what was found
	 * @throws IOException if an orphan does not stop
	 */
	static State release(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return State.CLEAN;
		}
		Optional<ProcessHandle> process = readPid(file).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isPresent() && servesDirectory(process.get(), dataDirectory)) {
			stop(process.get(), dataDirectory);
			return State.ORPHAN_STOPPED;
		}
		if (process.isPresent()) {
			// the process id was reused by something else: PostgreSQL would take it for a
			// running server and refuse to start, so the stale file goes
			log.info("{} in {} names pid {}, which is not a PostgreSQL on this directory; removing the stale file",
					FILE_NAME, dataDirectory, process.get().pid());
			Files.delete(file);
		}
		else {
			log.info("{} in {} is stale (its process is gone); PostgreSQL will replace it", FILE_NAME, dataDirectory);
		}
		return State.STALE;
	}

	/**
	 * Whether the process runs: alive and not a zombie waiting to be reaped (a killed
	 * postmaster whose parent does not reap it still answers {@code kill -0}).
	 */
	static boolean isRunning(ProcessHandle process) {
		if (!process.isAlive()) {
			return false;
		}
		Path stat = Path.of("/proc", Long.toString(process.pid()), "stat");
		try {
			String line = Files.readString(stat);
			// pid (command) state ...: the state follows the last ')'
			int end = line.lastIndexOf(')');
			char state = (end >= 0 && end + 2 < line.length()) ? line.charAt(end + 2) : 'R';
			return state != 'Z' && state != 'X';
		}
		catch (IOException ex) {
			// no /proc (macOS), or the process just ended
			return process.isAlive();
		}
	}

	static Optional<Long> readPid(Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether the process is a PostgreSQL server on this data directory.
	 */
	static boolean servesDirectory(ProcessHandle process, Path dataDirectory) {
		Optional<String> command = process.info().command();
		if (command.isEmpty() || !isPostgres(Path.of(command.get()))) {
			return false;
		}
		Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
		try {
			if (Files.exists(cwd)) {
				return Files.isSameFile(cwd, dataDirectory);
			}
		}
		catch (IOException ex) {
			// not readable (another user): fall back to the command line
		}
		String[] arguments = process.info().arguments().orElse(new String[0]);
		for (int i = 0; i < arguments.length - 1; i++) {
			if ("-D".equals(arguments[i]) && sameDirectory(arguments[i + 1], dataDirectory)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPostgres(Path executable) {
		String name = String.valueOf(executable.getFileName());
		return name.equals("postgres") || name.equals("postmaster") || name.equals("postgres.exe");
	}

	private static boolean sameDirectory(String argument, Path dataDirectory) {
		try {
			return Files.isSameFile(Path.of(argument), dataDirectory);
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/** {@code pg_ctl} beside the running {@code postgres} binary. */
	static Optional<Path> pgCtl(ProcessHandle postgres) {
		return postgres.info()
			.command()
			.map(Path::of)
			.map((binary) -> binary
				.resolveSibling(binary.getFileName().toString().endsWith(".exe") ? "pg_ctl.exe" : "pg_ctl"))
			.filter(Files::isExecutable);
	}

	/**
	 * {@code pg_ctl stop -m fast} on the directory, run the way zonky runs its commands
	 * ({@code unshare -U} where available, since pg_ctl refuses to run as root).
	 */
	static List<String> stopCommand(Path pgCtl, Path dataDirectory) {
		List<String> command = new ArrayList<>(asUnprivileged());
		command
			.addAll(List.of(pgCtl.toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60"));
		return command;
	}

	/**
	 * What runs a PostgreSQL command the way zonky does: under {@code unshare -U} where
	 * available, since pg_ctl and postgres refuse to run as root.
	 */
	static List<String> asUnprivileged() {
		return LinuxUtils.isUnshareAvailable() ? List.of("unshare", "-U") : List.of();
	}

	private static void stop(ProcessHandle orphan, Path dataDirectory) throws IOException {
		log.warn("An orphaned PostgreSQL (pid {}) of a crashed app still runs on {}; stopping it", orphan.pid(),
				dataDirectory);
		Optional<Path> pgCtl = pgCtl(orphan);
		if (pgCtl.isPresent()) {
			run(stopCommand(pgCtl.get(), dataDirectory));
		}
		else {
			// SIGTERM is PostgreSQL's "smart" shutdown; its clients died with the app
			orphan.destroy();
		}
		try {
			orphan.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IOException("The orphaned PostgreSQL (pid " + orphan.pid() + ") on " + dataDirectory
					+ " did not stop within 60 s; stop it by hand", ex);
		}
	}

	private static void run(List<String> command) throws IOException {
		run(command, java.time.Duration.ofSeconds(90));
	}

	/**
	 * Runs a command to its end.
	 * @throws IOException when it fails (with its output) or does not finish in time
	 */
	static void run(List<String> command, java.time.Duration timeout) throws IOException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not finish");
			}
			if (process.exitValue() != 0) {
				String output = new String(process.getInputStream().readAllBytes(),
						java.nio.charset.StandardCharsets.UTF_8);
				throw new IOException(command.get(command.size() > 2 && command.get(0).equals("unshare") ? 2 : 0)
						+ " exited with " + process.exitValue() + ": " + output.strip());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while running " + command.get(0), ex);
		}
	}

}

package dev.skillgap.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny separate process that stops the embedded PostgreSQL when the app's JVM dies
 * without running its shutdown hooks (kill -9, OOM kill). It polls the JVM once a second
 * and, once the JVM is gone, runs {@code pg_ctl stop -m fast} on the data directory, so a
 * crash leaves no orphan behind. It ignores SIGINT and SIGHUP (a Ctrl-C in the terminal
 * reaches the app, which shuts PostgreSQL down itself) and ends as soon as PostgreSQL
 * does. {@link PostmasterLock} still handles the case where the watchdog was killed too.
 */
final class PostmasterWatchdog {

	private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);

	private static final String SCRIPT = """
			trap '' INT HUP
			jvm="$1"; pg="$2"; shift 2
			while kill -0 "$jvm" 2>/dev/null; do
			  kill -0 "$pg" 2>/dev/null || exit 0
			  sleep 1
			done
			if kill -0 "$pg" 2>/dev/null; then
			  exec "$@"
			fi
			""";

	private PostmasterWatchdog() {
	}

	/**
	 * Starts the watchdog for the PostgreSQL that now runs on the directory.
	 * @return the watchdog process, or empty where it cannot run (no {@code /bin/sh})
	 */
	static Optional<Process> start(Path dataDirectory) {
		Path shell = Path.of("/bin/sh");
		if (!Files.isExecutable(shell)) {
			return Optional.empty();
		}
		Optional<ProcessHandle> postgres = PostmasterLock.readPid(dataDirectory.resolve(PostmasterLock.FILE_NAME))
			.flatMap(ProcessHandle::of);
		Optional<Path> pgCtl = postgres.flatMap(PostmasterLock::pgCtl);
		if (postgres.isEmpty() || pgCtl.isEmpty()) {
			log.warn("No watchdog for the embedded PostgreSQL: its process or pg_ctl was not found");
			return Optional.empty();
		}
		try {
			List<String> command = new ArrayList<>(List.of(shell.toString(), "-c", SCRIPT, "skillgap-pg-watchdog",
					Long.toString(ProcessHandle.current().pid()), Long.toString(postgres.get().pid())));
			command.addAll(PostmasterLock.stopCommand(pgCtl.get(), dataDirectory));
			Process watchdog = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return Optional.of(watchdog);
		}
		catch (IOException ex) {
			log.warn("Could not start the watchdog of the embedded PostgreSQL", ex);
			return Optional.empty();
		}
	}

}

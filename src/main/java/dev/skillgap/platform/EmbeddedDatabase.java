package dev.skillgap.platform;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's own PostgreSQL, configured to behave like a normal server: {@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on (zonky starts PostgreSQL for
 * throw-away test databases with {@code -F} and {@code synchronous_commit=off}, which
 * loses acknowledged writes in a crash). Before it starts, an orphan of a crashed app on
 * the same data directory is stopped ({@link PostmasterLock}); while it runs, a watchdog
 * process stops it if the JVM dies without shutting down ({@link PostmasterWatchdog}).
 */
final class EmbeddedDatabase implements Closeable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	private final EmbeddedPostgres postgres;

	private final Optional<Process> watchdog;

	private EmbeddedDatabase(EmbeddedPostgres postgres, Optional<Process> watchdog) {
		this.postgres = postgres;
		this.watchdog = watchdog;
	}

	static EmbeddedDatabase start(Path directory, int port) throws IOException {
		Path dataDirectory = directory.toAbsolutePath().normalize();
		Files.createDirectories(dataDirectory);
		PostmasterLock.State previous = PostmasterLock.release(dataDirectory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			// later -c options override zonky's -F: durable like any PostgreSQL
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		Optional<Process> watchdog = PostmasterWatchdog.start(dataDirectory);
		log.info(
				"Embedded PostgreSQL dataDirectory={} port={} previousShutdown={} fsync=on synchronous_commit=on watchdog={}",
				dataDirectory, postgres.getPort(), previous.name().toLowerCase(java.util.Locale.ROOT),
				watchdog.map((process) -> "pid " + process.pid()).orElse("none"));
		return new EmbeddedDatabase(postgres, watchdog);
	}

	EmbeddedPostgres postgres() {
		return this.postgres;
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			this.watchdog.ifPresent(Process::destroy);
		}
	}

}

package dev.skillgap.platform;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * The embedded PostgreSQL's data directory, either complete or absent: a new one is
 * initialised ({@code initdb}, then one start and clean stop) in a temporary directory
 * beside it and moved into place in one rename only when that succeeded, so that an app
 * killed during its very first start leaves nothing half-made behind (only the temporary
 * directory, removed by the next start). A directory that an interrupted {@code initdb}
 * of an older version left incomplete (configuration files, no {@code global/pg_control})
 * is recognised: it never ran a server, so it holds no data, and it is initialised
 * afresh; anything else that is not a complete data directory is left alone and the start
 * refused, saying why.
 */
final class DataDirectory {

	private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);

	/** What {@code initdb} writes first, before the directory is usable. */
	private static final List<String> INITDB_FILES = List.of("PG_VERSION", "postgresql.conf", "pg_hba.conf");

	/** Written by every server start: a directory without it never served data. */
	private static final String STARTED_MARKER = "postmaster.opts";

	private DataDirectory() {
	}

	/** Creates a new data directory in the (empty, temporary) directory given. */
	@FunctionalInterface
	interface Initialiser {

		void initialise(Path temporary) throws IOException;

	}

	/**
	 * Makes sure a complete data directory is at {@code directory}.
	 * @return what it was: {@code complete}, {@code new}, or {@code incomplete} (made
	 * afresh)
	 * @throws IOException when the directory is neither complete, nor absent or empty,
	 * nor an incomplete one that holds no data, or when initialising fails
	 */
	static String prepare(Path directory, Initialiser initialiser) throws IOException {
		Path parent = directory.getParent();
		Files.createDirectories(parent);
		removeTemporaries(directory);
		if (isComplete(directory)) {
			return "complete";
		}
		String was = "new";
		if (Files.isDirectory(directory) && !isEmpty(directory)) {
			if (!isIncomplete(directory)) {
				throw new IOException(directory + " is not empty and is not a PostgreSQL data directory: it is left "
						+ "as it is; set SKILLGAP_DATA_DIR to another directory, or empty this one");
			}
			if (Files.exists(directory.resolve(STARTED_MARKER))) {
				throw new IOException(directory + " is an incomplete PostgreSQL data directory (no global/pg_control) "
						+ "that a server ran on, so it may hold data: it is left as it is; restore it from a backup "
						+ "or move it away");
			}
			log.warn("{} is an incomplete PostgreSQL data directory: an initdb that was interrupted (no "
					+ "global/pg_control, and no server ever ran on it, so it holds no data); initialising it afresh",
					directory);
			FileSystemUtils.deleteRecursively(directory);
			was = "incomplete";
		}
		Path temporary = parent.resolve(directory.getFileName() + ".initdb-" + UUID.randomUUID());
		try {
			Files.createDirectory(temporary);
			initialiser.initialise(temporary);
			if (!isComplete(temporary)) {
				throw new IOException("initdb did not complete in " + temporary);
			}
			if (Files.isDirectory(directory)) {
				// empty: make room for the rename
				Files.delete(directory);
			}
			try {
				Files.move(temporary, directory, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				throw new IOException("Cannot move " + temporary + " to " + directory + " in one step", ex);
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(temporary);
		}
		return was;
	}

	/** A data directory that a server can start on. */
	static boolean isComplete(Path directory) {
		return Files.isRegularFile(directory.resolve("global").resolve("pg_control"))
				&& Files.isRegularFile(directory.resolve("PG_VERSION"))
				&& Files.isRegularFile(directory.resolve("postgresql.conf"));
	}

	/** What an interrupted {@code initdb} leaves: its first files, no control file. */
	static boolean isIncomplete(Path directory) {
		return !isComplete(directory)
				&& INITDB_FILES.stream().anyMatch((name) -> Files.exists(directory.resolve(name)));
	}

	private static boolean isEmpty(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.findAny().isEmpty();
		}
	}

	/** Removes what an interrupted initialisation left beside the directory. */
	private static void removeTemporaries(Path directory) throws IOException {
		String prefix = directory.getFileName() + ".initdb-";
		try (Stream<Path> siblings = Files.list(directory.getParent())) {
			for (Path sibling : siblings.filter((p) -> p.getFileName().toString().startsWith(prefix)).toList()) {
				log.warn("Removing {}: the start that was initialising it was interrupted", sibling);
				FileSystemUtils.deleteRecursively(sibling);
			}
		}
	}

}

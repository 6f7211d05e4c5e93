package dev.skillgap.platform;

import java.nio.file.Path;

/**
 * Starts the embedded PostgreSQL on the directory given, as the app's first start does,
 * in a JVM of its own, so that a test can kill that JVM at any moment (the app killed
 * during its first start).
 */
final class EmbeddedDatabaseMain {

	private EmbeddedDatabaseMain() {
	}

	public static void main(String[] args) throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]), 0)) {
			System.out.println("started");
			Thread.sleep(Long.MAX_VALUE);
		}
	}

}

package dev.skillgap.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.skillgap.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances starting together on one database apply a reference data file once:
 * the others wait for the advisory lock, then see the checksum and skip.
 */
@IntegrationTest
class ReferenceDataConcurrencyIntegrationTests {

	private static final int INSTANCES = 6;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ResourceLoader resources;

	@TempDir
	Path directory;

	@Test
	void instancesStartingTogetherApplyTheFileOnceWithoutColliding() throws Exception {
		String run = UUID.randomUUID().toString();
		String file = "concurrency-" + run + ".yaml";
		Files.writeString(this.directory.resolve(file), "value: " + run + "\n");
		long versionBefore = version();
		AtomicInteger applications = new AtomicInteger();
		CyclicBarrier start = new CyclicBarrier(INSTANCES);
		ExecutorService threads = Executors.newFixedThreadPool(INSTANCES);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < INSTANCES; i++) {
				// one loader per instance, all on the same database
				ReferenceData instance = new ReferenceData(this.jdbc, this.transactions, this.resources,
						this.directory.toUri().toString());
				results.add(threads.submit(() -> {
					start.await();
					return instance.apply(file, Marker.class, (marker) -> {
						applications.incrementAndGet();
						// not idempotent: a second application hits the primary key
						this.jdbc.sql("insert into reference_data_checksum (file, checksum) values (:file, 'marker')")
							.param("file", "marker-" + run)
							.update();
						pause();
					});
				}));
			}
			List<Boolean> applied = new ArrayList<>();
			for (Future<Boolean> result : results) {
				// an error in any instance (a duplicate key, say) fails here
				applied.add(result.get(2, TimeUnit.MINUTES));
			}

			assertThat(applied).filteredOn(Boolean::booleanValue).hasSize(1);
			assertThat(applications).hasValue(1);
			assertThat(version()).isEqualTo(versionBefore + 1);
			assertThat(this.jdbc.sql("select count(*) from reference_data_checksum where file = :file")
				.param("file", file)
				.query(Integer.class)
				.single()).isOne();
		}
		finally {
			threads.shutdownNow();
			this.jdbc.sql("delete from reference_data_checksum where file in (:files)")
				.param("files", List.of(file, "marker-" + run))
				.update();
		}
	}

	private long version() {
		return this.jdbc.sql("select version from reference_data_version").query(Long.class).single();
	}

	/** Holds the lock a while, so that the other instances really arrive meanwhile. */
	private static void pause() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record Marker(String value) {
	}

}

package dev.skillgap.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Reads the reviewable reference data files under {@code db/reference/} and applies each
 * one idempotently: a module hands in its upsert; it runs, in one transaction, only when
 * the file's SHA-256 differs from the one last applied.
 *
 * <p>
 * Several app instances share one database. Applying takes a PostgreSQL advisory lock
 * inside the applying transaction, so two instances starting together never apply at
 * once: the second waits, then sees the first one's checksum and skips. Every application
 * bumps {@code reference_data_version}; modules hold what they load from the reference
 * tables in a {@link ReferenceView}, which reloads as soon as a request sees a newer
 * version, so an instance never keeps serving reference data another instance replaced.
 */
@Component
public class ReferenceData {

	private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** The advisory lock key of reference data applications: "skillgap" in ASCII. */
	static final long LOCK = 0x736B696C6C676170L;

	private static final String VERSION_ATTRIBUTE = ReferenceData.class.getName() + ".version";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TransactionTemplate snapshots;

	private final ResourceLoader resources;

	private final String location;

	private final Map<String, Registration<?>> registered = new LinkedHashMap<>();

	/**
	 * @param location where the files are: the ones shipped in the jar by default; an
	 * operator (or the benchmark, with a generated catalog) may point elsewhere
	 */
	ReferenceData(JdbcClient jdbc, TransactionTemplate transactions, ResourceLoader resources,
			@Value("${skillgap.reference-data.location:classpath:db/reference/}") String location) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.snapshots = new TransactionTemplate(transactions.getTransactionManager());
		this.snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshots.setReadOnly(true);
		this.resources = resources;
		this.location = directory(location);
	}

	/** Parses a reference data file into the given type. */
	public <T> T read(String file, Class<T> type) {
		return parse(new ByteArrayInputStream(content(this.location, file)), type);
	}

	/**
	 * Parses reference data YAML strictly: an unknown property is an error, not ignored.
	 */
	public static <T> T parse(InputStream in, Class<T> type) {
		return YAML.readValue(in, type);
	}

	/**
	 * Applies the file with {@code upsert} unless this exact content was applied before
	 * (by this instance or another one).
	 * @return whether it was applied now
	 */
	public <T> boolean apply(String file, Class<T> type, Consumer<T> upsert) {
		synchronized (this.registered) {
			this.registered.putIfAbsent(file, new Registration<>(file, type, upsert));
		}
		return apply(this.location, file, type, upsert);
	}

	/**
	 * Applies every file the modules applied on start, in the same order, from another
	 * location: what an instance started with {@code skillgap.reference-data.location}
	 * pointing there does to the shared database. Instances running with the old data
	 * (this one included) notice by the version and reload.
	 */
	public void applyFrom(String location) {
		List<Registration<?>> files;
		synchronized (this.registered) {
			files = new ArrayList<>(this.registered.values());
		}
		for (Registration<?> registration : files) {
			registration.applyFrom(this, directory(location));
		}
	}

	private <T> boolean apply(String location, String file, Class<T> type, Consumer<T> upsert) {
		byte[] content = content(location, file);
		String checksum = checksum(content);
		if (checksum.equals(appliedChecksum(file))) {
			// the common case, without taking the lock
			return false;
		}
		T data = parse(new ByteArrayInputStream(content), type);
		boolean applied = Boolean.TRUE.equals(this.transactions.execute((status) -> {
			// held until this transaction ends: an instance applying at the same time
			// waits here, then reads the checksum this one committed and skips
			this.jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs) -> {
			});
			if (checksum.equals(appliedChecksum(file))) {
				return false;
			}
			upsert.accept(data);
			this.jdbc.sql("""
					insert into reference_data_checksum (file, checksum, applied_at) values (:file, :checksum, now())
					on conflict (file) do update set checksum = excluded.checksum, applied_at = excluded.applied_at
					""").param("file", file).param("checksum", checksum).update();
			this.jdbc.sql("update reference_data_version set version = version + 1").update();
			return true;
		}));
		if (applied) {
			log.info("Applied reference data {} ({})", file, checksum.substring(0, 12));
		}
		else {
			log.info("Reference data {} ({}) was applied by another instance", file, checksum.substring(0, 12));
		}
		return applied;
	}

	/**
	 * For an upsert: retires the rows of {@code table} (a reference table with
	 * {@code code} and {@code retired_at}) whose code the applied file no longer has.
	 * They are kept, not deleted, since people's data may refer to them; the upsert of a
	 * code that comes back clears {@code retired_at}.
	 */
	public static void retireAllBut(JdbcClient jdbc, String table, Collection<String> codes) {
		jdbc.sql("update " + table + " set retired_at = now() where retired_at is null"
				+ " and code <> all(string_to_array(:codes, ','))")
			.param("codes", String.join(",", codes))
			.update();
	}

	private String appliedChecksum(String file) {
		return this.jdbc.sql("select checksum from reference_data_checksum where file = :file")
			.param("file", file)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * The version of the reference data in the database. Read once per web request (so
	 * all of a request sees one version, for one tiny query) and on every call outside
	 * one.
	 */
	public long version() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null
				&& request.getAttribute(VERSION_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Long seen) {
			return seen;
		}
		long version = currentVersion();
		if (request != null) {
			request.setAttribute(VERSION_ATTRIBUTE, version, RequestAttributes.SCOPE_REQUEST);
		}
		return version;
	}

	private long currentVersion() {
		return this.jdbc.sql("select version from reference_data_version").query(Long.class).single();
	}

	/**
	 * Data loaded from the reference tables by {@code loader}, held in memory and loaded
	 * again when the version moves.
	 */
	public <T> ReferenceView<T> view(Supplier<T> loader) {
		return new ReferenceView<>(this, loader);
	}

	/**
	 * Runs {@code loader} and reads the version in one repeatable-read transaction, so
	 * the data is exactly that version's. (Called inside a transaction already open, it
	 * joins it: the version is read first, so the data is never older than the version it
	 * is labelled with, at worst newer, which only causes one more reload.)
	 */
	<T> ReferenceView.Snapshot<T> load(Supplier<T> loader) {
		return this.snapshots.execute((status) -> {
			long version = currentVersion();
			return new ReferenceView.Snapshot<>(version, loader.get());
		});
	}

	private byte[] content(String location, String file) {
		try (InputStream in = this.resources.getResource(location + file).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read reference data " + location + file, ex);
		}
	}

	private static String checksum(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String directory(String location) {
		return location.endsWith("/") ? location : location + "/";
	}

	private record Registration<T>(String file, Class<T> type, Consumer<T> upsert) {

		void applyFrom(ReferenceData referenceData, String location) {
			referenceData.apply(location, this.file, this.type, this.upsert);
		}

	}

}

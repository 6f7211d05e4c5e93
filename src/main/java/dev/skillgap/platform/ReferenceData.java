package dev.skillgap.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the reviewable reference data files under {@code db/reference/} and applies each
 * one idempotently: a module hands in its upsert; it runs, in one transaction, only when
 * the file's SHA-256 differs from the one last applied.
 */
@Component
public class ReferenceData {

	private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ResourceLoader resources;

	private final String location;

	/**
	 * @param location where the files are: the ones shipped in the jar by default; an
	 * operator (or the benchmark, with a generated catalog) may point elsewhere
	 */
	ReferenceData(JdbcClient jdbc, TransactionTemplate transactions, ResourceLoader resources,
			@Value("${skillgap.reference-data.location:classpath:db/reference/}") String location) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.resources = resources;
		this.location = location.endsWith("/") ? location : location + "/";
	}

	/** Parses a reference data file into the given type. */
	public <T> T read(String file, Class<T> type) {
		try (InputStream in = resource(file).getInputStream()) {
			return parse(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read reference data " + file, ex);
		}
	}

	/**
	 * Parses reference data YAML strictly: an unknown property is an error, not ignored.
	 */
	public static <T> T parse(InputStream in, Class<T> type) {
		return YAML.readValue(in, type);
	}

	private Resource resource(String file) {
		return this.resources.getResource(this.location + file);
	}

	/**
	 * Applies the file with {@code upsert} unless this exact content was applied before.
	 * @return whether it was applied now
	 */
	public <T> boolean apply(String file, Class<T> type, Consumer<T> upsert) {
		String checksum = checksum(file);
		String applied = this.jdbc.sql("select checksum from reference_data_checksum where file = :file")
			.param("file", file)
			.query(String.class)
			.optional()
			.orElse(null);
		if (checksum.equals(applied)) {
			return false;
		}
		T data = read(file, type);
		this.transactions.executeWithoutResult((status) -> {
			upsert.accept(data);
			this.jdbc.sql("""
					insert into reference_data_checksum (file, checksum, applied_at) values (:file, :checksum, now())
					on conflict (file) do update set checksum = excluded.checksum, applied_at = excluded.applied_at
					""").param("file", file).param("checksum", checksum).update();
		});
		log.info("Applied reference data {} ({})", file, checksum.substring(0, 12));
		return true;
	}

	private String checksum(String file) {
		try (InputStream in = resource(file).getInputStream()) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read reference data " + file, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

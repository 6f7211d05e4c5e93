package dev.skillgap.postings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The corpus of real job postings, kept as facts ({@code db/postings-corpus/}): per
 * posting its source address, language, label(s), the hash of its normalised text and the
 * features the analyser extracts from it, never the text (docs/postings-labelling.md);
 * and the frozen test split, a list of hashes.
 */
final class PostingCorpus {

	static final Path DIRECTORY = Path.of("db/postings-corpus");

	static final Path FILE = DIRECTORY.resolve("corpus.yaml");

	static final Path TEST_SPLIT = DIRECTORY.resolve("test-split.txt");

	/** The only keys a stored posting has: none of them carries text. */
	static final Set<String> KEYS = Set.of("id", "url", "source", "language", "role", "second", "hash", "features");

	private PostingCorpus() {
	}

	/**
	 * @param id the name of its text file
	 * @param source the organisation whose page it is (the host of its address)
	 * @param second the second role where a person would call it mixed
	 */
	record Posting(String id, String url, String source, String language, String role, @Nullable String second,
			String hash, Map<String, Double> features) {

		boolean clear() {
			return this.second == null;
		}

		boolean isRight(String roleCode) {
			return this.role.equals(roleCode);
		}

		boolean inTopTwo(List<String> ranked) {
			List<String> two = ranked.subList(0, Math.min(2, ranked.size()));
			return two.contains(this.role) || (this.second != null && two.contains(this.second));
		}

	}

	/** A posting's text as the local folder keeps it, with its header. */
	record Text(String id, String url, String role, @Nullable String second, String text) {

		static Text read(Path file) {
			try {
				String content = Files.readString(file, StandardCharsets.UTF_8);
				int blank = content.indexOf("\n\n");
				Map<String, String> header = new LinkedHashMap<>();
				for (String line : content.substring(0, blank).split("\n")) {
					int colon = line.indexOf(':');
					header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
				}
				String name = file.getFileName().toString();
				String second = header.getOrDefault("second", "");
				return new Text(name.substring(0, name.lastIndexOf('.')), header.get("url"), header.get("label"),
						second.isEmpty() ? null : second, content.substring(blank + 2));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		String source() {
			String host = this.url.replaceFirst("^https?://", "").replaceFirst("/.*$", "").replaceFirst("^www\\.", "");
			// a repository on GitHub is its owner's page
			if (host.equals("github.com")) {
				return host + "/" + this.url.replaceFirst("^https?://github\\.com/", "").replaceFirst("/.*$", "");
			}
			return host;
		}

	}

	/** The SHA-256 of the normalised text (white space runs as one space, trimmed). */
	static String hash(TextNormalizer normalizer, String text) {
		String normalized = normalizer.normalize(text).text().replaceAll("\\s+", " ").strip();
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<Posting> read() {
		if (!Files.exists(FILE)) {
			return List.of();
		}
		JsonNode root = YAMLMapper.builder().build().readTree(FILE.toFile());
		List<Posting> postings = new ArrayList<>();
		for (JsonNode node : root.get("postings")) {
			Map<String, Double> features = new TreeMap<>();
			node.get("features").properties().forEach((e) -> features.put(e.getKey(), e.getValue().asDouble()));
			JsonNode second = node.get("second");
			postings.add(new Posting(node.get("id").asString(), node.get("url").asString(),
					node.get("source").asString(), node.get("language").asString(), node.get("role").asString(),
					(second == null || second.isNull()) ? null : second.asString(), node.get("hash").asString(),
					features));
		}
		return postings;
	}

	static void write(List<Posting> postings, String featuresVersion) throws IOException {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("featuresVersion", featuresVersion);
		List<Map<String, Object>> entries = new ArrayList<>();
		for (Posting posting : postings) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", posting.id());
			entry.put("url", posting.url());
			entry.put("source", posting.source());
			entry.put("language", posting.language());
			entry.put("role", posting.role());
			entry.put("second", posting.second());
			entry.put("hash", posting.hash());
			entry.put("features", posting.features());
			entries.add(entry);
		}
		root.put("postings", entries);
		String header = """
				# Real job postings, kept as facts (docs/postings-labelling.md): never their text. Written by
				# db/postings-corpus/corpus.sh extract from the texts in a local folder; features by PostingFeatures.
				""";
		Files.writeString(FILE, header + YAMLMapper.builder().build().writeValueAsString(root));
	}

	/** The hashes of the frozen test split (empty before it is frozen). */
	static Set<String> testSplit() {
		if (!Files.exists(TEST_SPLIT)) {
			return Set.of();
		}
		try {
			Set<String> hashes = new LinkedHashSet<>();
			for (String line : Files.readAllLines(TEST_SPLIT)) {
				if (!line.isBlank() && !line.startsWith("#")) {
					hashes.add(line.strip());
				}
			}
			return hashes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

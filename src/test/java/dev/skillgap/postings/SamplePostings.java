package dev.skillgap.postings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The hand-written postings of {@code src/test/resources/postings/postings.yaml}, by id
 * ({@code ja-server-1}, {@code en-cloud-1}, ...).
 */
final class SamplePostings {

	private static JsonNode postings;

	private SamplePostings() {
	}

	/** The text of a posting, exactly as written in the file. */
	static String text(String id) {
		for (JsonNode posting : all()) {
			if (posting.get("id").asString().equals(id)) {
				return posting.get("text").asString();
			}
		}
		throw new IllegalArgumentException("No posting " + id + " in postings/postings.yaml");
	}

	private static synchronized JsonNode all() {
		if (postings == null) {
			try (InputStream in = new ClassPathResource("postings/postings.yaml").getInputStream()) {
				postings = YAMLMapper.builder().build().readTree(in).get("postings");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return postings;
	}

}

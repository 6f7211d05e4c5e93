package dev.skillgap.postings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discipline of the posting corpus (issue 25): the project keeps no posting's text,
 * and the frozen test split is never trained or tuned on.
 */
class PostingCorpusTests {

	@Test
	void noStoredPostingCarriesItsText() {
		JsonNode root = YAMLMapper.builder().build().readTree(PostingCorpus.FILE.toFile());
		assertThat(root.get("postings")).isNotEmpty();
		for (JsonNode posting : root.get("postings")) {
			String id = posting.get("id").asString();
			assertThat(posting.propertyNames()).as(id).isSubsetOf(PostingCorpus.KEYS);
			for (String key : List.of("id", "url", "source", "language", "role", "hash")) {
				String value = posting.get(key).asString();
				assertThat(value).as(id + " " + key).doesNotContain("\n").hasSizeLessThanOrEqualTo(300);
			}
			assertThat(posting.get("hash").asString()).as(id).matches("[0-9a-f]{64}");
			posting.get("features").properties().forEach((feature) -> {
				assertThat(feature.getValue().isNumber()).as(id + " " + feature.getKey()).isTrue();
				assertThat(feature.getKey()).as(id).matches("(role|posting)\\.[a-z0-9.-]+[a-zA-Z]*");
			});
		}
	}

	@Test
	void noTestSplitPostingIsTrainedOnOrNamedByARule() throws IOException {
		Set<String> test = PostingCorpus.testSplit();
		assertThat(test).isNotEmpty();
		RoleModel model = ReferenceDictionary.model();

		assertThat(model.training().corpusHashes()).as("corpus postings the model was trained on")
			.doesNotContainAnyElementsOf(test);
		PostingCorpusTool tool = new PostingCorpusTool();
		assertThat(tool.written()).as("the postings written for the project")
			.allSatisfy((written) -> assertThat(test).as(written.id()).doesNotContain(written.hash()));
		// no rule, reading word or written posting names a posting of the test split
		List<Path> files = new ArrayList<>();
		for (String directory : List.of("db/reference", "src/test/resources/postings", "src/main/resources")) {
			try (Stream<Path> walk = Files.walk(Path.of(directory))) {
				walk.filter(Files::isRegularFile).forEach(files::add);
			}
		}
		for (Path file : files) {
			String content = Files.readString(file);
			for (String hash : test) {
				assertThat(content).as(file + " names a posting of the test split").doesNotContain(hash);
			}
		}
	}

	@Test
	void theModelWasTrainedOnEveryDevelopmentPostingOfTheCorpus() {
		Set<String> test = PostingCorpus.testSplit();
		List<String> development = PostingCorpus.read()
			.stream()
			.map(PostingCorpus.Posting::hash)
			.filter((hash) -> !test.contains(hash))
			.toList();

		assertThat(ReferenceDictionary.model().training().corpusHashes())
			.containsExactlyInAnyOrderElementsOf(development);
	}

	@Test
	void theTestSplitIsAThirdOfEachLanguageAndRole() {
		Set<String> test = PostingCorpus.testSplit();
		Map<String, int[]> groups = new TreeMap<>();
		for (PostingCorpus.Posting posting : PostingCorpus.read()) {
			int[] counts = groups.computeIfAbsent(posting.language() + " " + posting.role(), (k) -> new int[2]);
			counts[0]++;
			counts[1] += test.contains(posting.hash()) ? 1 : 0;
		}
		groups.forEach((group, counts) -> assertThat(counts[1]).as(group).isGreaterThanOrEqualTo(counts[0] / 3));
		int total = groups.values().stream().mapToInt((c) -> c[0]).sum();
		assertThat(test).hasSizeGreaterThanOrEqualTo((total + 2) / 3);
		assertThat(PostingCorpus.read().stream().map(PostingCorpus.Posting::hash).toList())
			.as("every test hash is a posting")
			.containsAll(test);
	}

}

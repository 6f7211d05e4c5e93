package dev.skillgap.postings;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier against two test sets of job postings, each labelled with the role it
 * describes by the article's rule (lines 80-98):
 * <ul>
 * <li>src/test/resources/postings/postings.yaml: 24 postings (12 Japanese, 12 English)
 * written together with the dictionary;</li>
 * <li>src/test/resources/postings/postings-blind.yaml: postings written blind, by someone
 * given only the article and the role list, as real boards write them.</li>
 * </ul>
 * Each must name the expected role for at least 95% of its postings. Prints the accuracy
 * per role and the confusion table (run
 * {@code ./mvnw -B -ntp -DskipFrontend -Dtest=PostingClassifierAccuracyTests -DskipITs test}).
 */
class PostingClassifierAccuracyTests {

	private static final List<String> ROLES = List.of("infrastructure-engineer", "server-engineer", "cloud-engineer",
			"network-engineer", "devops-engineer", "system-architect");

	private final PostingAnalyzer analyzer = ReferenceDictionary.analyzer();

	@Test
	void namesTheRoleOfTheHandWrittenPostings() throws Exception {
		Result result = classify("src/test/resources/postings/postings.yaml");

		assertThat(result.total()).isGreaterThanOrEqualTo(20);
		assertThat(result.accuracy()).as(String.join("\n", result.misses())).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void namesTheRoleOfThePostingsWrittenBlind() throws Exception {
		Result result = classify("src/test/resources/postings/postings-blind.yaml");

		assertThat(result.total()).isGreaterThanOrEqualTo(60);
		assertThat(result.accuracy()).as(String.join("\n", result.misses())).isGreaterThanOrEqualTo(0.95);
	}

	private Result classify(String path) throws Exception {
		JsonNode postings;
		try (InputStream in = new FileInputStream(path)) {
			postings = YAMLMapper.builder().build().readTree(in).get("postings");
		}
		// expected -> got -> count
		Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
		ROLES.forEach((role) -> confusion.put(role, new TreeMap<>()));
		Map<String, int[]> byLanguage = new TreeMap<>();
		int right = 0;
		List<String> misses = new ArrayList<>();
		for (JsonNode posting : postings) {
			String expected = posting.get("expectedRole").asString();
			PostingAnalysis analysis = this.analyzer.analyze(posting.get("text").asString());
			String got = analysis.roles().get(0).roleCode();
			confusion.computeIfAbsent(expected, (k) -> new TreeMap<>()).merge(got, 1, Integer::sum);
			int[] language = byLanguage.computeIfAbsent(posting.path("language").asString("?"), (k) -> new int[2]);
			language[1]++;
			if (got.equals(expected)) {
				right++;
				language[0]++;
			}
			else {
				misses.add(posting.get("id").asString() + ": expected " + expected + ", got " + got + " "
						+ describe(analysis));
			}
		}
		Result result = new Result(right, postings.size(), misses);
		print(path, result, confusion, byLanguage);
		return result;
	}

	private static void print(String path, Result result, Map<String, Map<String, Integer>> confusion,
			Map<String, int[]> byLanguage) {
		StringBuilder out = new StringBuilder();
		out.append(String.format("%nPosting classifier on %s: %d/%d = %.1f%%%n", path, result.right(), result.total(),
				result.accuracy() * 100));
		byLanguage.forEach((language, counts) -> out.append(String.format("  %-4s %d/%d = %.1f%%%n", language,
				counts[0], counts[1], 100.0 * counts[0] / counts[1])));
		out.append(String.format("  %-24s %8s  %s%n", "expected role", "accuracy", "got (confusion row)"));
		for (Map.Entry<String, Map<String, Integer>> row : confusion.entrySet()) {
			int total = row.getValue().values().stream().mapToInt(Integer::intValue).sum();
			int hits = row.getValue().getOrDefault(row.getKey(), 0);
			StringBuilder cells = new StringBuilder();
			for (String role : ROLES) {
				cells.append(String.format("%6d", row.getValue().getOrDefault(role, 0)));
			}
			out.append(String.format("  %-24s %3d/%-3d  %s%n", row.getKey(), hits, total, cells));
		}
		StringBuilder header = new StringBuilder();
		for (String role : ROLES) {
			header.append(String.format("%6s", abbreviation(role)));
		}
		out.append(String.format("  %-24s %8s  %s  (columns: the role named)%n", "", "", header));
		result.misses().forEach((line) -> out.append("  miss ").append(line).append('\n'));
		System.out.print(out);
	}

	private static String abbreviation(String role) {
		return switch (role) {
			case "infrastructure-engineer" -> "infra";
			case "server-engineer" -> "srv";
			case "cloud-engineer" -> "cloud";
			case "network-engineer" -> "net";
			case "devops-engineer" -> "dev";
			case "system-architect" -> "arch";
			default -> role;
		};
	}

	private static String describe(PostingAnalysis analysis) {
		StringBuilder out = new StringBuilder();
		for (PostingAnalysis.RoleScore score : analysis.roles().subList(0, 3)) {
			out.append(String.format("[%s %.2f d%.2f t%.2f s%.2f] ", score.roleCode(), score.score(), score.duties(),
					score.technologies(), score.skillSet()));
		}
		return out.toString();
	}

	private record Result(int right, int total, List<String> misses) {

		double accuracy() {
			return (double) this.right / this.total;
		}

	}

}

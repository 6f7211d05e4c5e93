package dev.skillgap.postings;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classifier against the hand-written test set in
 * src/test/resources/postings/postings.yaml (12 Japanese, 12 English postings, all six
 * roles): it must name the expected role for at least 90% of them.
 */
class PostingClassifierAccuracyTests {

	@Test
	void namesTheRoleOfAtLeastNinetyPercentOfThePostings() throws Exception {
		PostingAnalyzer analyzer = ReferenceDictionary.analyzer();
		JsonNode postings;
		try (InputStream in = new FileInputStream("src/test/resources/postings/postings.yaml")) {
			postings = YAMLMapper.builder().build().readTree(in).get("postings");
		}
		int right = 0;
		List<String> wrong = new ArrayList<>();
		for (JsonNode posting : postings) {
			String expected = posting.get("expectedRole").asString();
			PostingAnalysis analysis = analyzer.analyze(posting.get("text").asString());
			PostingAnalysis.RoleScore best = analysis.roles().get(0);
			if (best.roleCode().equals(expected)) {
				right++;
			}
			else {
				wrong.add(posting.get("id").asString() + ": expected " + expected + ", got " + best.roleCode() + " "
						+ describe(analysis));
			}
		}
		double accuracy = (double) right / postings.size();
		System.out.printf("Posting classifier accuracy: %d/%d = %.1f%%%n", right, postings.size(), accuracy * 100);
		wrong.forEach((line) -> System.out.println("  miss " + line));
		assertThat(postings.size()).isGreaterThanOrEqualTo(20);
		assertThat(accuracy).as(String.join("\n", wrong)).isGreaterThanOrEqualTo(0.9);
	}

	private static String describe(PostingAnalysis analysis) {
		StringBuilder out = new StringBuilder();
		for (PostingAnalysis.RoleScore score : analysis.roles().subList(0, 3)) {
			out.append(String.format("[%s %.2f d%.2f t%.2f s%.2f] ", score.roleCode(), score.score(), score.duties(),
					score.technologies(), score.skillSet()));
		}
		return out.toString();
	}

}

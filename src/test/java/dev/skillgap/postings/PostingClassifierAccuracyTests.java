package dev.skillgap.postings;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The role model on its development data: the real postings of the corpus less the frozen
 * test split, and the postings written for the project
 * (src/test/resources/postings/postings.yaml, postings-blind.yaml). The written sets were
 * written to the article and the rules were tuned on them: they are development data, not
 * evidence; the evidence is the frozen test split, read once per release
 * ({@code db/postings-corpus/corpus.sh evaluate}, docs/postings-model.md).
 * <p>
 * Here every posting is answered by a model trained without it (5-fold cross-validation),
 * and the shipped weights must be what the training command makes from the committed
 * data. Run alone to see the confusion table:
 * {@code ./mvnw -B -ntp -DskipFrontend -Dtest=PostingClassifierAccuracyTests -DskipITs test}
 */
class PostingClassifierAccuracyTests {

	private final PostingCorpusTool tool = new PostingCorpusTool();

	private final List<String> roles = ReferenceDictionary.load()
		.roles()
		.stream()
		.map(PostingDictionary.RoleSignals::roleCode)
		.toList();

	@Test
	void aPostingTheModelWasNotTrainedOnGetsItsRole() throws Exception {
		List<RoleModelTrainer.Example> development = this.tool.development();
		RoleModel shipped = ReferenceDictionary.model();
		Map<String, List<Map.Entry<String, Double>>> predictions = RoleModelTrainer.crossValidate(development,
				this.roles, shipped.training().regularisation(), 5, 25);
		PostingCorpusTool.Evaluation evaluation = new PostingCorpusTool.Evaluation(this.roles);
		for (RoleModelTrainer.Example e : development) {
			evaluation.add(e.id(), e.role(), e.second(),
					predictions.get(e.id()).stream().map(Map.Entry::getKey).toList());
		}
		evaluation.print("Cross-validated on the development data", true);

		assertThat(development).hasSizeGreaterThanOrEqualTo(90);
		assertThat(evaluation.top1(false, "all")).isGreaterThanOrEqualTo(0.9);
		assertThat(evaluation.top2("all")).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void theShippedWeightsAreWhatTheTrainingCommandMakes() throws Exception {
		RoleModel shipped = ReferenceDictionary.model();
		RoleModel again = RoleModelTrainer.train(this.tool.development(), this.roles,
				shipped.training().regularisation(), shipped.mixedRatio(), shipped.training());

		assertThat(shipped.features()).isEqualTo(PostingFeatures.VERSION);
		shipped.shared()
			.forEach((kind, w) -> assertThat(again.shared().get(kind)).as(kind).isCloseTo(w, within(0.002)));
		shipped.roles().forEach((role, weights) -> {
			assertThat(again.roles().get(role).bias()).as(role).isCloseTo(weights.bias(), within(0.002));
			weights.weights()
				.forEach((feature, w) -> assertThat(again.roles().get(role).weights().getOrDefault(feature, 0.0))
					.as(role + " " + feature)
					.isCloseTo(w, within(0.002)));
		});
	}

}

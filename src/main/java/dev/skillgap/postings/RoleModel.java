package dev.skillgap.postings;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The learned weights of the role model ({@code db/reference/posting-model.yaml}): a
 * multinomial logistic regression over {@link PostingFeatures}, trained offline from
 * labelled postings ({@code db/postings-corpus/corpus.sh train}, docs/postings-model.md).
 *
 * @param features the {@link PostingFeatures#VERSION} it was trained on
 * @param shared the weight of each role-relative kind ({@code duties},
 * {@code technologies}, {@code skillSet}, {@code cues}, {@code title}), the same for
 * every role
 * @param roles each role's bias and weights of the posting's features (by name without
 * the {@code posting.} prefix); a role of the framework without an entry is scored by its
 * shared weights alone
 * @param mixedRatio the second role's share of the first's probability from which a
 * posting mixes both
 * @param training how the weights were made (reviewable, and read by the test that keeps
 * the test split out of training)
 */
record RoleModel(String features, Map<String, Double> shared, Map<String, RoleWeights> roles, double mixedRatio,
		Training training) {

	record RoleWeights(double bias, Map<String, Double> weights) {
	}

	/**
	 * @param command what made the file
	 * @param regularisation the L2 strength chosen by cross-validation
	 * @param written the postings written for the project it was trained on (development
	 * data)
	 * @param corpusHashes the hashes of the corpus postings it was trained on
	 * @param crossValidation the development figures the choices were made on (never the
	 * test split)
	 */
	record Training(String command, double regularisation, int written, List<String> corpusHashes,
			@Nullable Map<String, Double> crossValidation) {
	}

}

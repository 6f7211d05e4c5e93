package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Multinomial logistic regression of the role model, in plain Java (no dependency at run
 * time, reproducible: full-batch gradient descent with Adam from zero, a fixed number of
 * steps, a seeded fold assignment). The role-relative features share one weight per kind
 * across the roles ({@link PostingFeatures}); the posting's features have a weight per
 * role; L2 on every weight but the biases.
 */
final class RoleModelTrainer {

	static final int STEPS = 1500;

	private RoleModelTrainer() {
	}

	/**
	 * A labelled posting's features.
	 *
	 * @param second a second role where the posting mixes two, else null
	 */
	record Example(String id, String role, String second, Map<String, Double> features) {
	}

	/** The weights learned from the examples, for the roles given. */
	static RoleModel train(List<Example> examples, List<String> roles, double lambda, double mixedRatio,
			RoleModel.Training training) {
		List<String> vocabulary = new ArrayList<>(new TreeSet<>(examples.stream()
			.flatMap((e) -> e.features().keySet().stream())
			.filter((f) -> f.startsWith(PostingFeatures.POSTING))
			.map((f) -> f.substring(PostingFeatures.POSTING.length()))
			.toList()));
		List<String> kinds = PostingFeatures.ROLE_KINDS;
		int r = roles.size();
		int v = vocabulary.size();
		int k = kinds.size();
		double[][] x = new double[examples.size()][v];
		double[][][] own = new double[examples.size()][r][k];
		int[] y = new int[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			Example e = examples.get(i);
			for (int j = 0; j < v; j++) {
				x[i][j] = e.features().getOrDefault(PostingFeatures.POSTING + vocabulary.get(j), 0.0);
			}
			for (int c = 0; c < r; c++) {
				for (int q = 0; q < k; q++) {
					own[i][c][q] = e.features()
						.getOrDefault(PostingFeatures.ROLE + roles.get(c) + "." + kinds.get(q), 0.0);
				}
			}
			y[i] = roles.indexOf(e.role());
			if (y[i] < 0) {
				throw new IllegalArgumentException(e.id() + ": unknown role " + e.role());
			}
		}
		// parameters: shared[k], bias[r], w[r][v]
		int size = k + r + r * v;
		double[] theta = new double[size];
		double[] m = new double[size];
		double[] s = new double[size];
		double rate = 0.05;
		int n = examples.size();
		for (int step = 1; step <= STEPS; step++) {
			double[] grad = new double[size];
			for (int i = 0; i < n; i++) {
				double[] logits = new double[r];
				for (int c = 0; c < r; c++) {
					double l = theta[k + c];
					for (int q = 0; q < k; q++) {
						l += theta[q] * own[i][c][q];
					}
					int base = k + r + c * v;
					for (int j = 0; j < v; j++) {
						l += theta[base + j] * x[i][j];
					}
					logits[c] = l;
				}
				double[] p = LearnedRoleScorer.softmax(logits);
				for (int c = 0; c < r; c++) {
					double d = (p[c] - ((c == y[i]) ? 1 : 0)) / n;
					grad[k + c] += d;
					for (int q = 0; q < k; q++) {
						grad[q] += d * own[i][c][q];
					}
					int base = k + r + c * v;
					for (int j = 0; j < v; j++) {
						grad[base + j] += d * x[i][j];
					}
				}
			}
			for (int j = 0; j < size; j++) {
				boolean bias = j >= k && j < k + r;
				if (!bias) {
					grad[j] += lambda * theta[j];
				}
				m[j] = 0.9 * m[j] + 0.1 * grad[j];
				s[j] = 0.999 * s[j] + 0.001 * grad[j] * grad[j];
				double mh = m[j] / (1 - Math.pow(0.9, step));
				double sh = s[j] / (1 - Math.pow(0.999, step));
				theta[j] -= rate * mh / (Math.sqrt(sh) + 1e-8);
			}
		}
		Map<String, Double> shared = new LinkedHashMap<>();
		for (int q = 0; q < k; q++) {
			shared.put(kinds.get(q), round(theta[q]));
		}
		Map<String, RoleModel.RoleWeights> weights = new LinkedHashMap<>();
		for (int c = 0; c < r; c++) {
			Map<String, Double> w = new TreeMap<>();
			int base = k + r + c * v;
			for (int j = 0; j < v; j++) {
				double value = round(theta[base + j]);
				if (value != 0) {
					w.put(vocabulary.get(j), value);
				}
			}
			weights.put(roles.get(c), new RoleModel.RoleWeights(round(theta[k + c]), w));
		}
		return new RoleModel(PostingFeatures.VERSION, shared, weights, mixedRatio, training);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/** The roles ranked for an example, best first, with their probabilities. */
	static List<Map.Entry<String, Double>> rank(RoleModel model, List<String> roles, Map<String, Double> features) {
		double[] logits = new double[roles.size()];
		for (int c = 0; c < roles.size(); c++) {
			logits[c] = LearnedRoleScorer.logit(model, roles.get(c), features).logit();
		}
		double[] p = LearnedRoleScorer.softmax(logits);
		List<Map.Entry<String, Double>> ranked = new ArrayList<>();
		for (int c = 0; c < roles.size(); c++) {
			ranked.add(Map.entry(roles.get(c), p[c]));
		}
		ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
		return ranked;
	}

	/**
	 * Cross-validated predictions: each example ranked by a model trained without its
	 * fold (folds stratified by role, seeded).
	 */
	static Map<String, List<Map.Entry<String, Double>>> crossValidate(List<Example> examples, List<String> roles,
			double lambda, int folds, long seed) {
		List<Example> shuffled = new ArrayList<>(examples);
		shuffled.sort(Comparator.comparing(Example::role).thenComparing(Example::id));
		Map<String, List<Example>> byRole = new TreeMap<>();
		shuffled.forEach((e) -> byRole.computeIfAbsent(e.role(), (key) -> new ArrayList<>()).add(e));
		Random random = new Random(seed);
		Map<String, Integer> fold = new LinkedHashMap<>();
		int next = 0;
		for (List<Example> group : byRole.values()) {
			java.util.Collections.shuffle(group, random);
			for (Example e : group) {
				fold.put(e.id(), next++ % folds);
			}
		}
		Map<String, List<Map.Entry<String, Double>>> predictions = new LinkedHashMap<>();
		for (int f = 0; f < folds; f++) {
			int held = f;
			List<Example> train = examples.stream().filter((e) -> fold.get(e.id()) != held).toList();
			List<Example> test = examples.stream().filter((e) -> fold.get(e.id()) == held).toList();
			if (test.isEmpty()) {
				continue;
			}
			RoleModel model = train(train, roles, lambda, 0.6, null);
			for (Example e : test) {
				predictions.put(e.id(), rank(model, roles, e.features()));
			}
		}
		return predictions;
	}

}

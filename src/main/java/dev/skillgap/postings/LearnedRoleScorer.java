package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.skillgap.postings.PostingAnalysis.Driver;
import dev.skillgap.postings.PostingAnalysis.RoleScore;

/**
 * Step 4 by the learned model ({@link RoleModel}): each role's log-odds is its bias, plus
 * the shared weights times its own signals ({@code role.<code>.*} features), plus its
 * weights times the posting's features ({@code posting.*}); the softmax of them is the
 * distribution over the roles. Every role keeps the article's signals and their words,
 * and the features that pushed the model toward it ({@link Driver}).
 */
final class LearnedRoleScorer implements RoleScorer {

	/** How many drivers a role explains itself by. */
	static final int DRIVERS = 6;

	private final RoleModel model;

	private final ArticleSignals signals;

	private final PostingFeatures features;

	LearnedRoleScorer(RoleModel model, ArticleSignals signals, PostingFeatures features) {
		this.model = model;
		this.signals = signals;
		this.features = features;
	}

	@Override
	public List<RoleScore> score(ReadPosting posting) {
		ArticleSignals.Signals signals = this.signals.signals(posting);
		Map<String, Double> x = this.features.extract(posting, signals);
		List<RoleScore> roles = signals.roles();
		double[] logits = new double[roles.size()];
		List<List<Driver>> drivers = new ArrayList<>();
		for (int r = 0; r < roles.size(); r++) {
			Explained explained = logit(this.model, roles.get(r).roleCode(), x);
			logits[r] = explained.logit();
			drivers.add(explained.drivers());
		}
		double[] p = softmax(logits);
		List<RoleScore> scores = new ArrayList<>();
		for (int r = 0; r < roles.size(); r++) {
			scores.add(roles.get(r).withProbability(p[r], drivers.get(r)));
		}
		scores.sort(Comparator.comparingDouble(RoleScore::probability).reversed());
		return scores;
	}

	/** A role's log-odds for features {@code x}, and the features that raised it most. */
	static Explained logit(RoleModel model, String roleCode, Map<String, Double> x) {
		RoleModel.RoleWeights own = model.roles().get(roleCode);
		double logit = (own != null) ? own.bias() : 0;
		List<Driver> drivers = new ArrayList<>();
		String prefix = PostingFeatures.ROLE + roleCode + ".";
		for (String kind : PostingFeatures.ROLE_KINDS) {
			double value = x.getOrDefault(prefix + kind, 0.0);
			double contribution = model.shared().getOrDefault(kind, 0.0) * value;
			logit += contribution;
			drivers.add(new Driver(kind, null, contribution));
		}
		if (own != null) {
			for (Map.Entry<String, Double> weight : own.weights().entrySet()) {
				double value = x.getOrDefault(PostingFeatures.POSTING + weight.getKey(), 0.0);
				if (value != 0) {
					double contribution = weight.getValue() * value;
					logit += contribution;
					drivers.add(driver(weight.getKey(), contribution));
				}
			}
		}
		List<Driver> strongest = drivers.stream()
			.filter((d) -> d.contribution() > 0.005)
			.sorted(Comparator.comparingDouble(Driver::contribution).reversed())
			.limit(DRIVERS)
			.map((d) -> new Driver(d.kind(), d.code(), Math.round(d.contribution() * 100) / 100.0))
			.toList();
		return new Explained(logit, strongest);
	}

	/**
	 * {@code skill.linux-administration} is the skill, {@code cue.whole-system} a cue.
	 */
	private static Driver driver(String feature, double contribution) {
		int dot = feature.indexOf('.');
		return (dot < 0) ? new Driver(feature, null, contribution)
				: new Driver(feature.substring(0, dot), feature.substring(dot + 1), contribution);
	}

	static double[] softmax(double[] logits) {
		double max = Double.NEGATIVE_INFINITY;
		for (double l : logits) {
			max = Math.max(max, l);
		}
		double[] p = new double[logits.length];
		double sum = 0;
		for (int i = 0; i < logits.length; i++) {
			p[i] = Math.exp(logits[i] - max);
			sum += p[i];
		}
		for (int i = 0; i < p.length; i++) {
			p[i] /= sum;
		}
		return p;
	}

	record Explained(double logit, List<Driver> drivers) {
	}

}

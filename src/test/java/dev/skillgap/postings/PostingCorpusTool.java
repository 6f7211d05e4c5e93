package dev.skillgap.postings;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.skillgap.postings.PostingAnalysis.RoleScore;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The corpus and the role model, by command ({@code db/postings-corpus/corpus.sh}, see
 * docs/postings-model.md):
 * <ul>
 * <li>{@code extract [texts]}: reads the local texts (never in the repository), writes
 * each posting's hash and features to {@code corpus.yaml};</li>
 * <li>{@code freeze}: writes the test split once (a third of each language and role, by
 * hash order), refusing when it exists;</li>
 * <li>{@code baseline [texts]}: the article-signal rules (the analyser before the learned
 * model) on the test split, from the texts;</li>
 * <li>{@code train}: cross-validation on the development data (the corpus less the test
 * split, and the postings written for the project) chooses the regularisation and the
 * mixed ratio; then trains on all of it and writes
 * {@code db/reference/posting-model.yaml};</li>
 * <li>{@code evaluate}: the model on the test split, from the stored features (read once
 * per release).</li>
 * </ul>
 */
public final class PostingCorpusTool {

	static final List<String> WRITTEN = List.of("src/test/resources/postings/postings.yaml",
			"src/test/resources/postings/postings-blind.yaml");

	static final Path MODEL = Path.of("db/reference/posting-model.yaml");

	static final double[] LAMBDAS = { 0.001, 0.003, 0.01, 0.03, 0.1 };

	/**
	 * "Close" means the second has at least half the first's probability: a product
	 * decision, not tuned.
	 */
	static final double[] MIXED_RATIOS = { 0.5, 0.6, 0.7, 0.8 };

	private final PostingDictionary dictionary = ReferenceDictionary.load();

	private final PostingsFile rules = ReferenceDictionary.postings();

	private final PostingAnalyzer.Steps steps = PostingAnalyzer.Steps.of(this.dictionary, this.rules,
			new LevelReader(this.rules.levels(), PostingAnalyzer.normalizer(this.rules)));

	private final PostingAnalyzer analyzer = new PostingAnalyzer(this.dictionary, this.rules);

	private final List<String> roles = this.dictionary.roles()
		.stream()
		.map(PostingDictionary.RoleSignals::roleCode)
		.toList();

	public static void main(String[] args) throws Exception {
		PostingCorpusTool tool = new PostingCorpusTool();
		String command = (args.length > 0) ? args[0] : "help";
		Path texts = Path.of((args.length > 1) ? args[1]
				: System.getenv().getOrDefault("SKILLGAP_POSTING_TEXTS", "/work/postings-texts"));
		switch (command) {
			case "extract" -> tool.extract(texts);
			case "freeze" -> tool.freeze();
			case "baseline" -> tool.baseline(texts);
			case "train" -> tool.train();
			case "evaluate" -> tool.evaluate();
			default -> System.out.println("commands: extract [texts] | freeze | baseline [texts] | train | evaluate");
		}
	}

	private List<PostingCorpus.Text> texts(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter((f) -> f.toString().endsWith(".txt")).sorted().map(PostingCorpus.Text::read).toList();
		}
	}

	void extract(Path directory) throws IOException {
		List<PostingCorpus.Posting> postings = new ArrayList<>();
		Map<String, String> seen = new LinkedHashMap<>();
		for (PostingCorpus.Text text : texts(directory)) {
			String hash = PostingCorpus.hash(this.steps.normalizer(), text.text());
			if (seen.putIfAbsent(hash, text.id()) != null) {
				System.out.println("duplicate of " + seen.get(hash) + ", left out: " + text.id());
				continue;
			}
			ReadPosting read = this.analyzer.read(text.text());
			postings.add(new PostingCorpus.Posting(text.id(), text.url(), text.source(),
					PostingAnalyzer.isJapanese(text.text()) ? "ja" : "en", text.role(), text.second(), hash,
					this.steps.features().extract(read)));
		}
		PostingCorpus.write(postings, PostingFeatures.VERSION);
		Map<String, Long> sources = new TreeMap<>();
		postings.forEach((p) -> sources.merge(p.source(), 1L, Long::sum));
		System.out.printf("%d postings (%d ja, %d en) from %d sources; the largest source has %d (%.0f %%)%n",
				postings.size(), postings.stream().filter((p) -> p.language().equals("ja")).count(),
				postings.stream().filter((p) -> p.language().equals("en")).count(), sources.size(),
				sources.values().stream().mapToLong(Long::longValue).max().orElse(0),
				100.0 * sources.values().stream().mapToLong(Long::longValue).max().orElse(0)
						/ Math.max(1, postings.size()));
	}

	void freeze() throws IOException {
		if (Files.exists(PostingCorpus.TEST_SPLIT)) {
			throw new IllegalStateException(PostingCorpus.TEST_SPLIT + " is frozen: new postings are added to it "
					+ "by hand, a third of each language and role, never by looking at results");
		}
		Map<String, List<PostingCorpus.Posting>> groups = new TreeMap<>();
		PostingCorpus.read()
			.forEach((p) -> groups.computeIfAbsent(p.language() + " " + p.role(), (k) -> new ArrayList<>()).add(p));
		List<String> lines = new ArrayList<>();
		lines.add("# The frozen test split (issue 25): hashes of corpus postings never trained or tuned on.");
		lines.add("# A third of each language and role (every third by hash order, the first included),");
		lines.add("# chosen before the method changed. Read once per release: db/postings-corpus/corpus.sh evaluate");
		for (List<PostingCorpus.Posting> group : groups.values()) {
			group.sort(Comparator.comparing(PostingCorpus.Posting::hash));
			for (int i = 0; i < group.size(); i += 3) {
				lines.add(group.get(i).hash());
			}
		}
		Files.write(PostingCorpus.TEST_SPLIT, lines);
		System.out.println((lines.size() - 3) + " of " + groups.values().stream().mapToInt(List::size).sum()
				+ " postings in the test split");
	}

	/**
	 * The analyser before the learned model: the roles ranked by the article's signals.
	 */
	void baseline(Path directory) throws IOException {
		Set<String> test = PostingCorpus.testSplit();
		Evaluation evaluation = new Evaluation(this.roles);
		for (PostingCorpus.Text text : texts(directory)) {
			String hash = PostingCorpus.hash(this.steps.normalizer(), text.text());
			if (!test.contains(hash)) {
				continue;
			}
			List<String> ranked = this.steps.signals()
				.score(this.analyzer.read(text.text()))
				.stream()
				.map(RoleScore::roleCode)
				.toList();
			evaluation.add(text.id(), text.role(), text.second(), ranked);
		}
		evaluation.print("Article-signal rules (before the learned model) on the frozen test split");
	}

	/** The development data: the corpus less the test split, and the written postings. */
	List<RoleModelTrainer.Example> development() throws IOException {
		Set<String> test = PostingCorpus.testSplit();
		List<RoleModelTrainer.Example> examples = new ArrayList<>();
		for (PostingCorpus.Posting posting : PostingCorpus.read()) {
			if (!test.contains(posting.hash())) {
				examples.add(new RoleModelTrainer.Example(posting.id(), posting.role(), posting.second(),
						posting.features()));
			}
		}
		for (Written written : written()) {
			if (test.contains(written.hash())) {
				throw new IllegalStateException(written.id() + " is a posting of the test split");
			}
			examples.add(new RoleModelTrainer.Example(written.id(), written.role(), null,
					this.steps.features().extract(this.analyzer.read(written.text()))));
		}
		return examples;
	}

	record Written(String id, String role, String text, String hash) {
	}

	/** The postings written for the project (development data, never evidence). */
	List<Written> written() throws IOException {
		List<Written> written = new ArrayList<>();
		for (String path : WRITTEN) {
			try (InputStream in = new FileInputStream(path)) {
				for (JsonNode posting : YAMLMapper.builder().build().readTree(in).get("postings")) {
					String text = posting.get("text").asString();
					written.add(new Written("written:" + posting.get("id").asString(),
							posting.get("expectedRole").asString(), text,
							PostingCorpus.hash(this.steps.normalizer(), text)));
				}
			}
		}
		return written;
	}

	void train() throws IOException {
		List<RoleModelTrainer.Example> examples = development();
		double bestLambda = LAMBDAS[0];
		double bestScore = -1;
		Map<String, List<Map.Entry<String, Double>>> bestPredictions = Map.of();
		for (double lambda : LAMBDAS) {
			Map<String, List<Map.Entry<String, Double>>> predictions = RoleModelTrainer.crossValidate(examples,
					this.roles, lambda, 5, 25);
			Evaluation evaluation = evaluation(examples, predictions);
			// the real postings count first; the written ones break ties
			double score = evaluation.top1(true, "corpus") * 1000 + evaluation.top1(false, "all");
			System.out.printf("lambda %.3f: cross-validated top-1 %.3f (corpus postings %.3f), top-2 %.3f%n", lambda,
					evaluation.top1(false, "all"), evaluation.top1(false, "corpus"), evaluation.top2("all"));
			if (score > bestScore) {
				bestScore = score;
				bestLambda = lambda;
				bestPredictions = predictions;
			}
		}
		double mixedRatio = mixedRatio(examples, bestPredictions);
		Evaluation chosen = evaluation(examples, bestPredictions);
		chosen.print("Cross-validation on the development data (lambda " + bestLambda + ")", true);
		Map<String, Double> figures = new LinkedHashMap<>();
		figures.put("top1", round(chosen.top1(false, "all")));
		figures.put("top1Clear", round(chosen.top1(true, "all")));
		figures.put("top2", round(chosen.top2("all")));
		figures.put("corpusTop1", round(chosen.top1(false, "corpus")));
		figures.put("corpusTop2", round(chosen.top2("corpus")));
		List<String> corpusHashes = PostingCorpus.read()
			.stream()
			.map(PostingCorpus.Posting::hash)
			.filter((h) -> !PostingCorpus.testSplit().contains(h))
			.toList();
		int written = (int) examples.stream().filter((e) -> e.id().startsWith("written:")).count();
		RoleModel model = RoleModelTrainer.train(examples, this.roles, bestLambda, mixedRatio, new RoleModel.Training(
				"db/postings-corpus/corpus.sh train", bestLambda, written, corpusHashes, figures));
		String header = """
				# The learned role model of the posting analyser (issue 25; docs/postings-model.md). Written by
				# db/postings-corpus/corpus.sh train: multinomial logistic regression over PostingFeatures, trained on
				# the development data (the corpus less its frozen test split, and the postings written for the
				# project), the regularisation and the mixed ratio chosen by 5-fold cross-validation on it. Read at
				# start. shared: the weight of each role's own signals, the same for every role; roles: each role's
				# bias and the weights of the posting's features (skill.<code>, cue.<group>, breadth).
				""";
		Files.writeString(MODEL, header + YAMLMapper.builder().build().writeValueAsString(model));
		System.out.printf("wrote %s (lambda %.3f, mixed from %.0f %% of the first)%n", MODEL, bestLambda,
				mixedRatio * 100);
	}

	/**
	 * The mixed ratio with the best agreement (F1) between "mixed" answers and the
	 * postings labelled with a second role, over the cross-validated predictions.
	 */
	private static double mixedRatio(List<RoleModelTrainer.Example> examples,
			Map<String, List<Map.Entry<String, Double>>> predictions) {
		double best = PostingAnalyzer.DEFAULT_MIXED_RATIO;
		double bestF1 = -1;
		for (double ratio : MIXED_RATIOS) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (RoleModelTrainer.Example e : examples) {
				List<Map.Entry<String, Double>> ranked = predictions.get(e.id());
				if (ranked == null) {
					continue;
				}
				boolean mixed = ranked.get(1).getValue() >= ratio * ranked.get(0).getValue();
				boolean labelled = e.second() != null;
				tp += (mixed && labelled) ? 1 : 0;
				fp += (mixed && !labelled) ? 1 : 0;
				fn += (!mixed && labelled) ? 1 : 0;
			}
			double f1 = (tp == 0) ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
			if (f1 > bestF1 + 1e-9) {
				bestF1 = f1;
				best = ratio;
			}
		}
		return best;
	}

	private Evaluation evaluation(List<RoleModelTrainer.Example> examples,
			Map<String, List<Map.Entry<String, Double>>> predictions) {
		Evaluation evaluation = new Evaluation(this.roles);
		for (RoleModelTrainer.Example e : examples) {
			List<Map.Entry<String, Double>> ranked = predictions.get(e.id());
			if (ranked != null) {
				evaluation.add(e.id(), e.role(), e.second(), ranked.stream().map(Map.Entry::getKey).toList());
			}
		}
		return evaluation;
	}

	void evaluate() throws IOException {
		Optional<RoleModel> model = Optional.of(ReferenceDictionary.model());
		Set<String> test = PostingCorpus.testSplit();
		Evaluation evaluation = new Evaluation(this.roles);
		for (PostingCorpus.Posting posting : PostingCorpus.read()) {
			if (test.contains(posting.hash())) {
				List<String> ranked = RoleModelTrainer.rank(model.get(), this.roles, posting.features())
					.stream()
					.map(Map.Entry::getKey)
					.toList();
				evaluation.add(posting.id(), posting.role(), posting.second(), ranked);
			}
		}
		evaluation.print("Learned model on the frozen test split (from the stored features)");
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/** Top-1, top-2 and the confusion matrix of ranked answers. */
	static final class Evaluation {

		private final List<String> roles;

		private final List<Object[]> rows = new ArrayList<>();

		Evaluation(List<String> roles) {
			this.roles = roles;
		}

		void add(String id, String role, String second, List<String> ranked) {
			this.rows.add(new Object[] { id, role, second, ranked });
		}

		@SuppressWarnings("unchecked")
		private Stream<Object[]> of(String which) {
			return this.rows.stream()
				.filter((row) -> which.equals("all")
						|| (which.equals("corpus") != ((String) row[0]).startsWith("written:")));
		}

		@SuppressWarnings("unchecked")
		double top1(boolean clearOnly, String which) {
			List<Object[]> rows = of(which).filter((row) -> !clearOnly || row[2] == null).toList();
			long right = rows.stream().filter((row) -> ((List<String>) row[3]).get(0).equals(row[1])).count();
			return rows.isEmpty() ? Double.NaN : (double) right / rows.size();
		}

		@SuppressWarnings("unchecked")
		double top2(String which) {
			List<Object[]> rows = of(which).toList();
			long right = rows.stream().filter((row) -> {
				List<String> two = ((List<String>) row[3]).subList(0, 2);
				return two.contains((String) row[1]) || (row[2] != null && two.contains((String) row[2]));
			}).count();
			return rows.isEmpty() ? Double.NaN : (double) right / rows.size();
		}

		@SuppressWarnings("unchecked")
		void print(String title) {
			print(title, false);
		}

		/**
		 * @param showMisses whether to name the postings missed (never for the test
		 * split: it is not looked into)
		 */
		void print(String title, boolean showMisses) {
			StringBuilder out = new StringBuilder(String.format("%n%s: %d postings%n", title, this.rows.size()));
			long clear = this.rows.stream().filter((row) -> row[2] == null).count();
			out.append(
					String.format("  top-1 %.1f %% (%d/%d); where the role is clear %.1f %% (of %d); top-2 %.1f %%%n",
							100 * top1(false, "all"),
							this.rows.stream().filter((row) -> ((List<String>) row[3]).get(0).equals(row[1])).count(),
							this.rows.size(), 100 * top1(true, "all"), clear, 100 * top2("all")));
			Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
			this.roles.forEach((role) -> confusion.put(role, new TreeMap<>()));
			for (Object[] row : this.rows) {
				confusion.computeIfAbsent((String) row[1], (k) -> new TreeMap<>())
					.merge(((List<String>) row[3]).get(0), 1, Integer::sum);
			}
			out.append(String.format("  %-24s", "labelled \\ answered"));
			this.roles
				.forEach((role) -> out.append(String.format("%7s", role.substring(0, Math.min(6, role.length())))));
			out.append('\n');
			confusion.forEach((role, got) -> {
				out.append(String.format("  %-24s", role));
				this.roles.forEach((r) -> out.append(String.format("%7d", got.getOrDefault(r, 0))));
				out.append('\n');
			});
			for (Object[] row : showMisses ? this.rows : List.<Object[]>of()) {
				List<String> ranked = (List<String>) row[3];
				if (!ranked.get(0).equals(row[1]) && !((String) row[0]).startsWith("written:")) {
					out.append(String.format("  miss %s: labelled %s%s, answered %s, %s%n", row[0], row[1],
							(row[2] != null) ? " (+" + row[2] + ")" : "", ranked.get(0), ranked.get(1)));
				}
			}
			System.out.print(out);
		}

	}

}

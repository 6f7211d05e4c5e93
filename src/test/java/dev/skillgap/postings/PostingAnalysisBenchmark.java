package dev.skillgap.postings;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The cost of reading a posting against its length (issue 26, item 7): 1 KB to 20 KB of
 * technology names, on one line and on many lines, over the real reference data. Run with
 * {@code bench/postings.sh}: it prints the time per size and the ratio of each size to
 * the one half its size (linear means about 2 for twice the text; the bar is at most 2
 * plus noise).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PostingAnalysisBenchmark {

	/** Characters of posting text. */
	@Param({ "1250", "2500", "5000", "10000", "20000" })
	public int size;

	/** One line, or a line break every few terms. */
	@Param({ "one-line", "many-lines" })
	public String shape;

	private PostingAnalyzer analyzer;

	private String text;

	@Setup
	public void setUp() {
		this.analyzer = ReferenceDictionary.analyzer();
		this.text = text(this.size, this.shape.equals("many-lines"));
	}

	@Benchmark
	public PostingAnalysis analyze() {
		return this.analyzer.analyze(this.text);
	}

	/**
	 * Technology names of both languages, with the words that state a level and a duty
	 * now and then, cut to {@code size} characters.
	 */
	static String text(int size, boolean manyLines) {
		List<String> words = List.of("Linux", "AWS", "Kubernetes", "Terraform", "Ansible", "Cisco", "BGP", "OSPF",
				"PostgreSQL", "MySQL", "Nginx", "Apache", "Docker", "サーバー構築", "ネットワーク設計", "Windows Server", "VMware",
				"Zabbix", "GCP", "Azure", "3年以上", "design", "運用");
		StringBuilder out = new StringBuilder(size + 32);
		int i = 0;
		while (out.length() < size) {
			out.append(words.get(i % words.size()));
			i++;
			out.append((manyLines && i % 6 == 0) ? '\n' : ' ');
		}
		return out.substring(0, size);
	}

	/**
	 * Runs the benchmark (arguments: JMH options, e.g. {@code -f 1 -wi 2}) and prints,
	 * per shape, the time per size and the ratio to the size half as long.
	 */
	public static void main(String[] args) throws Exception {
		Collection<RunResult> results = new Runner(
				new OptionsBuilder().include(PostingAnalysisBenchmark.class.getSimpleName())
					.parent(new org.openjdk.jmh.runner.options.CommandLineOptions(args))
					.build())
			.run();
		Map<String, Map<Integer, Double>> times = new TreeMap<>();
		for (RunResult result : results) {
			String shape = result.getParams().getParam("shape");
			int size = Integer.parseInt(result.getParams().getParam("size"));
			times.computeIfAbsent(shape, (k) -> new TreeMap<>()).put(size, result.getPrimaryResult().getScore());
		}
		StringBuilder out = new StringBuilder(String.format("%nPosting analysis time by text length%n"));
		out.append(String.format("  %-10s %8s %12s %18s%n", "shape", "chars", "µs/analysis", "ratio to half size"));
		double worst = 0;
		for (Map.Entry<String, Map<Integer, Double>> shape : times.entrySet()) {
			Double previous = null;
			for (Map.Entry<Integer, Double> size : shape.getValue().entrySet()) {
				String ratio = "";
				if (previous != null) {
					double r = size.getValue() / previous;
					worst = Math.max(worst, r);
					ratio = String.format("%.2f", r);
				}
				out.append(String.format("  %-10s %8d %12.1f %18s%n", shape.getKey(), size.getKey(), size.getValue(),
						ratio));
				previous = size.getValue();
			}
		}
		out.append(
				String.format("  worst ratio for twice the text: %.2f (linear: about 2; the bar: at most 2)%n", worst));
		System.out.print(out);
	}

}

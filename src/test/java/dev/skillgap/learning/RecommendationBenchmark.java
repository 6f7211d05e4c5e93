package dev.skillgap.learning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.platform.LocalizedText;
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

/**
 * The recommender over a generated catalog (10,000 items by default, as in the issue's
 * target). Run with {@code bench/jmh.sh RecommendationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecommendationBenchmark {

	@Param("10000")
	public int items;

	private List<LearningItem> catalog;

	private RoleProfile role;

	private Map<String, Integer> levels;

	@Setup
	public void generate() {
		List<String> skills = new ArrayList<>();
		for (int i = 0; i < 39; i++) {
			skills.add("skill-" + i);
		}
		Random random = new Random(42);
		this.catalog = new ArrayList<>();
		for (int n = 0; n < this.items; n++) {
			List<String> shuffled = new ArrayList<>(skills);
			Collections.shuffle(shuffled, random);
			List<LearningItem.Raise> raises = new ArrayList<>();
			for (String skill : shuffled.subList(0, 1 + random.nextInt(3))) {
				int from = random.nextInt(5);
				raises.add(new LearningItem.Raise(skill, from, Math.min(5, from + 1 + random.nextInt(2))));
			}
			this.catalog.add(new LearningItem("bench-" + n, "course", new LocalizedText("b", "b"), "Bench", null,
					List.of("en"), 5 + random.nextInt(196), "free", raises));
		}
		List<RoleProfile.Requirement> requirements = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			requirements.add(new RoleProfile.Requirement("skill-" + i, 3 + (i % 3), 1 + (i % 3)));
		}
		this.role = new RoleProfile("role", requirements);
		this.levels = Map.of("skill-0", 4, "skill-1", 4, "skill-2", 3, "skill-3", 3, "skill-4", 3, "skill-5", 2,
				"skill-6", 1, "skill-7", 3, "skill-8", 3, "skill-9", 2);
	}

	@Benchmark
	public List<Recommender.Recommendation> recommend() {
		return Recommender.recommend(this.role, this.levels, this.catalog, Set.of());
	}

	@Benchmark
	public Recommender.LearningPath path() {
		return Recommender.path(this.role, this.levels, this.catalog, Set.of());
	}

}

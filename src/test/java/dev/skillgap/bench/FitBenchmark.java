package dev.skillgap.bench;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.skillgap.gaps.FitCalculator;
import dev.skillgap.gaps.RoleFit;
import dev.skillgap.gaps.RoleProfile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The fit of one person to all six roles, computed from the real role profiles in
 * {@code db/reference/roles.yaml}. Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FitBenchmark {

	private List<RoleProfile> roles;

	private Map<String, Integer> levels;

	@Setup
	public void load() throws Exception {
		try (InputStream in = FitBenchmark.class.getResourceAsStream("/db/reference/roles.yaml")) {
			JsonNode root = YAMLMapper.builder().build().readTree(in);
			this.roles = root.get("roles")
				.valueStream()
				.map((role) -> new RoleProfile(role.get("code").asString(), role.get("requirements")
					.valueStream()
					.flatMap((r) -> (r.get("anyOf") != null)
							? r.get("anyOf")
								.valueStream()
								.map((skill) -> new RoleProfile.Requirement(skill.asString(), r.get("target").asInt(),
										r.get("weight").asInt(), r.get("anyOf").get(0).asString()))
							: java.util.stream.Stream.of(new RoleProfile.Requirement(r.get("skill").asString(),
									r.get("target").asInt(), r.get("weight").asInt())))
					.toList()))
				.toList();
		}
		// a person who recorded ten skills, as in the scenario
		this.levels = new HashMap<>(Map.of("linux-administration", 4, "troubleshooting", 4, "web-servers", 3,
				"server-hardening", 3, "backup-recovery", 3, "network-fundamentals", 2, "aws", 1, "shell-scripting", 3,
				"monitoring", 3, "mail-servers", 2));
	}

	@Benchmark
	public List<RoleFit> fitToAllSixRoles() {
		return FitCalculator.rank(this.roles, this.levels);
	}

}

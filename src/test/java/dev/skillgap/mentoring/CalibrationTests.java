package dev.skillgap.mentoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.skillgap.RandomCases;
import dev.skillgap.skills.CalibrationPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationTests {

	static final UUID MENTOR = UUID.randomUUID();

	@Test
	void overAndUnderRatingAreCountedAndTheMeanDifferenceSigned() {
		List<Calibration> perSkill = Calibration.perSkill(
				List.of(point("linux", 5, 3), point("linux", 2, 3), point("linux", 3, 3), point("network", 4, 2)));
		assertThat(perSkill).containsExactly(new Calibration("linux", 3, 1, 1, 1, 0.3),
				new Calibration("network", 1, 1, 0, 0, 2.0));
	}

	@Test
	void countsAlwaysAddUpAndTheMeanLiesBetweenTheExtremes() {
		RandomCases.forAll(200, (random) -> {
			List<CalibrationPoint> points = new ArrayList<>();
			int n = random.between(1, 30);
			for (int i = 0; i < n; i++) {
				points.add(point("s", random.between(0, 5), random.between(0, 5)));
			}
			Calibration c = Calibration.of("s", points);
			int min = points.stream().mapToInt(CalibrationPoint::difference).min().orElseThrow();
			int max = points.stream().mapToInt(CalibrationPoint::difference).max().orElseThrow();
			assertThat(c.overRated() + c.underRated() + c.matched()).isEqualTo(n);
			assertThat(c.meanDifference()).isBetween(min - 0.05, max + 0.05);
		});
	}

	private static CalibrationPoint point(String skill, int self, int validated) {
		return new CalibrationPoint(UUID.randomUUID(), skill, self, validated, MENTOR, Instant.now());
	}

}

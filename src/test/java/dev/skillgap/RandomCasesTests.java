package dev.skillgap;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RandomCasesTests {

	private final String seedBefore = System.getProperty(RandomCases.SEED_PROPERTY);

	@AfterEach
	void restoreTheSeed() {
		if (this.seedBefore == null) {
			System.clearProperty(RandomCases.SEED_PROPERTY);
		}
		else {
			System.setProperty(RandomCases.SEED_PROPERTY, this.seedBefore);
		}
	}

	@Test
	void everyCaseIsChecked() {
		List<Integer> seen = new ArrayList<>();
		RandomCases.forAll((random) -> seen.add(random.between(0, 9)));
		assertThat(seen).hasSize(RandomCases.CASES);
		assertThat(seen).allSatisfy((n) -> assertThat(n).isBetween(0, 9));
		assertThat(seen).as("both ends are drawn").contains(0, 9);
	}

	@Test
	void aFailureNamesTheSeedAndTheCase() {
		System.setProperty(RandomCases.SEED_PROPERTY, "1234");
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> RandomCases.forAll((random) -> assertThat(random.between(0, 9)).isLessThan(9)))
			.withMessageContaining("seed 1234")
			.withMessageContaining("-Dskillgap.test.seed=1234")
			.withMessageContaining("case ")
			.withMessageContaining("9");
	}

	@Test
	void theSameSeedDrawsTheSameInputs() {
		System.setProperty(RandomCases.SEED_PROPERTY, "-42");
		List<Integer> first = new ArrayList<>();
		RandomCases.forAll(100, (random) -> first.add(random.between(0, 1_000_000)));
		List<Integer> second = new ArrayList<>();
		RandomCases.forAll(100, (random) -> second.add(random.between(0, 1_000_000)));
		assertThat(second).isEqualTo(first);
	}

}

package dev.skillgap;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Property tests as plain JUnit tests: a property is checked on many inputs drawn from a
 * seeded random generator. The seed is new on every run unless the system property
 * {@value #SEED_PROPERTY} gives it; a failing case names the seed, so that
 * {@code -Dskillgap.test.seed=...} draws the very same inputs again.
 */
public final class RandomCases {

	/** The system property that fixes the seed. */
	public static final String SEED_PROPERTY = "skillgap.test.seed";

	/** How many cases a property is checked on unless it says otherwise. */
	public static final int CASES = 1000;

	private final SplittableRandom random;

	private RandomCases(SplittableRandom random) {
		this.random = random;
	}

	/**
	 * Checks the property on {@link #CASES} inputs.
	 * @throws AssertionError the first failure, with the seed and the case in its message
	 */
	public static void forAll(Property property) {
		forAll(CASES, property);
	}

	/**
	 * Checks the property on {@code cases} inputs, each drawn from its own generator
	 * split off the seeded one.
	 * @throws AssertionError the first failure, with the seed and the case in its message
	 */
	public static void forAll(int cases, Property property) {
		long seed = seed();
		SplittableRandom root = new SplittableRandom(seed);
		for (int i = 0; i < cases; i++) {
			RandomCases generator = new RandomCases(root.split());
			try {
				property.check(generator);
			}
			catch (Exception | AssertionError failure) {
				throw new AssertionError("Property failed on case " + (i + 1) + " of " + cases + " (seed " + seed
						+ "; run again with -D" + SEED_PROPERTY + "=" + seed + "): " + failure.getMessage(), failure);
			}
		}
	}

	private static long seed() {
		String fixed = System.getProperty(SEED_PROPERTY);
		if (fixed != null && !fixed.isBlank()) {
			return Long.parseLong(fixed.strip());
		}
		return new SplittableRandom().nextLong();
	}

	/** A whole number from {@code min} to {@code max}, both included. */
	public int between(int min, int max) {
		return this.random.nextInt(min, max + 1);
	}

	/** One of the values, each as likely. */
	public <T> T oneOf(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	/** {@code count} different values of the list, in random order. */
	public <T> List<T> distinct(List<T> values, int count) {
		List<T> left = new ArrayList<>(values);
		List<T> picked = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			picked.add(left.remove(this.random.nextInt(left.size())));
		}
		return picked;
	}

	/** A list of {@code min} to {@code max} values. */
	public <T> List<T> listOf(int min, int max, Supplier<T> value) {
		int size = between(min, max);
		List<T> values = new ArrayList<>(size);
		for (int i = 0; i < size; i++) {
			values.add(value.get());
		}
		return values;
	}

	/** A property of one input, drawn from the generator. */
	@FunctionalInterface
	public interface Property {

		void check(RandomCases random) throws Exception;

	}

}

package dev.skillgap.learning;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a learner prefers when choosing what to learn; it decides which items rank first
 * (see {@link Recommender}).
 */
public enum Preference {

	/**
	 * Fundamentals first, then weighted gap closed per hour, a certification or exam
	 * counting half as much again (it is evidence others recognise).
	 */
	BALANCED,

	/** Only the weighted gap closed per hour: the quickest progress. */
	FASTEST,

	/** Certifications and exams first: a credential others recognise. */
	CREDENTIAL,

	/** Free items first. */
	FREE,

	/** Items offered in Japanese first. */
	JAPANESE;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static Preference of(String code) {
		return Arrays.stream(values())
			.filter((p) -> p.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown preference " + code));
	}

}

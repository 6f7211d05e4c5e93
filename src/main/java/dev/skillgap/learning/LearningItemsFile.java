package dev.skillgap.learning;

import java.util.List;

import dev.skillgap.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** The shape of {@code db/reference/learning-items.yaml}. */
record LearningItemsFile(List<Entry> items) {

	/**
	 * @param itss for a certification or exam, the ITSS level it shows (where known; see
	 * {@link LevelJumps}); never stored, it bounds the levels the item may raise
	 */
	record Entry(String code, String kind, LocalizedText title, String provider, @Nullable String url,
			List<String> languages, int hours, String cost, @Nullable Integer itss, List<Raise> raises,
			@Nullable Validity validity) {
	}

	/**
	 * How long a certification stays valid, as its provider publishes it.
	 *
	 * @param months the period, or null with {@code lifetime}
	 * @param lifetime it never expires (IPA exams)
	 * @param renewal how to renew it
	 */
	record Validity(@Nullable Integer months, @Nullable Boolean lifetime, @Nullable LocalizedText renewal) {
	}

	record Raise(String skill, int from, int to) {
	}

}

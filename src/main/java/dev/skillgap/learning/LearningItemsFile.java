package dev.skillgap.learning;

import java.util.List;

import dev.skillgap.platform.LocalizedText;

/** The shape of {@code db/reference/learning-items.yaml}. */
record LearningItemsFile(List<Entry> items) {

	record Entry(String code, String kind, LocalizedText title, String provider, String url, List<String> languages,
			int hours, String cost, List<Raise> raises) {
	}

	record Raise(String skill, int from, int to) {
	}

}

package dev.skillgap.learning;

import java.util.ArrayList;
import java.util.List;

import dev.skillgap.platform.LocalizedText;

/**
 * Builds catalog items for tests:
 * {@code item("ccna").hours(150).raises("network", 1, 3).build()}.
 */
final class LearningItemBuilder {

	private final String code;

	private int hours = 10;

	private final List<LearningItem.Raise> raises = new ArrayList<>();

	private String kind = "course";

	private String cost = "free";

	private List<String> languages = List.of("en");

	private LearningItemBuilder(String code) {
		this.code = code;
	}

	static LearningItemBuilder item(String code) {
		return new LearningItemBuilder(code);
	}

	LearningItemBuilder hours(int hours) {
		this.hours = hours;
		return this;
	}

	LearningItemBuilder kind(String kind) {
		this.kind = kind;
		return this;
	}

	LearningItemBuilder paid() {
		this.cost = "paid";
		return this;
	}

	LearningItemBuilder languages(String... languages) {
		this.languages = List.of(languages);
		return this;
	}

	LearningItemBuilder raises(String skill, int from, int to) {
		this.raises.add(new LearningItem.Raise(skill, from, to));
		return this;
	}

	LearningItem build() {
		return new LearningItem(this.code, this.kind, new LocalizedText(this.code, this.code), "Provider", null,
				this.languages, this.hours, this.cost, List.copyOf(this.raises));
	}

}

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

	LearningItemBuilder raises(String skill, int from, int to) {
		this.raises.add(new LearningItem.Raise(skill, from, to));
		return this;
	}

	LearningItem build() {
		return new LearningItem(this.code, "course", new LocalizedText(this.code, this.code), "Provider", null,
				List.of("en"), this.hours, "free", List.copyOf(this.raises));
	}

}

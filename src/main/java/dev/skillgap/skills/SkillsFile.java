package dev.skillgap.skills;

import java.util.List;

import dev.skillgap.platform.LocalizedText;

/** The shape of {@code db/reference/skills.yaml}. */
record SkillsFile(List<Scale> scale, List<Category> categories, List<Entry> skills) {

	record Scale(int level, LocalizedText name, LocalizedText description, String itss, String sfia) {
	}

	record Category(String code, LocalizedText name) {
	}

	record Entry(String code, String category, LocalizedText name, LocalizedText description, List<Level> levels,
			Terms terms) {
	}

	record Level(int level, String en, String ja) {
	}

	record Terms(List<String> en, List<String> ja) {
	}

}

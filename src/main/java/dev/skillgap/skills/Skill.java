package dev.skillgap.skills;

import java.util.List;
import java.util.Map;

import dev.skillgap.platform.LocalizedText;

/**
 * One skill of the taxonomy.
 *
 * @param levels what a person at each level 0..5 can do, in both languages
 * @param terms the job-posting term dictionary, per language ({@code en}, {@code ja})
 */
public record Skill(String code, String categoryCode, LocalizedText name, LocalizedText description,
		List<LocalizedText> levels, Map<String, List<String>> terms) {
}

package dev.skillgap.learning;

import java.util.List;

import dev.skillgap.platform.LocalizedText;

/**
 * A real certification, exam, course, book, lab or piece of documentation.
 *
 * @param url the provider's page, when known for sure
 * @param languages languages the material is offered in
 * @param hours estimated study hours
 * @param raises which skills it raises, from which level to which
 */
public record LearningItem(String code, String kind, LocalizedText title, String provider, String url,
		List<String> languages, int hours, String cost, List<Raise> raises) {

	/**
	 * The raises still above the learner's levels: what finishing the item would change
	 * (applying a finished item's levels leaves none).
	 */
	public List<Raise> raisesAbove(java.util.Map<String, Integer> current) {
		return this.raises.stream().filter((r) -> current.getOrDefault(r.skillCode(), 0) < r.to()).toList();
	}

	/** Takes a skill from level {@code from} to level {@code to}. */
	public record Raise(String skillCode, int from, int to) {
	}

}

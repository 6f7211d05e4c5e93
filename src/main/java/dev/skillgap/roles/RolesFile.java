package dev.skillgap.roles;

import java.util.List;

import dev.skillgap.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/** The shape of {@code db/reference/roles.yaml}. */
record RolesFile(List<Entry> roles) {

	record Entry(String code, LocalizedText name, LocalizedText summary, String articleLines, List<String> nextRoles,
			List<Requirement> requirements, Phrases postingDuties) {
	}

	/**
	 * One requirement: either one {@code skill}, or {@code anyOf} alternatives (the best
	 * member counts) sharing target, weight and rationale.
	 *
	 * @param citations the article lines the rationale cites, each with a phrase quoted
	 * from that line ({@code RolesFileTests} checks them against the article)
	 * @param inferred whether the requirement is an inference rather than something the
	 * article says (its rationale then starts "Inferred:" / "推定：")
	 */
	record Requirement(@Nullable String skill, @Nullable List<String> anyOf, int target, int weight,
			LocalizedText rationale, @Nullable List<Citation> citations, @Nullable Boolean inferred) {

		boolean isInferred() {
			return Boolean.TRUE.equals(this.inferred);
		}

		/** The skills this requirement names: its skill, or its alternatives. */
		List<String> skills() {
			if (this.anyOf != null && !this.anyOf.isEmpty()) {
				return this.anyOf;
			}
			return (this.skill == null) ? List.of() : List.of(this.skill);
		}

		/** The group code of alternatives (the first member's code), or null. */
		@Nullable String group() {
			return (this.anyOf != null && !this.anyOf.isEmpty()) ? this.anyOf.get(0) : null;
		}

	}

	/** A line of the source article and a phrase quoted from it. */
	record Citation(int line, String quote) {
	}

	record Phrases(List<String> en, List<String> ja) {
	}

}

package dev.skillgap.roles;

import java.util.List;

import dev.skillgap.platform.LocalizedText;

/** The shape of {@code db/reference/roles.yaml}. */
record RolesFile(List<Entry> roles) {

	record Entry(String code, LocalizedText name, LocalizedText summary, String articleLines, List<String> nextRoles,
			List<Requirement> requirements, Phrases postingDuties) {
	}

	record Requirement(String skill, int target, int weight, LocalizedText rationale) {
	}

	record Phrases(List<String> en, List<String> ja) {
	}

}

package dev.skillgap.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds role profiles for engine tests:
 * {@code role("server").requires("linux", 5, 3).build()}.
 */
final class RoleProfileBuilder {

	private final String code;

	private final List<RoleProfile.Requirement> requirements = new ArrayList<>();

	private RoleProfileBuilder(String code) {
		this.code = code;
	}

	static RoleProfileBuilder role(String code) {
		return new RoleProfileBuilder(code);
	}

	RoleProfileBuilder requires(String skill, int target, int weight) {
		this.requirements.add(new RoleProfile.Requirement(skill, target, weight));
		return this;
	}

	/** Alternatives: any one of the skills meets the requirement (the best counts). */
	RoleProfileBuilder requiresAnyOf(List<String> skills, int target, int weight) {
		skills.forEach(
				(skill) -> this.requirements.add(new RoleProfile.Requirement(skill, target, weight, skills.get(0))));
		return this;
	}

	RoleProfile build() {
		return new RoleProfile(this.code, List.copyOf(this.requirements));
	}

}

package dev.skillgap.teams;

import java.util.Optional;

/**
 * A person's role on a team: a lead sees and changes everything, a member the aggregates.
 */
public enum TeamRole {

	LEAD("lead"), MEMBER("member");

	private final String code;

	TeamRole(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	/** The role with this code, empty for anything else (null included). */
	public static Optional<TeamRole> find(String code) {
		for (TeamRole role : values()) {
			if (role.code.equals(code)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

	public static TeamRole of(String code) {
		return find(code).orElseThrow(() -> new IllegalArgumentException(code));
	}

}

package dev.skillgap.learning;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a suggestion comes from, named wherever it is shown: a mentor, or a lead through
 * a team (with the team and its name when suggested).
 *
 * @param kind {@code mentor} or {@code team}
 */
public record SuggestionSource(String kind, @Nullable UUID teamId, @Nullable String teamName) {

	public static final String MENTOR = "mentor";

	public static final String TEAM = "team";

	public static SuggestionSource mentor() {
		return new SuggestionSource(MENTOR, null, null);
	}

	public static SuggestionSource team(UUID teamId, String teamName) {
		return new SuggestionSource(TEAM, teamId, teamName);
	}

	public boolean isTeam() {
		return TEAM.equals(this.kind);
	}

}

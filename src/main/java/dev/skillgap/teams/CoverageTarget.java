package dev.skillgap.teams;

/**
 * What the team needs of one skill: at least {@code required} people at
 * {@code targetLevel} or above.
 *
 * @param source where it comes from: {@code team} (the lead set it), {@code role-mix}
 * (derived from the team's role mix and the role profiles) or {@code default} (a team
 * with no targets: every skill a role profile requires, level 3, two people)
 */
public record CoverageTarget(String skillCode, int targetLevel, int required, String source) {

	public static final String TEAM = "team";

	public static final String ROLE_MIX = "role-mix";

	public static final String DEFAULT = "default";

	/** The level a team with no targets asks of every skill a role profile requires. */
	public static final int DEFAULT_LEVEL = 3;

	/** How many people a team with no targets asks at that level. */
	public static final int DEFAULT_REQUIRED = 2;

}

package dev.skillgap.teams;

/** One line of a team's role mix: how many people the team needs in a role. */
public record RoleHeadcount(String roleCode, int headcount) {
}

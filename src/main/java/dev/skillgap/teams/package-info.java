/**
 * Teams planning training. Anyone creates a team and leads it; leads invite members by
 * email and members accept. A team is one of the access policy's
 * {@link dev.skillgap.access.Groups}: leads see individual (effective) levels, members
 * the team's aggregates only, anyone else nothing (404). Leads set targets (a role mix
 * and coverage per skill), see the heatmap, coverage and risk, build a training plan
 * whose items go to members as plan suggestions, and read the hiring brief. Every
 * team-wide view comes from a fixed number of queries whatever the team's size.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teams",
		allowedDependencies = { "access", "activity", "gaps", "identity", "learning", "platform", "roles", "skills" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.teams;

package dev.skillgap.teams.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The bodies of the team views' answers. */
final class TeamViewResponses {

	private TeamViewResponses() {
	}

	record SkillColumn(String code, String name, String category) {
	}

	/**
	 * A member's row on the heatmap.
	 *
	 * @param targetRole the member's target role on the team (or their own goal role), or
	 * null
	 * @param targetSource {@code own}, {@code lead} or {@code goal}, null with no target
	 * role
	 * @param fitRole the role {@code fit} is measured against: the target role, or the
	 * best-fit role when there is none; null with no target role and no level yet
	 * @param fit 0 to 1
	 * @param gap levels missing to the fit role's targets
	 * @param levels effective level per skill column the member assessed
	 * @param unvalidated skill columns whose level is the member's own (no newer
	 * validation)
	 * @param stale skill columns not updated or validated for 6 months
	 */
	record HeatmapMember(UUID id, String displayName, @Nullable String targetRole, @Nullable String targetSource,
			@Nullable String fitRole, double fit, int gap, Map<String, Integer> levels, List<String> unvalidated,
			List<String> stale) {
	}

	record PageInfo(int number, int size, long totalElements, int totalPages) {
	}

	record HeatmapResponse(List<SkillColumn> skills, List<HeatmapMember> members, PageInfo page, String sort,
			String direction) {
	}

	/**
	 * @param counts members at level 1, 2, 3, 4, 5; null while the counts are hidden
	 * @param unassessed members at level 0 or who never assessed it; null while the
	 * counts are hidden
	 */
	record AggregateSkill(String code, String name, String category, @Nullable List<Integer> counts,
			@Nullable Integer unassessed) {
	}

	/**
	 * @param countsHidden the counts are hidden from me: the team has fewer people than
	 * minGroupSize and I am not a lead
	 * @param minGroupSize the fewest people counts are shown over (to members)
	 */
	record AggregateResponse(int memberCount, boolean countsHidden, int minGroupSize, List<AggregateSkill> skills) {
	}

	/**
	 * One skill's coverage (see {@code Coverage} for the risk formula). The counts (from
	 * holders to risk) are null while they are hidden from me (a member of a team with
	 * fewer people than the minimum group size), and the rows then come by skill name.
	 *
	 * @param holders members at or above the target level
	 * @param busFactor = holders
	 * @param singlePointOfFailure required and held by one person or none
	 * @param experts holders at level 4 or more (can teach)
	 * @param practitioners holders below level 4
	 * @param novices members at level 1 up to the target
	 * @param risk 0 to 100, higher is worse
	 * @param source {@code team}, {@code role-mix} or {@code default}
	 */
	record CoverageResponse(String skillCode, String name, int targetLevel, @Nullable Integer holders, int required,
			@Nullable Boolean met, @Nullable Integer busFactor, @Nullable Boolean singlePointOfFailure,
			@Nullable Integer experts, @Nullable Integer practitioners, @Nullable Integer novices,
			@Nullable Integer risk, String source) {
	}

	record StaleAssessment(UUID memberId, String displayName, String skillCode, String skillName, int level,
			Instant assessedAt) {
	}

	record StaleResponse(int months, List<StaleAssessment> assessments) {
	}

	record ReassessmentResponse(UUID id, List<UUID> memberIds, List<String> skillCodes, Instant createdAt) {
	}

}

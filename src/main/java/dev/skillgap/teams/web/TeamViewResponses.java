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
	 * @param counts members at level 1, 2, 3, 4, 5
	 * @param unassessed members at level 0 or who never assessed it
	 */
	record AggregateSkill(String code, String name, String category, List<Integer> counts, int unassessed) {
	}

	record AggregateResponse(int memberCount, List<AggregateSkill> skills) {
	}

	/**
	 * One skill's coverage (see {@code Coverage} for the risk formula).
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
	record CoverageResponse(String skillCode, String name, int targetLevel, int holders, int required, boolean met,
			int busFactor, boolean singlePointOfFailure, int experts, int practitioners, int novices, int risk,
			String source) {
	}

	record StaleAssessment(UUID memberId, String displayName, String skillCode, String skillName, int level,
			Instant assessedAt) {
	}

	record StaleResponse(int months, List<StaleAssessment> assessments) {
	}

	/**
	 * @param memberIds the members asked
	 * @param skillCodes every skill anyone was asked about
	 * @param asked what each member was asked (only skills stale for them)
	 */
	record ReassessmentResponse(UUID id, List<UUID> memberIds, List<String> skillCodes, List<AskedResponse> asked,
			Instant createdAt) {
	}

	record AskedResponse(UUID memberId, List<String> skillCodes) {
	}

	/** Who asked ({@code id} null once their account is deleted). */
	record RequesterResponse(@Nullable UUID id, String displayName) {
	}

	/**
	 * A request to reassess, as the member asked sees it.
	 *
	 * @param skillCodes the skills I was asked about (only mine)
	 * @param skillNames their names, in the same order
	 * @param reassessedSkillCodes those of them I reassessed since
	 */
	record MyReassessmentResponse(UUID id, TeamResponses.TeamRef team, RequesterResponse requestedBy,
			List<String> skillCodes, List<String> skillNames, List<String> reassessedSkillCodes, Instant requestedAt) {
	}

}

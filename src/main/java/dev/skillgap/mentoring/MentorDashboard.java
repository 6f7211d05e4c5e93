package dev.skillgap.mentoring;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.activity.Activities;
import dev.skillgap.activity.LastActivity;
import dev.skillgap.gaps.FitService;
import dev.skillgap.gaps.RoleFit;
import dev.skillgap.identity.Accounts;
import dev.skillgap.learning.LearningPlans;
import dev.skillgap.learning.LearningPlans.GoalStatus;
import dev.skillgap.skills.SkillLevels;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All of a mentor's active mentees at a glance, in a fixed number of queries whatever the
 * number of mentees (one per kind of fact: mentorships, names, levels, goals, plans, last
 * activity, open review requests, never-validated skills); the fits are computed in
 * memory.
 */
@Service
public class MentorDashboard {

	private final Mentorships mentorships;

	private final Accounts accounts;

	private final SkillLevels levels;

	private final FitService fits;

	private final LearningPlans plans;

	private final Activities activities;

	private final ReviewRequests requests;

	MentorDashboard(Mentorships mentorships, Accounts accounts, SkillLevels levels, FitService fits,
			LearningPlans plans, Activities activities, ReviewRequests requests) {
		this.mentorships = mentorships;
		this.accounts = accounts;
		this.levels = levels;
		this.fits = fits;
		this.plans = plans;
		this.activities = activities;
		this.requests = requests;
	}

	@Transactional(readOnly = true)
	public List<MenteeSummary> of(UUID mentorId) {
		return summaries(mentorId, this.mentorships.activeMentees(mentorId));
	}

	/** One active mentee's summary, computed for that mentee only. */
	@Transactional(readOnly = true)
	public Optional<MenteeSummary> of(UUID mentorId, UUID menteeId) {
		List<Mentorship> active = this.mentorships.activeMentees(mentorId)
			.stream()
			.filter((m) -> m.menteeId().equals(menteeId))
			.toList();
		return summaries(mentorId, active).stream().findFirst();
	}

	private List<MenteeSummary> summaries(UUID mentorId, List<Mentorship> active) {
		if (active.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = active.stream().map(Mentorship::menteeId).toList();
		Map<UUID, String> names = this.accounts.displayNames(ids);
		Map<UUID, Map<String, Integer>> levels = this.levels.currentLevels(ids);
		Map<UUID, GoalStatus> goals = this.plans.goals(ids, levels);
		Map<UUID, LastActivity> activity = this.activities.lastActivity(ids);
		Map<UUID, Integer> openRequests = this.requests.openCounts(mentorId);
		Map<UUID, Integer> neverValidated = this.levels.neverValidatedCounts(ids);
		return active.stream().map((m) -> {
			UUID id = m.menteeId();
			Map<String, Integer> own = levels.getOrDefault(id, Map.of());
			RoleFit best = own.isEmpty() ? null : this.fits.rank(own).get(0);
			return new MenteeSummary(id, m.id(), names.getOrDefault(id, "?"), m.acceptedAt(), best, goals.get(id),
					activity.get(id), openRequests.getOrDefault(id, 0), neverValidated.getOrDefault(id, 0));
		}).sorted(Comparator.comparing(MenteeSummary::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/**
	 * @param bestFit the best-fitting role, {@code null} before any level is recorded
	 * @param goal the mentee's goal with their pace, if set
	 * @param openReviewRequests open requests to this mentor
	 * @param neverValidated skills the mentee assessed themself that no mentor validated
	 * yet
	 */
	public record MenteeSummary(UUID id, UUID mentorshipId, String displayName, @Nullable Instant since,
			@Nullable RoleFit bestFit, @Nullable GoalStatus goal, @Nullable LastActivity lastActivity,
			int openReviewRequests, int neverValidated) {
	}

}

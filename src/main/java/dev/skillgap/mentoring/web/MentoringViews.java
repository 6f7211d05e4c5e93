package dev.skillgap.mentoring.web;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.activity.LastActivity;
import dev.skillgap.identity.Accounts;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.LearningPlans.GoalStatus;
import dev.skillgap.learning.Pace;
import dev.skillgap.mentoring.Calibration;
import dev.skillgap.mentoring.MentorDashboard.MenteeSummary;
import dev.skillgap.mentoring.Review;
import dev.skillgap.mentoring.ReviewEdit;
import dev.skillgap.mentoring.ReviewRequest;
import dev.skillgap.mentoring.web.MentoringResponses.AuthorResponse;
import dev.skillgap.mentoring.web.MentoringResponses.BestFitResponse;
import dev.skillgap.mentoring.web.MentoringResponses.CalibrationResponse;
import dev.skillgap.mentoring.web.MentoringResponses.GoalSummaryResponse;
import dev.skillgap.mentoring.web.MentoringResponses.LastActivityResponse;
import dev.skillgap.mentoring.web.MentoringResponses.MenteeResponse;
import dev.skillgap.mentoring.web.MentoringResponses.PersonResponse;
import dev.skillgap.mentoring.web.MentoringResponses.ReviewEditResponse;
import dev.skillgap.mentoring.web.MentoringResponses.ReviewRequestResponse;
import dev.skillgap.mentoring.web.MentoringResponses.ReviewResponse;
import dev.skillgap.mentoring.web.MentoringResponses.SkillRef;
import dev.skillgap.platform.Shares;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillCatalog;

import org.springframework.stereotype.Component;

/**
 * Turns the mentoring module's records into response bodies, with names in the reader's
 * language.
 */
@Component
class MentoringViews {

	private final Accounts accounts;

	private final SkillCatalog skills;

	private final RoleCatalog roles;

	private final LearningCatalog items;

	MentoringViews(Accounts accounts, SkillCatalog skills, RoleCatalog roles, LearningCatalog items) {
		this.accounts = accounts;
		this.skills = skills;
		this.roles = roles;
		this.items = items;
	}

	/**
	 * The activity's subject by name in the reader's language (the code when it is
	 * unknown).
	 */
	String subjectName(LastActivity activity, Locale locale) {
		return switch (activity.kind()) {
			case SKILL_LEVEL_RECORDED -> skillName(activity.subject(), locale);
			case GOAL_SET -> this.roles.name(activity.subject()).in(locale);
			case PLAN_ITEM_ADDED,
					PLAN_ITEM_COMPLETED ->
				this.items.findIncludingRetired(activity.subject())
					.map((item) -> item.title().in(locale))
					.orElse(activity.subject());
		};
	}

	String skillName(String code, Locale locale) {
		return this.skills.name(code).in(locale);
	}

	MenteeResponse mentee(MenteeSummary s, Locale locale) {
		return new MenteeResponse(s.id(), s.mentorshipId(), s.displayName(), s.since(),
				(s.bestFit() == null) ? null
						: new BestFitResponse(s.bestFit().roleCode(),
								this.roles.name(s.bestFit().roleCode()).in(locale), Shares.round(s.bestFit().fit())),
				(s.goal() == null) ? null : goal(s.goal(), locale),
				(s.lastActivity() == null) ? null : new LastActivityResponse(s.lastActivity().at(),
						s.lastActivity().kind().code(), subjectName(s.lastActivity(), locale)),
				s.openReviewRequests(), s.neverValidated());
	}

	private GoalSummaryResponse goal(GoalStatus goal, Locale locale) {
		Pace pace = goal.pace();
		return new GoalSummaryResponse(goal.roleCode(), this.roles.name(goal.roleCode()).in(locale), goal.targetDate(),
				Shares.round(goal.fit()), pace.status(), pace.onTrack(), pace.hoursLogged(), pace.hoursPerWeek(),
				pace.remainingHours(), pace.requiredHoursPerWeek(), pace.projectedDate());
	}

	List<ReviewRequestResponse> requests(List<ReviewRequest> requests, Locale locale) {
		Set<UUID> people = new HashSet<>();
		requests.forEach((r) -> {
			people.add(r.menteeId());
			people.add(r.mentorId());
		});
		Map<UUID, String> names = this.accounts.displayNames(people);
		return requests.stream()
			.map((r) -> new ReviewRequestResponse(r.id(), r.mentorshipId(),
					new PersonResponse(r.menteeId(), names.getOrDefault(r.menteeId(), "?")),
					new PersonResponse(r.mentorId(), names.getOrDefault(r.mentorId(), "?")),
					r.skillCodes().stream().map((c) -> new SkillRef(c, skillName(c, locale))).toList(),
					r.validatedSkillCodes(), r.note(), r.status(), r.createdAt(), r.closedAt()))
			.toList();
	}

	ReviewResponse review(Review r, UUID caller) {
		String role = r.menteeId().equals(r.authorId()) ? "mentee" : "mentor";
		return new ReviewResponse(r.id(), new AuthorResponse(r.authorId(), r.authorName(), role), r.body(),
				r.createdAt(), r.editedAt(), r.editCount(), caller.equals(r.authorId()),
				r.replies().stream().map((reply) -> review(reply, caller)).toList());
	}

	List<ReviewEditResponse> edits(UUID menteeId, List<ReviewEdit> edits) {
		return edits.stream()
			.map((e) -> new ReviewEditResponse(new AuthorResponse(e.editorId(), e.editorName(),
					menteeId.equals(e.editorId()) ? "mentee" : "mentor"), e.previousBody(), e.editedAt()))
			.toList();
	}

	List<CalibrationResponse> calibration(List<Calibration> calibration, Locale locale) {
		return calibration.stream()
			.map((c) -> new CalibrationResponse(c.skillCode(), skillName(c.skillCode(), locale), c.validations(),
					c.overRated(), c.underRated(), c.matched(), c.meanDifference()))
			.toList();
	}

}

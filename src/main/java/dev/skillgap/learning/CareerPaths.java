package dev.skillgap.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.skillgap.gaps.FitService;
import dev.skillgap.gaps.RoleFit;
import dev.skillgap.roles.Role;
import dev.skillgap.roles.RoleCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The career graph the article draws (infrastructure -> cloud, network; server -> DevOps,
 * system architect) seen from where the learner stands: their current role (chosen, or
 * the best fit) and, for each next step, the fit, the gaps and the estimated hours.
 */
@Service
public class CareerPaths {

	private final RoleCatalog roles;

	private final FitService fits;

	private final Recommendations recommendations;

	private final PlanRepository plans;

	CareerPaths(RoleCatalog roles, FitService fits, Recommendations recommendations, PlanRepository plans) {
		this.roles = roles;
		this.fits = fits;
		this.recommendations = recommendations;
		this.plans = plans;
	}

	public Career career(UUID account) {
		Map<String, Integer> levels = this.fits.currentLevels(account);
		List<RoleFit> ranking = this.fits.rank(levels);
		Map<String, RoleFit> byRole = ranking.stream().collect(Collectors.toMap(RoleFit::roleCode, (f) -> f));
		// a chosen role that was retired since counts as no choice: follow the best fit
		String chosen = this.plans.findCareerPosition(account)
			.filter((code) -> this.roles.find(code).isPresent())
			.orElse(null);
		String current = chosen != null ? chosen : ranking.get(0).roleCode();
		Set<String> done = this.plans.plan(account).done();
		List<NextStep> next = this.roles.get(current).nextRoles().stream().map((code) -> {
			Recommender.LearningPath path = this.recommendations.path(this.fits.profile(code), levels, done);
			return new NextStep(byRole.get(code), path.totalHours(), path.steps().size(), path.unclosed().size());
		}).toList();
		List<Edge> edges = this.roles.roles()
			.stream()
			.flatMap((role) -> role.nextRoles().stream().map((to) -> new Edge(role.code(), to)))
			.toList();
		List<RoleFit> nodes = this.roles.roles().stream().map(Role::code).map(byRole::get).toList();
		return new Career(current, chosen != null, nodes, edges, next);
	}

	/**
	 * @param roleCode the role the learner holds now, or null to follow the best fit
	 */
	@Transactional
	public Career choose(UUID account, String roleCode) {
		if (roleCode != null) {
			this.roles.get(roleCode);
		}
		this.plans.saveCareerPosition(account, roleCode);
		return career(account);
	}

	/**
	 * @param currentRoleCode where the learner stands
	 * @param chosen whether they chose it (otherwise it is their best fit)
	 * @param nodes every role with the learner's fit, in the roles' order
	 */
	public record Career(String currentRoleCode, boolean chosen, List<RoleFit> nodes, List<Edge> edges,
			List<NextStep> nextSteps) {
	}

	public record Edge(String from, String to) {
	}

	/**
	 * A next role, the learner's fit to it, and the hours the learning path to it takes.
	 */
	public record NextStep(RoleFit fit, int estimatedHours, int items, int unclosedGaps) {
	}

}

package dev.skillgap.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.skillgap.gaps.FitService;
import dev.skillgap.gaps.RoleFit;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.roles.RoleCatalog;

import org.springframework.stereotype.Service;

/**
 * Learning items for a target role (by default the best-fitting one), and the path that
 * closes all its gaps. Two SQL statements: the person's levels and their plan.
 */
@Service
public class Recommendations {

	private final LearningCatalog catalog;

	private final RoleCatalog roles;

	private final FitService fits;

	private final PlanRepository plans;

	private final ResultCache<Inputs, List<Recommender.Recommendation>> ranked = new ResultCache<>(2_000);

	private final ResultCache<Inputs, Recommender.LearningPath> paths = new ResultCache<>(2_000);

	Recommendations(LearningCatalog catalog, RoleCatalog roles, FitService fits, PlanRepository plans) {
		this.catalog = catalog;
		this.roles = roles;
		this.fits = fits;
		this.plans = plans;
	}

	/**
	 * @param roleCode the target role, or null for the best fit
	 * @throws dev.skillgap.platform.DomainException 404 for an unknown role
	 */
	public Result forRole(UUID account, String roleCode) {
		Map<String, Integer> levels = this.fits.currentLevels(account);
		List<RoleFit> ranking = this.fits.rank(levels);
		String target = (roleCode != null) ? this.roles.get(roleCode).code() : ranking.get(0).roleCode();
		RoleFit fit = ranking.stream().filter((f) -> f.roleCode().equals(target)).findFirst().orElseThrow();
		List<PlanItem> plan = this.plans.findAll(account);
		Set<String> inPlan = plan.stream()
			.filter((item) -> item.status() != PlanStatus.DROPPED)
			.map(PlanItem::itemCode)
			.collect(Collectors.toSet());
		Set<String> done = plan.stream()
			.filter((item) -> item.status() == PlanStatus.DONE)
			.map(PlanItem::itemCode)
			.collect(Collectors.toSet());
		RoleProfile profile = this.fits.profile(target);
		return new Result(target, roleCode == null, fit, recommend(profile, levels, inPlan),
				path(profile, levels, done));
	}

	/** {@link Recommender#recommend}, memoized by its inputs. */
	List<Recommender.Recommendation> recommend(RoleProfile profile, Map<String, Integer> levels, Set<String> excluded) {
		return this.ranked.get(Inputs.of(profile, levels, excluded),
				(key) -> Recommender.recommend(profile, levels, this.catalog.items(), excluded));
	}

	/** {@link Recommender#path}, memoized by its inputs. */
	Recommender.LearningPath path(RoleProfile profile, Map<String, Integer> levels, Set<String> excluded) {
		return this.paths.get(Inputs.of(profile, levels, excluded),
				(key) -> Recommender.path(profile, levels, this.catalog.items(), excluded));
	}

	/**
	 * The items that close the gaps to any profile (a job posting's, say), best first;
	 * items done or in the plan are left out.
	 */
	public List<Recommender.Recommendation> forProfile(UUID account, RoleProfile profile, Map<String, Integer> levels) {
		Set<String> inPlan = this.plans.findAll(account)
			.stream()
			.filter((item) -> item.status() != PlanStatus.DROPPED)
			.map(PlanItem::itemCode)
			.collect(Collectors.toSet());
		return recommend(profile, levels, inPlan);
	}

	/**
	 * What a recommendation depends on: the profile, the levels of the skills it requires
	 * (others cannot change the result) and the items left out.
	 */
	private record Inputs(RoleProfile profile, Map<String, Integer> levels, Set<String> excluded) {

		static Inputs of(RoleProfile profile, Map<String, Integer> levels, Set<String> excluded) {
			Map<String, Integer> relevant = new java.util.HashMap<>();
			profile.requirements().forEach((r) -> relevant.put(r.skillCode(), levels.getOrDefault(r.skillCode(), 0)));
			return new Inputs(profile, Map.copyOf(relevant), Set.copyOf(excluded));
		}

	}

	/**
	 * @param bestFit whether the role was chosen as the best fit (no role was asked for)
	 * @param items the items that help now, best first
	 * @param path the shortest set found that closes all gaps, and its hours
	 */
	public record Result(String roleCode, boolean bestFit, RoleFit fit, List<Recommender.Recommendation> items,
			Recommender.LearningPath path) {
	}

}

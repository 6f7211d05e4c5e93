package dev.skillgap.learning;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.skillgap.gaps.FitService;
import dev.skillgap.gaps.RoleFit;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.platform.ReferenceView;
import dev.skillgap.roles.RoleCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;

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

	/**
	 * The recommender is a pure function of the target role, the levels of the skills it
	 * requires, the items left out and the catalog, so its results are memoized (bounded,
	 * least-recently/frequently used entries go first). The catalog enters the key as the
	 * reference data version it was loaded at: when another instance applies new
	 * reference data, the catalog reloads at a newer version and the old entries are
	 * never hit again (they age out), so a stale result is never served.
	 */
	private final Cache<Inputs, List<Recommender.Recommendation>> ranked = memo();

	private final Cache<Inputs, Recommender.LearningPath> paths = memo();

	Recommendations(LearningCatalog catalog, RoleCatalog roles, FitService fits, PlanRepository plans,
			MeterRegistry meters) {
		this.catalog = catalog;
		this.roles = roles;
		this.fits = fits;
		this.plans = plans;
		CaffeineCacheMetrics.monitor(meters, this.ranked, "learning.recommendations");
		CaffeineCacheMetrics.monitor(meters, this.paths, "learning.paths");
	}

	private static <V> Cache<Inputs, V> memo() {
		return Caffeine.newBuilder().maximumSize(2_000).recordStats().build();
	}

	/** {@link #forRole(UUID, String, Preference)} for the balanced preference. */
	public Result forRole(UUID account, @Nullable String roleCode) {
		return forRole(account, roleCode, Preference.BALANCED);
	}

	/**
	 * @param roleCode the target role, or null for the best fit. While nothing the roles
	 * require is recorded there is no best fit: without a role the result then has no
	 * role and no items (the learner picks a role to get a "start here" path).
	 * @throws dev.skillgap.platform.DomainException 404 for an unknown role
	 */
	public Result forRole(UUID account, @Nullable String roleCode, Preference preference) {
		Map<String, Integer> levels = this.fits.currentLevels(account);
		List<RoleFit> ranking = this.fits.rank(levels);
		if (roleCode == null && (ranking.isEmpty() || ranking.get(0).fit() == 0.0)) {
			return new Result(null, false, null, List.of(), new Recommender.LearningPath(List.of(), 0, List.of()),
					preference);
		}
		String target = (roleCode != null) ? this.roles.get(roleCode).code() : ranking.get(0).roleCode();
		RoleFit fit = ranking.stream().filter((f) -> f.roleCode().equals(target)).findFirst().orElseThrow();
		LearningPlan plan = this.plans.plan(account);
		RoleProfile profile = this.fits.profile(target);
		return new Result(target, roleCode == null, fit, recommend(profile, levels, plan.inPlan(), preference),
				path(profile, levels, plan.done(), preference), preference);
	}

	/** {@link Recommender#recommend}, memoized by its inputs. */
	List<Recommender.Recommendation> recommend(RoleProfile profile, Map<String, Integer> levels, Set<String> excluded) {
		return recommend(profile, levels, excluded, Preference.BALANCED);
	}

	List<Recommender.Recommendation> recommend(RoleProfile profile, Map<String, Integer> levels, Set<String> excluded,
			Preference preference) {
		ReferenceView.Snapshot<LearningCatalog.Items> catalog = this.catalog.snapshot();
		return this.ranked.get(Inputs.of(catalog.version(), profile, levels, excluded, preference),
				(key) -> Recommender.recommend(profile, levels, catalog.data().list(), excluded, preference));
	}

	/** {@link Recommender#path}, memoized by its inputs. */
	Recommender.LearningPath path(RoleProfile profile, Map<String, Integer> levels, Set<String> excluded) {
		return path(profile, levels, excluded, Preference.BALANCED);
	}

	Recommender.LearningPath path(RoleProfile profile, Map<String, Integer> levels, Set<String> excluded,
			Preference preference) {
		ReferenceView.Snapshot<LearningCatalog.Items> catalog = this.catalog.snapshot();
		return this.paths.get(Inputs.of(catalog.version(), profile, levels, excluded, preference),
				(key) -> Recommender.path(profile, levels, catalog.data().list(), excluded, preference));
	}

	/**
	 * The items that close the gaps to any profile (a job posting's, say), best first;
	 * items done or in the plan are left out.
	 */
	public List<Recommender.Recommendation> forProfile(UUID account, RoleProfile profile, Map<String, Integer> levels) {
		return recommend(profile, levels, this.plans.plan(account).inPlan());
	}

	/**
	 * What a recommendation depends on: the catalog (by the reference data version it was
	 * loaded at), the profile, the levels of the skills it requires (others cannot change
	 * the result) and the items left out.
	 */
	private record Inputs(long catalogVersion, RoleProfile profile, Map<String, Integer> levels, Set<String> excluded,
			Preference preference) {

		static Inputs of(long catalogVersion, RoleProfile profile, Map<String, Integer> levels, Set<String> excluded,
				Preference preference) {
			Map<String, Integer> relevant = new java.util.HashMap<>();
			profile.requirements().forEach((r) -> relevant.put(r.skillCode(), levels.getOrDefault(r.skillCode(), 0)));
			return new Inputs(catalogVersion, profile, Map.copyOf(relevant), Set.copyOf(excluded), preference);
		}

	}

	/**
	 * @param roleCode the target role; null when no role was asked for and there is no
	 * best fit yet (nothing recorded)
	 * @param bestFit whether the role was chosen as the best fit (no role was asked for)
	 * @param fit the fit to the role, null with no role
	 * @param items the items that help now, best first
	 * @param path the shortest set found that closes all gaps, and its hours
	 * @param preference what the items were ranked for
	 */
	public record Result(@Nullable String roleCode, boolean bestFit, @Nullable RoleFit fit,
			List<Recommender.Recommendation> items, Recommender.LearningPath path, Preference preference) {
	}

}

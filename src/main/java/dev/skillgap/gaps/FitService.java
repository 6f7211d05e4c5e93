package dev.skillgap.gaps;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import dev.skillgap.roles.Role;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillAssessment;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.skills.SkillLevels;

import org.springframework.stereotype.Service;

/**
 * A person's fit to the roles, from their current levels (one SQL statement), from
 * hypothetical levels (what-if, nothing saved) or replayed over their history.
 */
@Service
public class FitService {

	private final SkillLevels levels;

	private final RoleCatalog roles;

	private final SkillCatalog skills;

	FitService(SkillLevels levels, RoleCatalog roles, SkillCatalog skills) {
		this.levels = levels;
		this.roles = roles;
		this.skills = skills;
	}

	/**
	 * The engine's view of a role, retired or not (a goal may name a retired role).
	 * @throws dev.skillgap.platform.DomainException 404 for an unknown role
	 */
	public RoleProfile profile(String roleCode) {
		return profile(this.roles.findIncludingRetired(roleCode)
			.orElseThrow(() -> DomainException.notFound("role.notFound", roleCode)));
	}

	/**
	 * The roles that are not retired, as the engine sees them: derived on each call from
	 * the role catalog (six small mappings), so never older than the catalog.
	 */
	private List<RoleProfile> profiles() {
		return this.roles.roles().stream().map(FitService::profile).toList();
	}

	/** The fit to every role, best first. */
	public List<RoleFit> rank(UUID accountId) {
		return FitCalculator.rank(profiles(), this.levels.currentLevels(accountId));
	}

	/** The ranking for the given levels (skills not in the map count as 0). */
	public List<RoleFit> rank(Map<String, Integer> levels) {
		return FitCalculator.rank(profiles(), levels);
	}

	public Map<String, Integer> currentLevels(UUID accountId) {
		return this.levels.currentLevels(accountId);
	}

	/**
	 * The fits a person would have with some levels changed, next to their fits now,
	 * without saving anything (one read of their levels).
	 * @param changes skill code to hypothetical level
	 * @return the hypothetical ranking, best first
	 */
	public List<WhatIf> whatIf(UUID accountId, List<LevelChange> changes) {
		Map<String, Integer> changed = new LinkedHashMap<>();
		for (int i = 0; i < changes.size(); i++) {
			LevelChange change = changes.get(i);
			if (!this.skills.exists(change.skillCode())) {
				throw DomainException.invalid("changes[" + i + "].skillCode", "skill.notFound", change.skillCode());
			}
			changed.put(change.skillCode(), change.level());
		}
		Map<String, Integer> current = this.levels.currentLevels(accountId);
		Map<String, Double> now = new HashMap<>();
		rank(current).forEach((fit) -> now.put(fit.roleCode(), fit.fit()));
		Map<String, Integer> hypothetical = new HashMap<>(current);
		hypothetical.putAll(changed);
		return rank(hypothetical).stream().map((fit) -> new WhatIf(fit, now.get(fit.roleCode()))).toList();
	}

	/** A level to try in a what-if: nothing is saved. */
	public record LevelChange(String skillCode, int level) {
	}

	/** A hypothetical fit to a role and the fit the person has now. */
	public record WhatIf(RoleFit fit, double currentFit) {
	}

	/** Replays the history: one point per change, with the fit to every role after it. */
	public List<FitHistoryPoint> history(UUID accountId) {
		return history(accountId, profiles());
	}

	/**
	 * Replays the history against any profiles (a saved job posting's, say): one point
	 * per change, with the fit to each profile after it.
	 */
	public List<FitHistoryPoint> history(UUID accountId, List<RoleProfile> profiles) {
		Map<String, Integer> replayed = new HashMap<>();
		List<SkillAssessment> history = this.levels.history(accountId);
		return history.stream().map((assessment) -> {
			replayed.put(assessment.skillCode(), assessment.level());
			Map<String, Double> fits = new LinkedHashMap<>();
			for (RoleProfile profile : profiles) {
				fits.put(profile.code(), FitCalculator.fit(profile, replayed).fit());
			}
			return new FitHistoryPoint(assessment.assessedAt(), assessment.skillCode(), assessment.level(),
					assessment.source().code(), fits);
		}).toList();
	}

	private static RoleProfile profile(Role role) {
		return new RoleProfile(role.code(),
				role.requirements()
					.stream()
					.map((r) -> new RoleProfile.Requirement(r.skillCode(), r.targetLevel(), r.weight(), r.anyOf()))
					.toList());
	}

}

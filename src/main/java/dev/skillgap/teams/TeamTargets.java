package dev.skillgap.teams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import dev.skillgap.access.Audience;
import dev.skillgap.gaps.FitService;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.roles.Role;
import dev.skillgap.platform.DomainException;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a team needs: its role mix and its coverage targets, with the defaults filled in.
 * A skill the lead set a target for keeps it; every other skill a role of the mix
 * requires takes its target from the role profiles ({@link #derive}); a team with neither
 * asks level 3 of two people for every skill any role profile requires.
 */
@Service
public class TeamTargets {

	private final JdbcClient jdbc;

	private final RoleCatalog roles;

	private final FitService fit;

	private final SkillCatalog skills;

	TeamTargets(JdbcClient jdbc, RoleCatalog roles, FitService fit, SkillCatalog skills) {
		this.jdbc = jdbc;
		this.roles = roles;
		this.fit = fit;
		this.skills = skills;
	}

	/** The team's role mix, in the role catalog's order. */
	public List<RoleHeadcount> roleMix(UUID teamId) {
		Map<String, Integer> counts = new HashMap<>();
		this.jdbc.sql("select role_code, headcount from team_role_mix where team_id = :team")
			.param("team", teamId)
			.query((rs) -> {
				counts.put(rs.getString(1), rs.getInt(2));
			});
		List<RoleHeadcount> mix = new ArrayList<>();
		for (Role role : this.roles.roles()) {
			Integer count = counts.remove(role.code());
			if (count != null) {
				mix.add(new RoleHeadcount(role.code(), count));
			}
		}
		counts.forEach((code, count) -> mix.add(new RoleHeadcount(code, count)));
		return mix;
	}

	/** The coverage targets the lead set, by skill code. */
	public List<CoverageTarget> explicitTargets(UUID teamId) {
		return this.jdbc.sql("""
				select skill_code, target_level, required from team_coverage_target where team_id = :team
				order by skill_code
				""")
			.param("team", teamId)
			.query((rs, row) -> new CoverageTarget(rs.getString(1), rs.getInt(2), rs.getInt(3), CoverageTarget.TEAM))
			.list();
	}

	/** Every coverage target of the team, defaults included, by skill code. */
	public List<CoverageTarget> targets(UUID teamId) {
		return derive(roleMix(teamId), explicitTargets(teamId), profiles());
	}

	/**
	 * A lead replaces the team's role mix and explicit coverage targets (each list whole;
	 * empty lists clear them, and the defaults apply again).
	 * @throws DomainException 403 for a member; 400 naming the entry at fault
	 * ({@code roleMix[1].roleCode}, {@code coverage[0].skillCode}) for an unknown role or
	 * skill or one listed twice
	 */
	@Transactional
	public void replace(Audience team, List<RoleHeadcount> roleMix, List<CoverageTarget> coverage) {
		team.requireLead();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < roleMix.size(); i++) {
			String code = roleMix.get(i).roleCode();
			String field = "roleMix[" + i + "].roleCode";
			if (this.roles.find(code).isEmpty()) {
				throw DomainException.invalid(field, "team.roleUnknown", code);
			}
			if (!seen.add(code)) {
				throw DomainException.invalid(field, "team.roleMix.duplicate", code);
			}
		}
		seen.clear();
		for (int i = 0; i < coverage.size(); i++) {
			String code = coverage.get(i).skillCode();
			String field = "coverage[" + i + "].skillCode";
			if (!this.skills.exists(code)) {
				throw DomainException.invalid(field, "team.skillUnknown", code);
			}
			if (!seen.add(code)) {
				throw DomainException.invalid(field, "team.coverage.duplicate", code);
			}
		}
		UUID id = team.groupId();
		this.jdbc.sql("delete from team_role_mix where team_id = :team").param("team", id).update();
		this.jdbc.sql("delete from team_coverage_target where team_id = :team").param("team", id).update();
		for (RoleHeadcount line : roleMix) {
			this.jdbc.sql("insert into team_role_mix (team_id, role_code, headcount) values (:team, :role, :count)")
				.param("team", id)
				.param("role", line.roleCode())
				.param("count", line.headcount())
				.update();
		}
		for (CoverageTarget target : coverage) {
			this.jdbc.sql("""
					insert into team_coverage_target (team_id, skill_code, target_level, required)
					values (:team, :skill, :level, :required)
					""")
				.param("team", id)
				.param("skill", target.skillCode())
				.param("level", target.targetLevel())
				.param("required", target.required())
				.update();
		}
	}

	/** The role profiles the defaults derive from (not retired), by code. */
	public Map<String, RoleProfile> profiles() {
		Map<String, RoleProfile> profiles = new LinkedHashMap<>();
		for (Role role : this.roles.roles()) {
			profiles.put(role.code(), this.fit.profile(role.code()));
		}
		return profiles;
	}

	/**
	 * The team's coverage targets (a pure function). Explicit targets win. For every
	 * other skill a role of the mix requires (an any-of group counts as its first-listed
	 * skill), the target level is the one asked of the most people (ties: the higher),
	 * and {@code required} is the headcount of the mix's roles that ask at least that
	 * level. With no mix and no explicit target, every skill any profile requires is
	 * asked at {@link CoverageTarget#DEFAULT_LEVEL} of
	 * {@link CoverageTarget#DEFAULT_REQUIRED} people.
	 */
	public static List<CoverageTarget> derive(List<RoleHeadcount> mix, List<CoverageTarget> explicit,
			Map<String, RoleProfile> profiles) {
		Map<String, CoverageTarget> targets = new TreeMap<>();
		if (mix.isEmpty() && explicit.isEmpty()) {
			for (RoleProfile profile : profiles.values()) {
				for (String skill : requiredSkills(profile).keySet()) {
					targets.put(skill, new CoverageTarget(skill, CoverageTarget.DEFAULT_LEVEL,
							CoverageTarget.DEFAULT_REQUIRED, CoverageTarget.DEFAULT));
				}
			}
			return List.copyOf(targets.values());
		}
		// skill -> level -> headcount asking exactly that level
		Map<String, Map<Integer, Integer>> asked = new TreeMap<>();
		for (RoleHeadcount line : mix) {
			RoleProfile profile = profiles.get(line.roleCode());
			if (profile == null) {
				continue;
			}
			requiredSkills(profile).forEach((skill, level) -> asked.computeIfAbsent(skill, (k) -> new TreeMap<>())
				.merge(level, line.headcount(), Integer::sum));
		}
		asked.forEach((skill, byLevel) -> {
			int level = byLevel.entrySet()
				.stream()
				.max(Comparator.<Map.Entry<Integer, Integer>>comparingInt(Map.Entry::getValue)
					.thenComparingInt(Map.Entry::getKey))
				.orElseThrow()
				.getKey();
			int required = byLevel.entrySet()
				.stream()
				.filter((e) -> e.getKey() >= level)
				.mapToInt(Map.Entry::getValue)
				.sum();
			targets.put(skill, new CoverageTarget(skill, level, required, CoverageTarget.ROLE_MIX));
		});
		for (CoverageTarget target : explicit) {
			targets.put(target.skillCode(), target);
		}
		return List.copyOf(targets.values());
	}

	/** The skills a profile requires with their target, an any-of group as its first. */
	private static Map<String, Integer> requiredSkills(RoleProfile profile) {
		Map<String, Integer> skills = new LinkedHashMap<>();
		Set<String> groups = new HashSet<>();
		for (RoleProfile.Requirement requirement : profile.requirements()) {
			if (requirement.anyOf() == null || groups.add(requirement.anyOf())) {
				skills.put(requirement.skillCode(), requirement.target());
			}
		}
		return skills;
	}

}

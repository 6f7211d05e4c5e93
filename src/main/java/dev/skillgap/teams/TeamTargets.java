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

import dev.skillgap.gaps.FitService;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.roles.Role;
import dev.skillgap.roles.RoleCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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

	TeamTargets(JdbcClient jdbc, RoleCatalog roles, FitService fit) {
		this.jdbc = jdbc;
		this.roles = roles;
		this.fit = fit;
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

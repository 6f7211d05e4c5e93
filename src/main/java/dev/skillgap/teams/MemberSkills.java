package dev.skillgap.teams;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.skillgap.skills.EffectiveLevel;

/**
 * An active member (or lead) of a team with their effective level of every skill they
 * assessed, as the team-wide views read them.
 *
 * @param levels the effective level per skill code (skills never assessed are absent)
 */
public record MemberSkills(TeamMember member, Map<String, EffectiveLevel> levels) {

	public MemberSkills {
		levels = Map.copyOf(levels);
	}

	public static MemberSkills of(TeamMember member, List<EffectiveLevel> levels) {
		Map<String, EffectiveLevel> bySkill = new TreeMap<>();
		levels.forEach((level) -> bySkill.put(level.skillCode(), level));
		return new MemberSkills(member, bySkill);
	}

	/** The effective level of a skill, 0 when never assessed. */
	public int level(String skillCode) {
		EffectiveLevel level = this.levels.get(skillCode);
		return (level != null) ? level.level() : 0;
	}

	/** The effective level per skill code, as the fit engine takes it. */
	public Map<String, Integer> levelMap() {
		Map<String, Integer> map = new TreeMap<>();
		this.levels.forEach((code, level) -> map.put(code, level.level()));
		return map;
	}

	/** The skills whose effective level is the member's own, not a validation. */
	public Set<String> unvalidated() {
		Set<String> codes = new TreeSet<>();
		this.levels.forEach((code, level) -> {
			if (!level.validated()) {
				codes.add(code);
			}
		});
		return codes;
	}

	/**
	 * The skills assessed above 0 that nobody updated or validated since {@code cutoff}.
	 */
	public Set<String> stale(Instant cutoff) {
		Set<String> codes = new TreeSet<>();
		this.levels.forEach((code, level) -> {
			if (level.level() > 0 && level.staleAt(cutoff)) {
				codes.add(code);
			}
		});
		return codes;
	}

}

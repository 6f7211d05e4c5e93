package dev.skillgap.teams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.gaps.RoleProfile;
import org.jspecify.annotations.Nullable;

/**
 * Which role would close the most of a team's unmet coverage: a pure function of the
 * coverage targets, the members' effective levels and the role profiles.
 *
 * <p>
 * A coverage target asks {@code required} people at {@code targetLevel} or above; its
 * <em>unmet</em> units are {@code max(0, required − holders)}, holders being the members
 * at or above the level. One more person at or above the level closes one unit of a
 * target that is not met, never more.
 *
 * <p>
 * <b>Hire:</b> a person hired at a role profile's target levels holds every skill the
 * profile requires at its target (for a group of alternatives, one member of the group:
 * the one that closes a unit, the first listed among equals). {@code closes} is the
 * number of unmet targets whose level the profile's target reaches.
 *
 * <p>
 * <b>Move:</b> an existing member given a new target role (not their current one) and
 * trained to its target levels keeps what they have and reaches the profile's targets;
 * {@code closes} counts the unmet targets they are not a holder of now and would be
 * after. {@code levelsToLearn} is the sum of the levels they would climb on the skills
 * that close a unit (the effort). For each member the best role is kept.
 *
 * <p>
 * Both lists are best first: most units closed, then (moves) fewer levels to learn, then
 * the role catalog's order (hires) or the roster's order (moves). Neither ever claims
 * more than is unmet: a target appears at most once in a suggestion's skills.
 */
public final class HiringBrief {

	private HiringBrief() {
	}

	/** Unmet units per skill code (targets that are met are absent). */
	public static Map<String, Integer> unmet(List<CoverageTarget> targets, Map<UUID, Map<String, Integer>> levels) {
		Map<String, Integer> unmet = new LinkedHashMap<>();
		for (CoverageTarget target : targets) {
			int holders = 0;
			for (Map<String, Integer> member : levels.values()) {
				if (member.getOrDefault(target.skillCode(), 0) >= target.targetLevel()) {
					holders++;
				}
			}
			if (holders < target.required()) {
				unmet.put(target.skillCode(), target.required() - holders);
			}
		}
		return unmet;
	}

	/**
	 * The brief.
	 * @param members the members in the roster's order, with their current target role
	 * (null: none)
	 * @param levels each member's effective levels
	 * @param profiles the role profiles that may be hired or moved to, in the catalog's
	 * order
	 * @param maxMoves how many moves to keep
	 */
	public static Brief of(List<CoverageTarget> targets, List<Member> members, Map<UUID, Map<String, Integer>> levels,
			Map<String, RoleProfile> profiles, int maxMoves) {
		Map<String, Integer> unmet = unmet(targets, levels);
		Map<String, Integer> targetLevels = new HashMap<>();
		targets.forEach((t) -> targetLevels.put(t.skillCode(), t.targetLevel()));
		List<Hire> hires = new ArrayList<>();
		for (RoleProfile profile : profiles.values()) {
			List<String> skills = closed(profile, Map.of(), unmet, targetLevels).skills();
			hires.add(new Hire(profile.code(), skills.size(), skills));
		}
		hires.sort(Comparator.comparingInt(Hire::closes).reversed());
		List<Move> moves = new ArrayList<>();
		if (!unmet.isEmpty()) {
			for (Member member : members) {
				Map<String, Integer> own = levels.getOrDefault(member.accountId(), Map.of());
				Move best = null;
				for (RoleProfile profile : profiles.values()) {
					if (profile.code().equals(member.targetRole())) {
						continue;
					}
					Closed closed = closed(profile, own, unmet, targetLevels);
					Move move = new Move(member.accountId(), member.targetRole(), profile.code(),
							closed.skills().size(), closed.skills(), closed.levelsToLearn());
					if (move.closes() > 0 && (best == null || BY_GAIN.compare(move, best) < 0)) {
						best = move;
					}
				}
				if (best != null) {
					moves.add(best);
				}
			}
			moves.sort(BY_GAIN);
		}
		return new Brief(List.copyOf(hires), List.copyOf(moves.subList(0, Math.min(maxMoves, moves.size()))));
	}

	private static final Comparator<Move> BY_GAIN = Comparator.comparingInt(Move::closes)
		.reversed()
		.thenComparingInt(Move::levelsToLearn);

	/**
	 * The unmet targets that someone with {@code own} levels would newly hold at the
	 * profile's target levels.
	 */
	private static Closed closed(RoleProfile profile, Map<String, Integer> own, Map<String, Integer> unmet,
			Map<String, Integer> targetLevels) {
		List<String> skills = new ArrayList<>();
		int toLearn = 0;
		Map<String, Boolean> groupDone = new HashMap<>();
		for (RoleProfile.Requirement requirement : profile.requirements()) {
			String skill = requirement.skillCode();
			if (requirement.anyOf() != null && groupDone.containsKey(requirement.anyOf())) {
				continue;
			}
			if (requirement.anyOf() != null) {
				// one member of the group: the first that closes a unit, if any
				RoleProfile.Requirement chosen = null;
				for (RoleProfile.Requirement alternative : profile.group(requirement.anyOf())) {
					if (closes(alternative, own, unmet, targetLevels)) {
						chosen = alternative;
						break;
					}
				}
				groupDone.put(requirement.anyOf(), true);
				if (chosen == null) {
					continue;
				}
				skill = chosen.skillCode();
				requirement = chosen;
			}
			else if (!closes(requirement, own, unmet, targetLevels)) {
				continue;
			}
			if (!skills.contains(skill)) {
				skills.add(skill);
				toLearn += Math.max(0, requirement.target() - own.getOrDefault(skill, 0));
			}
		}
		return new Closed(List.copyOf(skills), toLearn);
	}

	private static boolean closes(RoleProfile.Requirement requirement, Map<String, Integer> own,
			Map<String, Integer> unmet, Map<String, Integer> targetLevels) {
		String skill = requirement.skillCode();
		Integer level = targetLevels.get(skill);
		return unmet.containsKey(skill) && level != null && own.getOrDefault(skill, 0) < level
				&& Math.max(own.getOrDefault(skill, 0), requirement.target()) >= level;
	}

	private record Closed(List<String> skills, int levelsToLearn) {
	}

	/** A member as the brief needs them. */
	public record Member(UUID accountId, @Nullable String targetRole) {
	}

	/**
	 * @param closes unmet coverage units a hire at the role's target levels closes
	 */
	public record Hire(String roleCode, int closes, List<String> skills) {
	}

	/**
	 * @param fromRole the member's current target role, or null
	 * @param closes unmet coverage units the move closes
	 * @param levelsToLearn levels the member would climb on the skills that close a unit
	 */
	public record Move(UUID memberId, @Nullable String fromRole, String toRole, int closes, List<String> skills,
			int levelsToLearn) {
	}

	public record Brief(List<Hire> hires, List<Move> moves) {
	}

}

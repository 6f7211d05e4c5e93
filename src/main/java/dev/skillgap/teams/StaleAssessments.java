package dev.skillgap.teams;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.skillgap.platform.DomainException;
import dev.skillgap.skills.EffectiveLevel;

/**
 * Assessments gone stale: nobody updated or validated them for some months (6 by
 * default). A pure function of the members' levels and the time now.
 */
public final class StaleAssessments {

	public static final int DEFAULT_MONTHS = 6;

	public static final int MAX_MONTHS = 120;

	private StaleAssessments() {
	}

	/** A stale assessment of one member. */
	public record Stale(TeamMember member, String skillCode, int level, Instant assessedAt) {
	}

	/**
	 * The instant {@code months} calendar months before {@code now} (in UTC).
	 * @throws DomainException 400 (field {@code months}) outside 1..120
	 */
	public static Instant cutoff(Instant now, int months) {
		if (months < 1 || months > MAX_MONTHS) {
			throw DomainException.invalid("months", "team.stale.months", MAX_MONTHS);
		}
		return now.atOffset(ZoneOffset.UTC).minusMonths(months).toInstant();
	}

	/**
	 * Every assessment (effective level above 0) last updated before {@code cutoff}, the
	 * oldest first (ties: member's name, skill code).
	 */
	public static List<Stale> of(List<MemberSkills> members, Instant cutoff) {
		List<Stale> stale = new ArrayList<>();
		for (MemberSkills member : members) {
			for (EffectiveLevel level : member.levels().values()) {
				if (level.level() > 0 && level.staleAt(cutoff)) {
					stale.add(new Stale(member.member(), level.skillCode(), level.level(), level.updatedAt()));
				}
			}
		}
		stale.sort(Comparator.comparing(Stale::assessedAt)
			.thenComparing((Stale s) -> s.member().displayName())
			.thenComparing((Stale s) -> s.member().accountId())
			.thenComparing(Stale::skillCode));
		return stale;
	}

}

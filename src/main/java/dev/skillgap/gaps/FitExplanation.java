package dev.skillgap.gaps;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The ranking put in words a person understands, for example "You fit Server engineer
 * best (72%): Linux server administration and Troubleshooting meet the target. The
 * largest gaps to Infrastructure engineer are Network fundamentals (2 levels) and Cloud
 * architecture (3 levels)."
 *
 * @param bestRoleCode the best-fitting role, or null when nothing is recorded yet
 * @param strengths met requirements of the best role, the most important first (at most
 * 3)
 * @param gapsToBest the largest gaps to the best role (at most 3)
 * @param comparedRoleCode the runner-up role
 * @param gapsToCompared the largest gaps to the runner-up (at most 3)
 * @param text all of it as sentences in the requested language
 */
public record FitExplanation(String bestRoleCode, double bestFit, List<SkillGap> strengths, List<SkillGap> gapsToBest,
		String comparedRoleCode, List<SkillGap> gapsToCompared, String text) {

	static final int LISTED = 3;

	/**
	 * @param ranking the fits, best first
	 * @param roleName a role's name in the language wanted
	 * @param skillName a skill's name in the language wanted
	 */
	public static FitExplanation of(List<RoleFit> ranking, Locale locale, Function<String, String> roleName,
			Function<String, String> skillName) {
		boolean ja = "ja".equals(locale.getLanguage());
		if (ranking.isEmpty() || ranking.get(0).fit() == 0.0) {
			return new FitExplanation(null, 0.0, List.of(), List.of(), null, List.of(),
					ja ? "スキルを記録すると、どの職種が合っているかが分かります。" : "Record your skills to see which role suits you.");
		}
		RoleFit best = ranking.get(0);
		List<SkillGap> strengths = first(best.strengths());
		List<SkillGap> gapsToBest = first(best.largestGaps());
		RoleFit compared = ranking.size() > 1 ? ranking.get(1) : null;
		List<SkillGap> gapsToCompared = compared == null ? List.of() : first(compared.largestGaps());
		String percent = Math.round(best.fit() * 100) + "%";
		String bestName = roleName.apply(best.roleCode());
		StringBuilder text = new StringBuilder();
		if (ja) {
			text.append("あなたに最も合う職種は").append(bestName).append("です（適合度").append(percent).append("）。");
			if (!strengths.isEmpty()) {
				text.append(names(strengths, skillName, true)).append("が目標レベルに達しています。");
			}
			if (gapsToBest.isEmpty()) {
				text.append("すべての要件を満たしています。");
			}
			else {
				text.append("さらに近づくには").append(gaps(gapsToBest, skillName, true)).append("に取り組みましょう。");
			}
			if (compared != null && !gapsToCompared.isEmpty()) {
				text.append(roleName.apply(compared.roleCode()))
					.append("との最大の差は")
					.append(gaps(gapsToCompared, skillName, true))
					.append("です。");
			}
		}
		else {
			text.append("You fit ").append(bestName).append(" best (").append(percent).append(")");
			if (!strengths.isEmpty()) {
				text.append(": ")
					.append(names(strengths, skillName, false))
					.append(strengths.size() == 1 ? " meets" : " meet")
					.append(" the target");
			}
			text.append(". ");
			if (gapsToBest.isEmpty()) {
				text.append("You meet every requirement. ");
			}
			else {
				text.append("To fit it fully, work on ").append(gaps(gapsToBest, skillName, false)).append(". ");
			}
			if (compared != null && !gapsToCompared.isEmpty()) {
				text.append(gapsToCompared.size() == 1 ? "The largest gap to " : "The largest gaps to ")
					.append(roleName.apply(compared.roleCode()))
					.append(gapsToCompared.size() == 1 ? " is " : " are ")
					.append(gaps(gapsToCompared, skillName, false))
					.append(".");
			}
		}
		return new FitExplanation(best.roleCode(), best.fit(), strengths, gapsToBest,
				compared == null ? null : compared.roleCode(), gapsToCompared, text.toString().strip());
	}

	private static List<SkillGap> first(List<SkillGap> gaps) {
		return gaps.subList(0, Math.min(LISTED, gaps.size()));
	}

	private static String names(List<SkillGap> gaps, Function<String, String> skillName, boolean ja) {
		return join(gaps.stream().map((gap) -> skillName.apply(gap.skillCode())).toList(), ja);
	}

	private static String gaps(List<SkillGap> gaps, Function<String, String> skillName, boolean ja) {
		return join(gaps.stream()
			.map((gap) -> skillName.apply(gap.skillCode())
					+ (ja ? "（あと" + gap.gap() + "レベル）" : " (" + gap.gap() + (gap.gap() == 1 ? " level)" : " levels)")))
			.toList(), ja);
	}

	private static String join(List<String> parts, boolean ja) {
		if (ja) {
			return String.join("、", parts);
		}
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

}

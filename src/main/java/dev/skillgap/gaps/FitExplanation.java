package dev.skillgap.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.skillgap.platform.Message;

/**
 * The ranking put in words a person understands, for example "You fit Server engineer
 * best (72%): Linux server administration and Troubleshooting meet the target. The
 * largest gaps to Infrastructure engineer are Network fundamentals (2 levels) and Cloud
 * architecture (3 levels)." The words come from the message bundles
 * ({@code fit.explanation.*}): {@link #text()} says which messages, with which arguments,
 * and a {@link dev.skillgap.platform.MessageRenderer} renders it in the requested
 * language.
 *
 * @param bestRoleCode the best-fitting role, or null when nothing is recorded yet
 * @param strengths met requirements of the best role, the most important first (at most
 * 3)
 * @param gapsToBest the largest gaps to the best role (at most 3)
 * @param comparedRoleCode the runner-up role
 * @param gapsToCompared the largest gaps to the runner-up (at most 3)
 * @param text all of it as sentences
 */
public record FitExplanation(String bestRoleCode, double bestFit, List<SkillGap> strengths, List<SkillGap> gapsToBest,
		String comparedRoleCode, List<SkillGap> gapsToCompared, Message text) {

	static final int LISTED = 3;

	/**
	 * @param ranking the fits, best first
	 * @param roleName a role's name in the language wanted
	 * @param skillName a skill's name in the language wanted
	 */
	public static FitExplanation of(List<RoleFit> ranking, Function<String, String> roleName,
			Function<String, String> skillName) {
		return of(ranking, roleName, skillName, true);
	}

	/**
	 * @param toThePerson whether the person reads it about themself ("You fit…"); else
	 * someone else reads it about them, their mentor ("They fit…",
	 * {@code fit.explanation.of.*})
	 */
	public static FitExplanation of(List<RoleFit> ranking, Function<String, String> roleName,
			Function<String, String> skillName, boolean toThePerson) {
		String own = toThePerson ? "fit.explanation." : "fit.explanation.of.";
		if (ranking.isEmpty() || ranking.get(0).fit() == 0.0) {
			return new FitExplanation(null, 0.0, List.of(), List.of(), null, List.of(),
					Message.sentences(List.of(Message.of(own + "none"))));
		}
		RoleFit best = ranking.get(0);
		List<SkillGap> strengths = first(best.strengths());
		List<SkillGap> gapsToBest = first(best.largestGaps());
		RoleFit compared = ranking.size() > 1 ? ranking.get(1) : null;
		List<SkillGap> gapsToCompared = compared == null ? List.of() : first(compared.largestGaps());
		long percent = Math.round(best.fit() * 100);
		String bestName = roleName.apply(best.roleCode());
		List<Message> sentences = new ArrayList<>();
		sentences.add(strengths.isEmpty() ? Message.of(own + "best", bestName, percent) : Message
			.of(own + "bestWithStrengths", bestName, percent, names(best, strengths, skillName), strengths.size()));
		sentences.add(gapsToBest.isEmpty() ? Message.of(own + "allMet")
				: Message.of(own + "workOn", gaps(best, gapsToBest, skillName)));
		if (compared != null && !gapsToCompared.isEmpty()) {
			sentences.add(Message.of("fit.explanation.compared", roleName.apply(compared.roleCode()),
					gaps(compared, gapsToCompared, skillName), gapsToCompared.size()));
		}
		return new FitExplanation(best.roleCode(), best.fit(), strengths, gapsToBest,
				compared == null ? null : compared.roleCode(), gapsToCompared, Message.sentences(sentences));
	}

	private static List<SkillGap> first(List<SkillGap> gaps) {
		return gaps.subList(0, Math.min(LISTED, gaps.size()));
	}

	/** Met requirements: the member of a group that meets it is named alone. */
	private static Message names(RoleFit fit, List<SkillGap> gaps, Function<String, String> skillName) {
		return Message.list(gaps.stream().map((gap) -> skillName.apply(gap.skillCode())).toList());
	}

	private static Message gaps(RoleFit fit, List<SkillGap> gaps, Function<String, String> skillName) {
		return Message.list(gaps.stream()
			.map((gap) -> Message.of("fit.explanation.gap", name(fit, gap, skillName), gap.gap()))
			.toList());
	}

	/**
	 * A skill's name, or for a group of alternatives the names of its members joined with
	 * "or" ({@code fit.explanation.anyOf}: "Linux server administration or Windows Server
	 * administration"), the member that counts first.
	 */
	private static Object name(RoleFit fit, SkillGap gap, Function<String, String> skillName) {
		List<String> alternatives = fit.alternativesTo(gap);
		if (alternatives.isEmpty()) {
			return skillName.apply(gap.skillCode());
		}
		List<Object> members = new ArrayList<>();
		members.add(skillName.apply(gap.skillCode()));
		alternatives.forEach((code) -> members.add(skillName.apply(code)));
		return Message.of("fit.explanation.anyOf", new Message.Joined(members, "list.separator", "list.orSeparator"));
	}

}

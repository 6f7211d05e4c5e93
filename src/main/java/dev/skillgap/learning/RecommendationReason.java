package dev.skillgap.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.skillgap.platform.Message;

/**
 * Why an item is recommended, in words: "Closes your Networking gap 2 → 3 (weight 3) in
 * about 40 h" / 「ネットワーク基礎のギャップ 2 → 3（重み3）を約40時間で埋めます」. The words come from the message
 * bundles ({@code recommendation.reason*}); render the result with a
 * {@link dev.skillgap.platform.MessageRenderer}.
 */
public final class RecommendationReason {

	private RecommendationReason() {
	}

	/**
	 * @param skillName a skill's name in the language wanted
	 */
	public static Message of(Recommender.Recommendation recommendation, Function<String, String> skillName) {
		return Message.of("recommendation.reason",
				Message.series(recommendation.closes()
					.stream()
					.map((c) -> Message.of("recommendation.reason.closure", skillName.apply(c.skillCode()), c.from(),
							c.to(), c.weight()))
					.toList()),
				recommendation.item().hours());
	}

	/**
	 * Why the item stands where it does, one message per reason in ranking order (the
	 * learner's preference first, then fundamentals, then what else counts), ending with
	 * its weighted gap closed per hour: {@code recommendation.why.<code>}.
	 */
	public static List<Reason> why(Recommender.Recommendation recommendation) {
		List<Reason> reasons = new ArrayList<>();
		Recommender.Why preferred = switch (recommendation.preference()) {
			case CREDENTIAL -> Recommender.Why.CREDENTIAL;
			case FREE -> Recommender.Why.FREE;
			case JAPANESE -> Recommender.Why.JAPANESE;
			default -> null;
		};
		if (preferred != null && recommendation.why().contains(preferred)) {
			reasons.add(reason(preferred, "preferred"));
		}
		for (Recommender.Why why : Recommender.Why.values()) {
			if (why != preferred && recommendation.why().contains(why)) {
				reasons.add(reason(why, null));
			}
		}
		double perHour = (double) recommendation.weightedGapClosed() / recommendation.item().hours();
		reasons.add(new Reason("per-hour", Message.of("recommendation.why.per-hour", perHour)));
		return List.copyOf(reasons);
	}

	private static Reason reason(Recommender.Why why, String suffix) {
		String code = why.code();
		return new Reason(code, Message
			.of((suffix == null) ? "recommendation.why." + code : "recommendation.why." + code + "." + suffix));
	}

	/**
	 * @param code {@code fundamentals}, {@code credential}, {@code free},
	 * {@code japanese}, {@code prerequisite-met} or {@code per-hour}
	 */
	public record Reason(String code, Message text) {
	}

}

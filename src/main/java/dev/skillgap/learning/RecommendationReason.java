package dev.skillgap.learning;

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

}

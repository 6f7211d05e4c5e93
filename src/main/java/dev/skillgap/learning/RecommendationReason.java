package dev.skillgap.learning;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Why an item is recommended, in words: "Closes your Networking gap 2 → 3 (weight 3) in
 * about 40 h" / 「ネットワーク基礎のギャップ 2 → 3（重み3）を約40時間で埋めます」.
 */
public final class RecommendationReason {

	private RecommendationReason() {
	}

	public static String text(Recommender.Recommendation recommendation, Locale locale,
			Function<String, String> skillName) {
		boolean ja = "ja".equals(locale.getLanguage());
		List<String> parts = recommendation.closes()
			.stream()
			.map((c) -> ja
					? skillName.apply(c.skillCode()) + "のギャップ " + c.from() + " → " + c.to() + "（重み" + c.weight() + "）"
					: skillName.apply(c.skillCode()) + " gap " + c.from() + " → " + c.to() + " (weight " + c.weight()
							+ ")")
			.toList();
		int hours = recommendation.item().hours();
		return ja ? String.join("、", parts) + "を約" + hours + "時間で埋めます"
				: "Closes your " + String.join(", ", parts) + " in about " + hours + " h";
	}

}

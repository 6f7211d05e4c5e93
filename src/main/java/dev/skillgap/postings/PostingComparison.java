package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.gaps.SkillGap;

/**
 * Saved postings side by side: each posting with its report, and one row per skill any of
 * them asks for, with the person's level and the level each posting asks.
 *
 * @param postings the postings in the order asked for
 * @param rows the skills in the order they first appear
 */
public record PostingComparison(List<Map.Entry<SavedPosting, PostingReport>> postings, List<Row> rows) {

	static PostingComparison of(List<Map.Entry<SavedPosting, PostingReport>> postings) {
		Set<String> skillCodes = new LinkedHashSet<>();
		postings.forEach((entry) -> entry.getValue().analysis().skills().forEach((s) -> skillCodes.add(s.skillCode())));
		List<Row> rows = new ArrayList<>();
		for (String code : skillCodes) {
			Map<UUID, Integer> targets = new LinkedHashMap<>();
			int current = 0;
			for (Map.Entry<SavedPosting, PostingReport> entry : postings) {
				for (SkillGap gap : entry.getValue().fit().gaps()) {
					if (gap.skillCode().equals(code)) {
						targets.put(entry.getKey().id(), gap.target());
						current = gap.current();
					}
				}
			}
			rows.add(new Row(code, current, targets));
		}
		return new PostingComparison(postings, rows);
	}

	/**
	 * @param current the person's level
	 * @param targets the level each posting asks, by posting id (postings that do not ask
	 * for the skill are absent)
	 */
	public record Row(String skillCode, int current, Map<UUID, Integer> targets) {
	}

}

package dev.skillgap.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a learning item may claim, by the crosswalk of {@code db/reference/skills.yaml} (3
 * = ITSS 3, 4 = ITSS 4 / SFIA 5, 5 = ITSS 5-6 / SFIA 6). The rule, as stated in
 * {@code db/reference/README.md}:
 * <ol>
 * <li>No item leads to 5: the organisation's recognised expert is shown by work done, not
 * by study or an exam.</li>
 * <li>Only a certification or exam whose {@code itss} level is 4 (IPA's advanced exams,
 * professional and expert vendor certifications) leads to 4, and from 2 at least.</li>
 * <li>A certification or exam leads no higher than its {@code itss} level (given where
 * known; 3 when not given).</li>
 * <li>Self-study (book, documentation, course, lab) leads to 3 at most.</li>
 * <li>An item's hours cover its largest raise at the least time each level needs:
 * {@value #HOURS_TO_1} h to reach 1, {@value #HOURS_TO_2} h to reach 2,
 * {@value #HOURS_TO_3} h to reach 3, {@value #HOURS_TO_4} h to reach 4 (so 20 hours of
 * documentation cannot take a skill from 1 to 4).</li>
 * </ol>
 */
final class LevelJumps {

	static final int HOURS_TO_1 = 5;

	static final int HOURS_TO_2 = 10;

	static final int HOURS_TO_3 = 20;

	static final int HOURS_TO_4 = 60;

	static final Set<String> ASSESSED = Set.of("certification", "exam");

	private LevelJumps() {
	}

	/** The least study hours to go from one level to another. */
	static int leastHours(int from, int to) {
		int hours = 0;
		for (int level = from + 1; level <= to; level++) {
			hours += switch (level) {
				case 1 -> HOURS_TO_1;
				case 2 -> HOURS_TO_2;
				case 3 -> HOURS_TO_3;
				case 4 -> HOURS_TO_4;
				default -> Integer.MAX_VALUE / 8;
			};
		}
		return hours;
	}

	/** What is wrong with an item by the rule; empty when nothing is. */
	static List<String> violations(LearningItemsFile.Entry item) {
		List<String> wrong = new ArrayList<>();
		boolean assessed = ASSESSED.contains(item.kind());
		int itss = (item.itss() == null) ? 3 : item.itss();
		if (item.itss() != null && !assessed) {
			wrong.add("only a certification or exam has an itss level");
		}
		int largest = 0;
		for (LearningItemsFile.Raise raise : item.raises()) {
			String what = raise.skill() + " " + raise.from() + " -> " + raise.to();
			if (raise.to() >= 5) {
				wrong.add(what + ": no item leads to 5");
			}
			else if (raise.to() == 4 && !(assessed && itss >= 4 && raise.from() >= 2)) {
				wrong.add(what + ": only a certification or exam at itss 4 leads to 4, from 2 at least");
			}
			if (assessed && raise.to() > itss) {
				wrong.add(what + ": above the credential's itss level " + itss);
			}
			if (!assessed && raise.to() > 3) {
				wrong.add(what + ": self-study leads to 3 at most");
			}
			largest = Math.max(largest, leastHours(raise.from(), raise.to()));
		}
		if (item.hours() < largest) {
			wrong.add(item.hours() + " h is less than the " + largest + " h its largest raise needs");
		}
		return wrong;
	}

}

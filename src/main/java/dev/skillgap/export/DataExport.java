package dev.skillgap.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything a person recorded, in one language (names are given beside the codes).
 */
public record DataExport(Instant exportedAt, AccountData account, List<SkillData> levels, List<PlanItemData> plan,
		@Nullable GoalData goal, List<PostingData> savedPostings, List<CertificationData> certifications) {

	public record AccountData(String email, String displayName, String locale, Instant createdAt) {
	}

	/** A skill with its current level and every level given to it, oldest first. */
	public record SkillData(String skillCode, String skillName, int currentLevel, List<LevelData> history) {
	}

	public record LevelData(int level, String source, @Nullable String evidence, @Nullable String evidenceUrl,
			@Nullable String learningItemCode, Instant assessedAt) {
	}

	public record PlanItemData(String itemCode, String title, int position, String status,
			@Nullable LocalDate targetDate, BigDecimal hoursLogged, Instant addedAt, @Nullable Instant startedAt,
			@Nullable Instant completedAt) {
	}

	public record GoalData(String roleCode, String roleName, LocalDate targetDate) {
	}

	public record PostingData(String id, String title, String text, Instant createdAt) {
	}

	/** A certification held, with the skills it backs. */
	public record CertificationData(String id, @Nullable String itemCode, String name, LocalDate issuedOn,
			@Nullable LocalDate expiresOn, @Nullable String credentialId, @Nullable String verificationUrl,
			List<String> supports) {
	}

	/**
	 * Groups a flat history (oldest first) by skill, in the order skills first appear.
	 */
	static List<SkillData> bySkill(List<Map.Entry<String, LevelData>> history,
			java.util.function.Function<String, String> names) {
		Map<String, List<LevelData>> grouped = new LinkedHashMap<>();
		for (Map.Entry<String, LevelData> entry : history) {
			grouped.computeIfAbsent(entry.getKey(), (k) -> new ArrayList<>()).add(entry.getValue());
		}
		List<SkillData> skills = new ArrayList<>();
		grouped.forEach((code, levels) -> skills
			.add(new SkillData(code, names.apply(code), levels.get(levels.size() - 1).level(), List.copyOf(levels))));
		return skills;
	}

}

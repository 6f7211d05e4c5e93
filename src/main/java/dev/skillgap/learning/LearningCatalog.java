package dev.skillgap.learning;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.LocalizedText;
import dev.skillgap.platform.ReferenceData;
import dev.skillgap.skills.SkillCatalog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The learning catalog: applied from {@code db/reference/learning-items.yaml} on start
 * (only when the file changed), then held in memory.
 */
@Service
public class LearningCatalog {

	static final String FILE = "learning-items.yaml";

	private final Map<String, LearningItem> items;

	LearningCatalog(ReferenceData referenceData, JdbcClient jdbc, JdbcTemplate jdbcTemplate, SkillCatalog skills) {
		referenceData.apply(FILE, LearningItemsFile.class, (file) -> upsert(jdbc, jdbcTemplate, file, skills));
		this.items = load(jdbc);
	}

	public List<LearningItem> items() {
		return List.copyOf(this.items.values());
	}

	public Optional<LearningItem> find(String code) {
		return Optional.ofNullable(code == null ? null : this.items.get(code));
	}

	/**
	 * @throws DomainException 404 when there is no such item
	 */
	public LearningItem get(String code) {
		return find(code).orElseThrow(() -> DomainException.notFound("learning.item.notFound", code));
	}

	static void validate(LearningItemsFile file, SkillCatalog skills) {
		for (LearningItemsFile.Entry item : file.items()) {
			if (item.hours() <= 0) {
				throw new IllegalStateException("Learning item " + item.code() + " needs positive hours");
			}
			for (LearningItemsFile.Raise raise : item.raises()) {
				if (!skills.exists(raise.skill())) {
					throw new IllegalStateException(
							"Learning item " + item.code() + " raises unknown skill " + raise.skill());
				}
				if (raise.from() < 0 || raise.to() > 5 || raise.to() <= raise.from()) {
					throw new IllegalStateException(
							"Learning item " + item.code() + " has an invalid level range for " + raise.skill());
				}
			}
		}
	}

	private static void upsert(JdbcClient jdbc, JdbcTemplate jdbcTemplate, LearningItemsFile file,
			SkillCatalog skills) {
		validate(file, skills);
		List<Object[]> items = new ArrayList<>();
		List<Object[]> raises = new ArrayList<>();
		int position = 0;
		for (LearningItemsFile.Entry item : file.items()) {
			items.add(new Object[] { item.code(), item.kind(), item.title().en(), item.title().ja(), item.provider(),
					item.url(), String.join(",", item.languages()), item.hours(), item.cost(), position++ });
			for (LearningItemsFile.Raise raise : item.raises()) {
				raises.add(new Object[] { item.code(), raise.skill(), raise.from(), raise.to() });
			}
		}
		jdbcTemplate.batchUpdate(
				"""
						insert into learning_item (code, kind, title_en, title_ja, provider, url, languages, hours, cost, position)
						values (?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?)
						on conflict (code) do update set kind = excluded.kind, title_en = excluded.title_en,
						  title_ja = excluded.title_ja, provider = excluded.provider, url = excluded.url,
						  languages = excluded.languages, hours = excluded.hours, cost = excluded.cost,
						  position = excluded.position
						""",
				items);
		jdbc.sql("delete from learning_item_skill").update();
		jdbcTemplate.batchUpdate(
				"insert into learning_item_skill (item_code, skill_code, from_level, to_level) values (?, ?, ?, ?)",
				raises);
	}

	private static Map<String, LearningItem> load(JdbcClient jdbc) {
		Map<String, List<LearningItem.Raise>> raises = new HashMap<>();
		jdbc.sql("select * from learning_item_skill order by item_code, skill_code").query((rs) -> {
			raises.computeIfAbsent(rs.getString("item_code"), (k) -> new ArrayList<>())
				.add(new LearningItem.Raise(rs.getString("skill_code"), rs.getInt("from_level"),
						rs.getInt("to_level")));
		});
		Map<String, LearningItem> items = new LinkedHashMap<>();
		jdbc.sql("select * from learning_item order by position").query((rs) -> {
			String code = rs.getString("code");
			Array languages = rs.getArray("languages");
			items.put(code, new LearningItem(code, rs.getString("kind"),
					new LocalizedText(rs.getString("title_en"), rs.getString("title_ja")), rs.getString("provider"),
					rs.getString("url"), Arrays.asList((String[]) languages.getArray()), rs.getInt("hours"),
					rs.getString("cost"), List.copyOf(raises.getOrDefault(code, List.of()))));
		});
		return items;
	}

}

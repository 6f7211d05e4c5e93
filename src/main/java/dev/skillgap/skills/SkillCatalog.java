package dev.skillgap.skills;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.skillgap.platform.LocalizedText;
import dev.skillgap.platform.ReferenceData;
import dev.skillgap.platform.ReferenceView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The skill taxonomy: applied from {@code db/reference/skills.yaml} on start (only when
 * the file changed), then held in memory, since every request that shows a skill needs
 * it, and reloaded when another instance applies new reference data. A skill removed from
 * the file is retired: it is no longer offered ({@link #skills()}, {@link #exists}), but
 * its name still reads where a person's history refers to it.
 */
@Service
public class SkillCatalog {

	static final String FILE = "skills.yaml";

	private final ReferenceView<Taxonomy> taxonomy;

	SkillCatalog(ReferenceData referenceData, JdbcClient jdbc) {
		referenceData.apply(FILE, SkillsFile.class, (file) -> upsert(jdbc, file));
		this.taxonomy = referenceData.view(() -> load(jdbc));
	}

	public List<ScaleLevel> scale() {
		return this.taxonomy.get().scale();
	}

	public List<SkillCategory> categories() {
		return this.taxonomy.get().categories();
	}

	/**
	 * All skills that are not retired, grouped by category in the reference data's order.
	 */
	public List<Skill> skills() {
		return this.taxonomy.get().list();
	}

	/** A skill that is not retired. */
	public Optional<Skill> find(String code) {
		return Optional.ofNullable(code == null ? null : this.taxonomy.get().active().get(code));
	}

	/**
	 * Whether the skill exists and is not retired: whether a level may be given for it.
	 */
	public boolean exists(String code) {
		return code != null && this.taxonomy.get().active().containsKey(code);
	}

	/**
	 * Whether the skill exists or was retired: whether a person's history may refer to
	 * it.
	 */
	public boolean isKnown(String code) {
		return exists(code) || isRetired(code);
	}

	public boolean isRetired(String code) {
		return code != null && this.taxonomy.get().retired().containsKey(code);
	}

	/** The skill's name (retired or not), or its code when the skill is unknown. */
	public LocalizedText name(String code) {
		Taxonomy taxonomy = this.taxonomy.get();
		Skill skill = taxonomy.active().get(code);
		if (skill == null) {
			skill = taxonomy.retired().get(code);
		}
		return skill != null ? skill.name() : new LocalizedText(code, code);
	}

	/**
	 * The reference data version the skills in memory were loaded at (part of the key of
	 * anything derived from them).
	 */
	public long version() {
		return this.taxonomy.snapshot().version();
	}

	static void validate(SkillsFile file) {
		var categoryCodes = file.categories().stream().map(SkillsFile.Category::code).toList();
		for (SkillsFile.Entry skill : file.skills()) {
			if (!categoryCodes.contains(skill.category())) {
				throw new IllegalStateException("Skill " + skill.code() + " has unknown category " + skill.category());
			}
			if (skill.levels().size() != 6 || !skill.levels()
				.stream()
				.map(SkillsFile.Level::level)
				.toList()
				.equals(List.of(0, 1, 2, 3, 4, 5))) {
				throw new IllegalStateException("Skill " + skill.code() + " must describe levels 0 to 5 in order");
			}
		}
	}

	private static void upsert(JdbcClient jdbc, SkillsFile file) {
		validate(file);
		for (SkillsFile.Scale level : file.scale()) {
			jdbc.sql("""
					insert into skill_scale_level (level, name_en, name_ja, description_en, description_ja, itss, sfia)
					values (:level, :nameEn, :nameJa, :descEn, :descJa, :itss, :sfia)
					on conflict (level) do update set name_en = excluded.name_en, name_ja = excluded.name_ja,
					  description_en = excluded.description_en, description_ja = excluded.description_ja,
					  itss = excluded.itss, sfia = excluded.sfia
					""")
				.param("level", level.level())
				.param("nameEn", level.name().en())
				.param("nameJa", level.name().ja())
				.param("descEn", level.description().en())
				.param("descJa", level.description().ja())
				.param("itss", level.itss())
				.param("sfia", level.sfia())
				.update();
		}
		int position = 0;
		for (SkillsFile.Category category : file.categories()) {
			jdbc.sql("""
					insert into skill_category (code, name_en, name_ja, position) values (:code, :en, :ja, :position)
					on conflict (code) do update set name_en = excluded.name_en, name_ja = excluded.name_ja,
					  position = excluded.position
					""")
				.param("code", category.code())
				.param("en", category.name().en())
				.param("ja", category.name().ja())
				.param("position", position++)
				.update();
		}
		position = 0;
		for (SkillsFile.Entry skill : file.skills()) {
			jdbc.sql("""
					insert into skill (code, category_code, name_en, name_ja, description_en, description_ja, position)
					values (:code, :category, :nameEn, :nameJa, :descEn, :descJa, :position)
					on conflict (code) do update set category_code = excluded.category_code,
					  name_en = excluded.name_en, name_ja = excluded.name_ja,
					  description_en = excluded.description_en, description_ja = excluded.description_ja,
					  position = excluded.position, retired_at = null
					""")
				.param("code", skill.code())
				.param("category", skill.category())
				.param("nameEn", skill.name().en())
				.param("nameJa", skill.name().ja())
				.param("descEn", skill.description().en())
				.param("descJa", skill.description().ja())
				.param("position", position++)
				.update();
			jdbc.sql("delete from skill_level where skill_code = :code").param("code", skill.code()).update();
			for (SkillsFile.Level level : skill.levels()) {
				jdbc.sql("""
						insert into skill_level (skill_code, level, description_en, description_ja)
						values (:code, :level, :en, :ja)
						""")
					.param("code", skill.code())
					.param("level", level.level())
					.param("en", level.en())
					.param("ja", level.ja())
					.update();
			}
			jdbc.sql("delete from skill_term where skill_code = :code").param("code", skill.code()).update();
			insertTerms(jdbc, skill.code(), "en", skill.terms() == null ? null : skill.terms().en());
			insertTerms(jdbc, skill.code(), "ja", skill.terms() == null ? null : skill.terms().ja());
		}
		ReferenceData.retireAllBut(jdbc, "skill", file.skills().stream().map(SkillsFile.Entry::code).toList());
	}

	private static void insertTerms(JdbcClient jdbc, String code, String language, List<String> terms) {
		if (terms == null) {
			return;
		}
		for (String term : terms.stream().distinct().toList()) {
			jdbc.sql("insert into skill_term (skill_code, language, term) values (:code, :language, :term)")
				.param("code", code)
				.param("language", language)
				.param("term", term)
				.update();
		}
	}

	private static List<ScaleLevel> loadScale(JdbcClient jdbc) {
		return jdbc.sql("select * from skill_scale_level order by level")
			.query((rs, row) -> new ScaleLevel(rs.getInt("level"),
					new LocalizedText(rs.getString("name_en"), rs.getString("name_ja")),
					new LocalizedText(rs.getString("description_en"), rs.getString("description_ja")),
					rs.getString("itss"), rs.getString("sfia")))
			.list();
	}

	private static List<SkillCategory> loadCategories(JdbcClient jdbc) {
		return jdbc.sql("select * from skill_category order by position")
			.query((rs, row) -> new SkillCategory(rs.getString("code"),
					new LocalizedText(rs.getString("name_en"), rs.getString("name_ja"))))
			.list();
	}

	private static Taxonomy load(JdbcClient jdbc) {
		Map<String, Skill> active = new LinkedHashMap<>();
		Map<String, Skill> retired = new HashMap<>();
		loadSkills(jdbc, active, retired);
		return new Taxonomy(loadScale(jdbc), loadCategories(jdbc), Map.copyOf(active), List.copyOf(active.values()),
				Map.copyOf(retired));
	}

	private static void loadSkills(JdbcClient jdbc, Map<String, Skill> active, Map<String, Skill> retired) {
		Map<String, List<LocalizedText>> levels = new HashMap<>();
		jdbc.sql("select * from skill_level order by skill_code, level").query((rs) -> {
			levels.computeIfAbsent(rs.getString("skill_code"), (k) -> new ArrayList<>())
				.add(new LocalizedText(rs.getString("description_en"), rs.getString("description_ja")));
		});
		Map<String, Map<String, List<String>>> terms = new HashMap<>();
		jdbc.sql("select * from skill_term order by skill_code, language, term").query((rs) -> {
			terms.computeIfAbsent(rs.getString("skill_code"), (k) -> new HashMap<>())
				.computeIfAbsent(rs.getString("language"), (k) -> new ArrayList<>())
				.add(rs.getString("term"));
		});
		jdbc.sql("""
				select s.* from skill s join skill_category c on c.code = s.category_code
				order by c.position, s.position
				""").query((rs) -> {
			String code = rs.getString("code");
			Skill skill = new Skill(code, rs.getString("category_code"),
					new LocalizedText(rs.getString("name_en"), rs.getString("name_ja")),
					new LocalizedText(rs.getString("description_en"), rs.getString("description_ja")),
					List.copyOf(levels.getOrDefault(code, List.of())), Map.copyOf(terms.getOrDefault(code, Map.of())));
			(rs.getTimestamp("retired_at") == null ? active : retired).put(code, skill);
		});
	}

	/**
	 * @param active the skills offered, by code
	 * @param list the same in the reference data's order
	 * @param retired the skills removed from the reference data, by code
	 */
	private record Taxonomy(List<ScaleLevel> scale, List<SkillCategory> categories, Map<String, Skill> active,
			List<Skill> list, Map<String, Skill> retired) {
	}

}

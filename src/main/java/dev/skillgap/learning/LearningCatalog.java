package dev.skillgap.learning;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.LocalizedText;
import dev.skillgap.platform.ReferenceData;
import dev.skillgap.platform.ReferenceView;
import dev.skillgap.skills.SkillCatalog;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The learning catalog: applied from {@code db/reference/learning-items.yaml} on start
 * (only when the file changed), then held in memory and reloaded when another instance
 * applies new reference data. An item removed from the file is retired: no longer offered
 * ({@link #items()}, {@link #find}, {@link #get}), so never recommended nor on a path,
 * but still shown, flagged, in the plans that hold it. What an item raises on a retired
 * skill is left out.
 */
@Service
public class LearningCatalog {

	static final String FILE = "learning-items.yaml";

	private final ReferenceView<Items> items;

	/**
	 * @param skills applied first: the items raise its skills
	 */
	LearningCatalog(ReferenceData referenceData, JdbcClient jdbc, JdbcTemplate jdbcTemplate, SkillCatalog skills) {
		referenceData.apply(FILE, LearningItemsFile.class, (file) -> upsert(jdbc, jdbcTemplate, file));
		this.items = referenceData.view(() -> load(jdbc));
	}

	/** The items that are not retired, in the reference data's order. */
	public List<LearningItem> items() {
		return this.items.get().list();
	}

	/** An item that is not retired. */
	public Optional<LearningItem> find(String code) {
		return Optional.ofNullable(code == null ? null : this.items.get().active().get(code));
	}

	/**
	 * @throws DomainException 404 when there is no such item (or it is retired)
	 */
	public LearningItem get(String code) {
		return find(code).orElseThrow(() -> DomainException.notFound("learning.item.notFound", code));
	}

	/** An item, retired or not: for data that refers to it (a plan). */
	public Optional<LearningItem> findIncludingRetired(String code) {
		Items items = this.items.get();
		return find(code).or(() -> Optional.ofNullable(code == null ? null : items.retired().get(code)));
	}

	/**
	 * How long a certification or exam of the catalog stays valid (retired or not), when
	 * its provider publishes a period or says it never expires; empty when unknown.
	 */
	public Optional<CertificationValidity> validity(String code) {
		return Optional.ofNullable(code == null ? null : this.items.get().validities().get(code));
	}

	public boolean isRetired(String code) {
		return code != null && this.items.get().retired().containsKey(code);
	}

	/**
	 * The items that are not retired, with the reference data version they were loaded
	 * at.
	 */
	ReferenceView.Snapshot<Items> snapshot() {
		return this.items.snapshot();
	}

	/**
	 * @param skills the codes of the skills that are not retired
	 */
	static void validate(LearningItemsFile file, Set<String> skills) {
		for (LearningItemsFile.Entry item : file.items()) {
			if (item.validity() != null) {
				LearningItemsFile.Validity validity = item.validity();
				boolean lifetime = Boolean.TRUE.equals(validity.lifetime());
				if (!List.of("certification", "exam").contains(item.kind())) {
					throw new IllegalStateException(
							"Learning item " + item.code() + " has a validity but is no credential");
				}
				if (lifetime == (validity.months() != null) || (validity.months() != null && validity.months() <= 0)) {
					throw new IllegalStateException(
							"Learning item " + item.code() + " needs either a positive validity in months or lifetime");
				}
			}
			if (item.hours() <= 0) {
				throw new IllegalStateException("Learning item " + item.code() + " needs positive hours");
			}
			List<String> jumps = LevelJumps.violations(item);
			if (!jumps.isEmpty()) {
				throw new IllegalStateException("Learning item " + item.code() + " claims too much: " + jumps);
			}
			for (LearningItemsFile.Raise raise : item.raises()) {
				if (!skills.contains(raise.skill())) {
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

	private static void upsert(JdbcClient jdbc, JdbcTemplate jdbcTemplate, LearningItemsFile file) {
		validate(file,
				Set.copyOf(jdbc.sql("select code from skill where retired_at is null").query(String.class).list()));
		List<Object[]> items = new ArrayList<>();
		List<Object[]> raises = new ArrayList<>();
		int position = 0;
		for (LearningItemsFile.Entry item : file.items()) {
			LearningItemsFile.Validity validity = item.validity();
			items.add(new Object[] { item.code(), item.kind(), item.title().en(), item.title().ja(), item.provider(),
					item.url(), String.join(",", item.languages()), item.hours(), item.cost(), position++,
					(validity != null) ? validity.months() : null,
					validity != null && Boolean.TRUE.equals(validity.lifetime()),
					(validity != null && validity.renewal() != null) ? validity.renewal().en() : null,
					(validity != null && validity.renewal() != null) ? validity.renewal().ja() : null });
			for (LearningItemsFile.Raise raise : item.raises()) {
				raises.add(new Object[] { item.code(), raise.skill(), raise.from(), raise.to() });
			}
		}
		jdbcTemplate.batchUpdate(
				"""
						insert into learning_item (code, kind, title_en, title_ja, provider, url, languages, hours, cost, position,
						  validity_months, validity_lifetime, renewal_en, renewal_ja)
						values (?, ?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, ?, ?, ?)
						on conflict (code) do update set kind = excluded.kind, title_en = excluded.title_en,
						  title_ja = excluded.title_ja, provider = excluded.provider, url = excluded.url,
						  languages = excluded.languages, hours = excluded.hours, cost = excluded.cost,
						  position = excluded.position, validity_months = excluded.validity_months,
						  validity_lifetime = excluded.validity_lifetime, renewal_en = excluded.renewal_en,
						  renewal_ja = excluded.renewal_ja, retired_at = null
						""",
				items);
		List<String> codes = file.items().stream().map(LearningItemsFile.Entry::code).toList();
		ReferenceData.retireAllBut(jdbc, "learning_item", codes);
		// a retired item keeps what it raised, for the plans that hold it
		jdbc.sql("delete from learning_item_skill where item_code = any(string_to_array(:codes, ','))")
			.param("codes", String.join(",", codes))
			.update();
		jdbcTemplate.batchUpdate(
				"insert into learning_item_skill (item_code, skill_code, from_level, to_level) values (?, ?, ?, ?)",
				raises);
	}

	private static Items load(JdbcClient jdbc) {
		Map<String, List<LearningItem.Raise>> raises = new HashMap<>();
		jdbc.sql("""
				select i.* from learning_item_skill i join skill s on s.code = i.skill_code and s.retired_at is null
				order by i.item_code, i.skill_code
				""").query((rs) -> {
			raises.computeIfAbsent(rs.getString("item_code"), (k) -> new ArrayList<>())
				.add(new LearningItem.Raise(rs.getString("skill_code"), rs.getInt("from_level"),
						rs.getInt("to_level")));
		});
		Map<String, LearningItem> active = new LinkedHashMap<>();
		Map<String, LearningItem> retired = new HashMap<>();
		Map<String, CertificationValidity> validities = new HashMap<>();
		jdbc.sql("select * from learning_item order by position").query((rs) -> {
			int months = rs.getInt("validity_months");
			Integer validityMonths = rs.wasNull() ? null : months;
			if (validityMonths != null || rs.getBoolean("validity_lifetime")) {
				validities.put(rs.getString("code"),
						new CertificationValidity(rs.getString("code"), validityMonths,
								rs.getString("renewal_en") == null ? null
										: new LocalizedText(rs.getString("renewal_en"), rs.getString("renewal_ja"))));
			}
			String code = rs.getString("code");
			Array languages = rs.getArray("languages");
			LearningItem item = new LearningItem(code, rs.getString("kind"),
					new LocalizedText(rs.getString("title_en"), rs.getString("title_ja")), rs.getString("provider"),
					rs.getString("url"), Arrays.asList((String[]) languages.getArray()), rs.getInt("hours"),
					rs.getString("cost"), List.copyOf(raises.getOrDefault(code, List.of())));
			(rs.getTimestamp("retired_at") == null ? active : retired).put(code, item);
		});
		return new Items(Map.copyOf(active), List.copyOf(active.values()), Map.copyOf(retired), Map.copyOf(validities));
	}

	/**
	 * @param active the items offered, by code
	 * @param list the same in the reference data's order
	 * @param retired the items removed from the reference data, by code
	 * @param validities how long each credential with a published period stays valid
	 */
	record Items(Map<String, LearningItem> active, List<LearningItem> list, Map<String, LearningItem> retired,
			Map<String, CertificationValidity> validities) {
	}

}

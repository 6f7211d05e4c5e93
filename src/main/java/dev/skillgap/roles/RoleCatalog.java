package dev.skillgap.roles;

import java.util.ArrayList;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The six role profiles: applied from {@code db/reference/roles.yaml} on start (only when
 * the file changed), then held in memory and reloaded when another instance applies new
 * reference data. A role removed from the file is retired: no longer offered
 * ({@link #roles()}, {@link #find}, {@link #get}), but its name and profile still read
 * for a goal set on it. Requirements on retired skills are left out.
 */
@Service
public class RoleCatalog {

	static final String FILE = "roles.yaml";

	private final ReferenceView<Profiles> profiles;

	/**
	 * @param skills applied first: the roles require its skills
	 */
	RoleCatalog(ReferenceData referenceData, JdbcClient jdbc, SkillCatalog skills) {
		referenceData.apply(FILE, RolesFile.class, (file) -> upsert(jdbc, file));
		this.profiles = referenceData.view(() -> load(jdbc));
	}

	/** All roles that are not retired, in the reference data's order. */
	public List<Role> roles() {
		return this.profiles.get().list();
	}

	/** A role that is not retired. */
	public Optional<Role> find(String code) {
		return Optional.ofNullable(code == null ? null : this.profiles.get().active().get(code));
	}

	/**
	 * @throws DomainException 404 when there is no such role (or it is retired)
	 */
	public Role get(String code) {
		return find(code).orElseThrow(() -> DomainException.notFound("role.notFound", code));
	}

	/** A role, retired or not: for data that refers to it (a goal). */
	public Optional<Role> findIncludingRetired(String code) {
		Profiles profiles = this.profiles.get();
		return find(code).or(() -> Optional.ofNullable(code == null ? null : profiles.retired().get(code)));
	}

	public boolean isRetired(String code) {
		return code != null && this.profiles.get().retired().containsKey(code);
	}

	/**
	 * The reference data version the roles in memory were loaded at (part of the key of
	 * anything derived from them).
	 */
	public long version() {
		return this.profiles.snapshot().version();
	}

	/** The role's name (retired or not), or its code when the role is unknown. */
	public LocalizedText name(String code) {
		return findIncludingRetired(code).map(Role::name).orElseGet(() -> new LocalizedText(code, code));
	}

	/**
	 * @param skills the codes of the skills that are not retired
	 */
	static void validate(RolesFile file, Set<String> skills) {
		List<String> codes = file.roles().stream().map(RolesFile.Entry::code).toList();
		for (RolesFile.Entry role : file.roles()) {
			Set<String> named = new java.util.HashSet<>();
			for (RolesFile.Requirement requirement : role.requirements()) {
				if (requirement.skills().isEmpty() || (requirement.skill() != null && requirement.anyOf() != null)) {
					throw new IllegalStateException(
							"Role " + role.code() + " has a requirement with neither a skill nor anyOf, or both");
				}
				if (requirement.anyOf() != null && requirement.anyOf().size() < 2) {
					throw new IllegalStateException(
							"Role " + role.code() + " has an anyOf group with fewer than two skills");
				}
				for (String skill : requirement.skills()) {
					if (!skills.contains(skill)) {
						throw new IllegalStateException("Role " + role.code() + " requires unknown skill " + skill);
					}
					if (!named.add(skill)) {
						throw new IllegalStateException("Role " + role.code() + " names skill " + skill + " twice");
					}
				}
				if (requirement.target() < 1 || requirement.target() > 5 || requirement.weight() < 1
						|| requirement.weight() > 3) {
					throw new IllegalStateException(
							"Role " + role.code() + " has an out-of-range requirement for " + requirement.skills());
				}
			}
			for (String next : role.nextRoles()) {
				if (!codes.contains(next)) {
					throw new IllegalStateException("Role " + role.code() + " names unknown next role " + next);
				}
			}
		}
	}

	private static void upsert(JdbcClient jdbc, RolesFile file) {
		validate(file,
				Set.copyOf(jdbc.sql("select code from skill where retired_at is null").query(String.class).list()));
		int position = 0;
		for (RolesFile.Entry role : file.roles()) {
			jdbc.sql("""
					insert into role_profile (code, name_en, name_ja, summary_en, summary_ja, article_lines, position)
					values (:code, :nameEn, :nameJa, :summaryEn, :summaryJa, :lines, :position)
					on conflict (code) do update set name_en = excluded.name_en, name_ja = excluded.name_ja,
					  summary_en = excluded.summary_en, summary_ja = excluded.summary_ja,
					  article_lines = excluded.article_lines, position = excluded.position, retired_at = null
					""")
				.param("code", role.code())
				.param("nameEn", role.name().en())
				.param("nameJa", role.name().ja())
				.param("summaryEn", role.summary().en())
				.param("summaryJa", role.summary().ja())
				.param("lines", role.articleLines())
				.param("position", position++)
				.update();
			jdbc.sql("delete from role_requirement where role_code = :code").param("code", role.code()).update();
			jdbc.sql("delete from role_posting_duty where role_code = :code").param("code", role.code()).update();
			int requirementPosition = 0;
			for (RolesFile.Requirement requirement : role.requirements()) {
				for (String skill : requirement.skills()) {
					jdbc.sql("""
							insert into role_requirement (role_code, skill_code, target_level, weight, rationale_en,
							  rationale_ja, position, any_of)
							values (:role, :skill, :target, :weight, :en, :ja, :position, :anyOf)
							""")
						.param("role", role.code())
						.param("skill", skill)
						.param("target", requirement.target())
						.param("weight", requirement.weight())
						.param("en", requirement.rationale().en())
						.param("ja", requirement.rationale().ja())
						.param("position", requirementPosition++)
						.param("anyOf", requirement.group())
						.update();
				}
			}
			if (role.postingDuties() != null) {
				insertPhrases(jdbc, role.code(), "en", role.postingDuties().en());
				insertPhrases(jdbc, role.code(), "ja", role.postingDuties().ja());
			}
		}
		ReferenceData.retireAllBut(jdbc, "role_profile", file.roles().stream().map(RolesFile.Entry::code).toList());
		jdbc.sql("delete from role_next_step").update();
		for (RolesFile.Entry role : file.roles()) {
			for (String next : role.nextRoles()) {
				jdbc.sql("insert into role_next_step (role_code, next_role_code) values (:role, :next)")
					.param("role", role.code())
					.param("next", next)
					.update();
			}
		}
	}

	private static void insertPhrases(JdbcClient jdbc, String role, String language, List<String> phrases) {
		if (phrases == null) {
			return;
		}
		for (String phrase : phrases.stream().distinct().toList()) {
			jdbc.sql("insert into role_posting_duty (role_code, language, phrase) values (:role, :language, :phrase)")
				.param("role", role)
				.param("language", language)
				.param("phrase", phrase)
				.update();
		}
	}

	private static Profiles load(JdbcClient jdbc) {
		Map<String, List<Role.Requirement>> requirements = new HashMap<>();
		// a requirement on a retired skill is left out of the profile (and so of fit and
		// gaps), even while roles.yaml still names it
		jdbc.sql("""
				select r.* from role_requirement r join skill s on s.code = r.skill_code and s.retired_at is null
				order by r.role_code, r.position
				""").query((rs) -> {
			requirements.computeIfAbsent(rs.getString("role_code"), (k) -> new ArrayList<>())
				.add(new Role.Requirement(rs.getString("skill_code"), rs.getInt("target_level"), rs.getInt("weight"),
						new LocalizedText(rs.getString("rationale_en"), rs.getString("rationale_ja")),
						rs.getString("any_of")));
		});
		Map<String, List<String>> next = new HashMap<>();
		jdbc.sql("""
				select n.role_code, n.next_role_code from role_next_step n
				join role_profile p on p.code = n.next_role_code and p.retired_at is null
				order by n.role_code, p.position
				""").query((rs) -> {
			next.computeIfAbsent(rs.getString("role_code"), (k) -> new ArrayList<>())
				.add(rs.getString("next_role_code"));
		});
		Map<String, Map<String, List<String>>> duties = new HashMap<>();
		jdbc.sql("select * from role_posting_duty order by role_code, language, phrase").query((rs) -> {
			duties.computeIfAbsent(rs.getString("role_code"), (k) -> new HashMap<>())
				.computeIfAbsent(rs.getString("language"), (k) -> new ArrayList<>())
				.add(rs.getString("phrase"));
		});
		Map<String, Role> active = new LinkedHashMap<>();
		Map<String, Role> retired = new HashMap<>();
		jdbc.sql("select * from role_profile order by position").query((rs) -> {
			String code = rs.getString("code");
			Role role = new Role(code, new LocalizedText(rs.getString("name_en"), rs.getString("name_ja")),
					new LocalizedText(rs.getString("summary_en"), rs.getString("summary_ja")),
					rs.getString("article_lines"), List.copyOf(requirements.getOrDefault(code, List.of())),
					List.copyOf(next.getOrDefault(code, List.of())), Map.copyOf(duties.getOrDefault(code, Map.of())));
			(rs.getTimestamp("retired_at") == null ? active : retired).put(code, role);
		});
		return new Profiles(Map.copyOf(active), List.copyOf(active.values()), Map.copyOf(retired));
	}

	/**
	 * @param active the roles offered, by code
	 * @param list the same in the reference data's order
	 * @param retired the roles removed from the reference data, by code
	 */
	private record Profiles(Map<String, Role> active, List<Role> list, Map<String, Role> retired) {
	}

}

package dev.skillgap.teams;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.skillgap.gaps.FitCalculator;
import dev.skillgap.gaps.RoleFit;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.gaps.SkillGap;
import dev.skillgap.platform.DomainException;
import dev.skillgap.skills.Skill;
import org.jspecify.annotations.Nullable;

/**
 * The team's skills heatmap, members by skills (a pure function): each member's fit to
 * their target role on the team, or to their best-fit role when they have none; sorted,
 * filtered and paged on the server so that a team of 10,000 reads one page at a time.
 */
public final class Heatmap {

	/** The largest page. */
	public static final int MAX_SIZE = 200;

	private Heatmap() {
	}

	/** What the heatmap is sorted by. */
	public enum SortKey {

		/** display name */
		NAME,

		/** fit to the member's target (or best-fit) role */
		FIT,

		/** levels missing to that role's targets */
		GAP,

		/** the level of one skill */
		SKILL

	}

	/**
	 * A sort as the API names it: {@code name}, {@code fit}, {@code gap} or
	 * {@code skill:<code>}.
	 */
	public record Sort(SortKey key, @Nullable String skillCode) {

		public static final Sort NAME = new Sort(SortKey.NAME, null);

		/**
		 * @throws DomainException 400 (field {@code sort}) for anything else, or a skill
		 * code that is not in {@code skills}
		 */
		public static Sort parse(@Nullable String text, Set<String> skills) {
			if (text == null || text.isBlank()) {
				return NAME;
			}
			if (text.startsWith("skill:")) {
				String code = text.substring("skill:".length());
				if (!skills.contains(code)) {
					throw DomainException.invalid("sort", "team.heatmap.sort", text);
				}
				return new Sort(SortKey.SKILL, code);
			}
			return switch (text) {
				case "name" -> NAME;
				case "fit" -> new Sort(SortKey.FIT, null);
				case "gap" -> new Sort(SortKey.GAP, null);
				default -> throw DomainException.invalid("sort", "team.heatmap.sort", text);
			};
		}

		/** The sort as the API names it. */
		public String text() {
			return (this.key == SortKey.SKILL) ? "skill:" + this.skillCode : this.key.name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * One page's request.
	 *
	 * @param category only the skills of this category (null: every skill)
	 * @param role only the members whose target role on the team is this one
	 * @param gap only the skills where some member on the page is below their role's
	 * target
	 * @param q only the members whose display name contains this (any case)
	 */
	public record Query(int page, int size, Sort sort, boolean descending, @Nullable String category,
			@Nullable String role, boolean gap, @Nullable String q) {

		public Query {
			if (page < 0) {
				throw DomainException.invalid("page", "team.heatmap.page");
			}
			if (size < 1 || size > MAX_SIZE) {
				throw DomainException.invalid("size", "team.heatmap.size", MAX_SIZE);
			}
		}

	}

	/**
	 * A member on the heatmap.
	 *
	 * @param fitRole the role the fit is measured against: the member's target role, or
	 * their best-fit role when they have none; null with neither a target role nor a
	 * level yet (no role fits someone who recorded nothing)
	 * @param gap the levels missing to that role's targets (with no fit role: to the
	 * first role profile's)
	 * @param below the skills where the member is below that role's target
	 */
	public record Row(MemberSkills member, @Nullable String fitRole, double fit, int gap, Set<String> below) {

		String name() {
			return this.member.member().displayName();
		}

	}

	/** One page of the heatmap: the skill columns and the members on the page. */
	public record Page(List<Skill> skills, List<Row> rows, int number, int size, long totalElements, int totalPages) {
	}

	/**
	 * The member's row: their fit to their target role when it has a profile, else to
	 * their best-fit role (the first of {@code profiles} among equals).
	 */
	public static Row row(MemberSkills member, Map<String, RoleProfile> profiles) {
		Map<String, Integer> levels = member.levelMap();
		String target = member.member().targetRole();
		RoleFit fit;
		@Nullable String fitRole;
		if (target != null && profiles.containsKey(target)) {
			fit = FitCalculator.fit(profiles.get(target), levels);
			fitRole = target;
		}
		else {
			fit = FitCalculator.rank(List.copyOf(profiles.values()), levels).get(0);
			// no role fits someone who recorded nothing
			fitRole = levels.isEmpty() ? null : fit.roleCode();
		}
		Set<String> below = new TreeSet<>();
		int gap = 0;
		for (SkillGap skill : fit.gaps()) {
			if (skill.counted() && skill.gap() > 0) {
				below.add(skill.skillCode());
				gap += skill.gap();
			}
		}
		return new Row(member, fitRole, fit.fit(), gap, below);
	}

	/** Every member matching the query's member filters, in the query's order. */
	public static List<Row> sorted(List<Row> rows, Query query) {
		String q = (query.q() == null || query.q().isBlank()) ? null : query.q().strip().toLowerCase(Locale.ROOT);
		return rows.stream()
			.filter((row) -> query.role() == null || query.role().equals(row.member().member().targetRole()))
			.filter((row) -> q == null || row.name().toLowerCase(Locale.ROOT).contains(q))
			.sorted(order(query))
			.toList();
	}

	/**
	 * The page: members filtered ({@code role}, {@code q}), sorted (ties by name, then
	 * account id, ascending whatever the direction) and paged; skill columns in the
	 * catalog's order, filtered by {@code category} and by {@code gap} (the skills where
	 * a member on the page is below target).
	 */
	public static Page page(List<Row> rows, List<Skill> skills, Query query) {
		List<Row> matching = sorted(rows, query);
		long from = (long) query.page() * query.size();
		List<Row> onPage = (from >= matching.size()) ? List.of()
				: matching.subList((int) from, (int) Math.min(matching.size(), from + query.size()));
		Set<String> below = new TreeSet<>();
		onPage.forEach((row) -> below.addAll(row.below()));
		List<Skill> columns = skills.stream()
			.filter((skill) -> query.category() == null || query.category().equals(skill.categoryCode()))
			.filter((skill) -> !query.gap() || below.contains(skill.code()))
			.toList();
		int totalPages = (int) ((matching.size() + (long) query.size() - 1) / query.size());
		return new Page(columns, List.copyOf(onPage), query.page(), query.size(), matching.size(), totalPages);
	}

	private static Comparator<Row> order(Query query) {
		Comparator<Row> key = switch (query.sort().key()) {
			case NAME -> Comparator.comparing(Row::name, String.CASE_INSENSITIVE_ORDER);
			case FIT -> Comparator.comparingDouble(Row::fit);
			case GAP -> Comparator.comparingInt(Row::gap);
			case SKILL -> Comparator.comparingInt((Row row) -> row.member().level(query.sort().skillCode()));
		};
		if (query.descending()) {
			key = key.reversed();
		}
		return key.thenComparing(Row::name, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(Row::name)
			.thenComparing((row) -> row.member().member().accountId());
	}

}

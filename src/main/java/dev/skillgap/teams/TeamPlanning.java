package dev.skillgap.teams;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.access.Audience;
import dev.skillgap.access.AuditAction;
import dev.skillgap.access.AuditTrail;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.identity.Accounts;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.LearningItem;
import dev.skillgap.learning.LearningPlans;
import dev.skillgap.learning.PlanItem;
import dev.skillgap.learning.PlanStatus;
import dev.skillgap.learning.PlanSuggestion;
import dev.skillgap.learning.PlanSuggestions;
import dev.skillgap.platform.DomainException;
import dev.skillgap.skills.SkillLevels;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead plans the team's training: the training plan ({@link TrainingPlanner}), items
 * sent to members as plan suggestions and their progress, the hiring brief
 * ({@link HiringBrief}) and the team's progress week by week ({@link TeamProgress}).
 * Every read is a fixed number of SQL statements whatever the team's size.
 *
 * <p>
 * A member's target role is the one {@link TeamRoster#targets} gives (the team's target
 * role, their own or a lead's proposal, else their own goal role); a role no longer in
 * the catalog counts as none.
 */
@Service
public class TeamPlanning {

	/** How many moves the hiring brief lists. */
	static final int MAX_MOVES = 20;

	/** The most weeks {@link #progress} reads. */
	public static final int MAX_WEEKS = 104;

	private final JdbcClient jdbc;

	private final TeamRoster roster;

	private final TeamTargets targets;

	private final SkillLevels levels;

	private final LearningPlans plans;

	private final PlanSuggestions suggestions;

	private final LearningCatalog catalog;

	private final AuditTrail audit;

	private final Accounts accounts;

	TeamPlanning(JdbcClient jdbc, TeamRoster roster, TeamTargets targets, SkillLevels levels, LearningPlans plans,
			PlanSuggestions suggestions, LearningCatalog catalog, AuditTrail audit, Accounts accounts) {
		this.jdbc = jdbc;
		this.roster = roster;
		this.targets = targets;
		this.levels = levels;
		this.plans = plans;
		this.suggestions = suggestions;
		this.catalog = catalog;
		this.audit = audit;
		this.accounts = accounts;
	}

	/**
	 * The team's training plan (leads only).
	 * @throws DomainException 403 for a member
	 */
	public TrainingPlan trainingPlan(Audience audience) {
		audience.requireLead();
		List<TeamMember> members = this.roster.targets(audience.groupId());
		List<UUID> ids = ids(members);
		Map<UUID, Map<String, Integer>> levels = this.levels.currentLevels(ids);
		Map<String, RoleProfile> profiles = this.targets.profiles();
		Map<UUID, String> roles = targetRoles(members, profiles);
		RoleProfile coverage = TrainingPlanner.coverageProfile(this.targets.targets(audience.groupId()), profiles);
		Map<UUID, RoleProfile> measured = new LinkedHashMap<>();
		for (TeamMember member : members) {
			String role = roles.get(member.accountId());
			measured.put(member.accountId(), (role != null) ? profiles.get(role) : coverage);
		}
		Map<UUID, Set<String>> excluded = new HashMap<>();
		this.plans.plans(ids).forEach((account, items) -> {
			Set<String> codes = new HashSet<>();
			items.stream().filter((i) -> i.status() != PlanStatus.DROPPED).forEach((i) -> codes.add(i.itemCode()));
			excluded.put(account, codes);
		});
		List<TrainingPlanner.PlannedItem> items = TrainingPlanner.plan(measured, levels, excluded,
				this.catalog.items());
		return new TrainingPlan(items, byId(members),
				items.stream().mapToInt(TrainingPlanner.PlannedItem::weightedGapClosed).sum());
	}

	/**
	 * A lead sends an item to members as plan suggestions (shown in each member's plan as
	 * suggested by the lead, to accept or decline), each kept on the member's audit
	 * trail. Members who have the item in their plan (done or not) or an open suggestion
	 * of it are skipped, with the reason.
	 * @throws DomainException 403 for a member; 400 for an unknown item
	 * ({@code itemCode}) or someone not on the team ({@code memberIds[i]})
	 */
	@Transactional
	public Sent suggest(Audience audience, String itemCode, List<UUID> memberIds, @Nullable String note) {
		audience.requireLead();
		LearningItem item = this.catalog.find(itemCode)
			.orElseThrow(() -> DomainException.invalid("itemCode", "learning.item.notFound", itemCode));
		Set<UUID> onTeam = new HashSet<>(ids(this.roster.active(audience.groupId())));
		for (int i = 0; i < memberIds.size(); i++) {
			if (!onTeam.contains(memberIds.get(i))) {
				throw DomainException.invalid("memberIds[" + i + "]", "team.suggestion.notMember");
			}
		}
		Set<UUID> chosen = new LinkedHashSet<>(memberIds);
		Map<UUID, List<PlanItem>> plans = this.plans.plans(chosen);
		Map<UUID, Set<String>> open = this.suggestions.openItems(chosen);
		UUID lead = audience.viewerId();
		String leadName = this.accounts.displayNames(List.of(lead)).getOrDefault(lead, "?");
		List<UUID> suggested = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		for (UUID member : chosen) {
			PlanItem planned = plans.getOrDefault(member, List.of())
				.stream()
				.filter((p) -> p.itemCode().equals(item.code()))
				.findFirst()
				.orElse(null);
			if (planned != null) {
				skipped
					.add(new Skipped(member, (planned.status() == PlanStatus.DONE) ? Skipped.DONE : Skipped.IN_PLAN));
				continue;
			}
			if (open.getOrDefault(member, Set.of()).contains(item.code())) {
				skipped.add(new Skipped(member, Skipped.ALREADY_SUGGESTED));
				continue;
			}
			PlanSuggestion suggestion = this.suggestions.suggest(member, item.code(), note, lead, leadName);
			this.jdbc.sql("""
					insert into team_suggestion (suggestion_id, team_id, item_code, suggested_by)
					values (:suggestion, :team, :item, :lead)
					""")
				.param("suggestion", suggestion.id())
				.param("team", audience.groupId())
				.param("item", item.code())
				.param("lead", lead)
				.update();
			this.audit.record(member, lead, AuditAction.ITEM_SUGGESTED, Map.of("itemCode", item.code(), "name_en",
					item.title().en(), "name_ja", item.title().ja(), "teamId", audience.groupId().toString()));
			suggested.add(member);
		}
		return new Sent(item.code(), List.copyOf(suggested), List.copyOf(skipped));
	}

	/**
	 * For each item suggested through the team to its current members, newest first: the
	 * suggestions and their answers, and where the item stands in those members' plans.
	 * @throws DomainException 403 for a member
	 */
	public List<ItemProgress> planProgress(Audience audience) {
		audience.requireLead();
		List<UUID> sent = this.jdbc
			.sql("select suggestion_id from team_suggestion where team_id = :team order by created_at desc")
			.param("team", audience.groupId())
			.query(UUID.class)
			.list();
		if (sent.isEmpty()) {
			return List.of();
		}
		Set<UUID> onTeam = new HashSet<>(ids(this.roster.active(audience.groupId())));
		Map<String, List<PlanSuggestion>> byItem = new LinkedHashMap<>();
		List<PlanSuggestion> found = new ArrayList<>(this.suggestions.find(sent));
		found.sort((a, b) -> b.createdAt().compareTo(a.createdAt()));
		Set<UUID> accounts = new HashSet<>();
		for (PlanSuggestion suggestion : found) {
			if (onTeam.contains(suggestion.accountId())) {
				byItem.computeIfAbsent(suggestion.itemCode(), (k) -> new ArrayList<>()).add(suggestion);
				accounts.add(suggestion.accountId());
			}
		}
		Map<UUID, List<PlanItem>> plans = this.plans.plans(accounts);
		List<ItemProgress> progress = new ArrayList<>();
		byItem.forEach((code, list) -> {
			int accepted = 0;
			int declined = 0;
			int pending = 0;
			Set<UUID> people = new LinkedHashSet<>();
			for (PlanSuggestion s : list) {
				switch (s.status()) {
					case "accepted" -> accepted++;
					case "declined" -> declined++;
					case PlanSuggestion.OPEN -> pending++;
					default -> {
					}
				}
				people.add(s.accountId());
			}
			int inPlan = 0;
			int done = 0;
			BigDecimal hours = BigDecimal.ZERO;
			for (UUID person : people) {
				for (PlanItem item : plans.getOrDefault(person, List.of())) {
					if (!item.itemCode().equals(code)) {
						continue;
					}
					if (item.status() == PlanStatus.DONE) {
						done++;
					}
					else if (item.status() != PlanStatus.DROPPED) {
						inPlan++;
					}
					hours = hours.add(item.hoursLogged());
				}
			}
			progress.add(new ItemProgress(code, list.size(), accepted, declined, pending, inPlan, done, hours));
		});
		return progress;
	}

	/**
	 * The hiring brief (leads only).
	 * @throws DomainException 403 for a member
	 */
	public Brief hiringBrief(Audience audience) {
		audience.requireLead();
		List<TeamMember> members = this.roster.targets(audience.groupId());
		Map<UUID, Map<String, Integer>> levels = this.levels.currentLevels(ids(members));
		members.forEach((m) -> levels.putIfAbsent(m.accountId(), Map.of()));
		Map<String, RoleProfile> profiles = this.targets.profiles();
		Map<UUID, String> roles = targetRoles(members, profiles);
		List<HiringBrief.Member> brief = members.stream()
			.map((m) -> new HiringBrief.Member(m.accountId(), roles.get(m.accountId())))
			.toList();
		return new Brief(HiringBrief.of(this.targets.targets(audience.groupId()), brief, levels, profiles, MAX_MOVES),
				byId(members));
	}

	/**
	 * Coverage targets met and average fit per week, the last {@code weeks} weeks up to
	 * the current one (leads and members).
	 * @throws DomainException 400 ({@code weeks}) outside 1..{@value #MAX_WEEKS}
	 */
	public Progress progress(Audience audience, int weeks) {
		if (weeks < 1 || weeks > MAX_WEEKS) {
			throw DomainException.invalid("weeks", "team.progress.weeks", MAX_WEEKS);
		}
		Instant now = Instant.now();
		List<TeamMember> members = this.roster.targets(audience.groupId());
		Map<String, RoleProfile> profiles = this.targets.profiles();
		Map<UUID, String> roles = targetRoles(members, profiles);
		Map<UUID, @Nullable RoleProfile> measured = new LinkedHashMap<>();
		members.forEach((m) -> {
			String role = roles.get(m.accountId());
			measured.put(m.accountId(), (role != null) ? profiles.get(role) : null);
		});
		return new Progress(members.size(),
				TeamProgress.weeks(now, weeks, measured,
						this.levels.historySince(measured.keySet(), TeamProgress.since(now, weeks)),
						this.targets.targets(audience.groupId()), List.copyOf(profiles.values())));
	}

	/**
	 * The team's progress.
	 *
	 * @param memberCount the people it is measured over (the team's active people today)
	 * @param weeks oldest first
	 */
	public record Progress(int memberCount, List<TeamProgress.Week> weeks) {
	}

	/**
	 * Each member's target role as {@link TeamRoster#targets} gives it (members without
	 * one, or whose role is no longer in the catalog, are absent).
	 */
	private static Map<UUID, String> targetRoles(List<TeamMember> members, Map<String, RoleProfile> profiles) {
		Map<UUID, String> roles = new HashMap<>();
		for (TeamMember member : members) {
			if (member.targetRole() != null && profiles.containsKey(member.targetRole())) {
				roles.put(member.accountId(), member.targetRole());
			}
		}
		return roles;
	}

	private static List<UUID> ids(List<TeamMember> members) {
		return members.stream().map(TeamMember::accountId).toList();
	}

	private static Map<UUID, TeamMember> byId(List<TeamMember> members) {
		Map<UUID, TeamMember> byId = new LinkedHashMap<>();
		members.forEach((m) -> byId.put(m.accountId(), m));
		return byId;
	}

	/**
	 * @param members the team's active members by account id (for their names)
	 * @param totalGapClosed the items' weighted gaps closed added up (an upper bound: an
	 * item counted for a member does not lower what another closes for them)
	 */
	public record TrainingPlan(List<TrainingPlanner.PlannedItem> items, Map<UUID, TeamMember> members,
			int totalGapClosed) {
	}

	/**
	 * @param reason {@value #IN_PLAN}, {@value #DONE} or {@value #ALREADY_SUGGESTED}
	 */
	public record Skipped(UUID memberId, String reason) {

		public static final String IN_PLAN = "inPlan";

		public static final String DONE = "done";

		public static final String ALREADY_SUGGESTED = "alreadySuggested";

	}

	public record Sent(String itemCode, List<UUID> suggested, List<Skipped> skipped) {
	}

	/**
	 * @param suggested suggestions sent through the team to current members
	 * @param pending suggestions not answered yet
	 * @param inPlan members with the item planned or in progress
	 * @param done members who finished it
	 * @param hoursLogged hours those members logged on it
	 */
	public record ItemProgress(String itemCode, int suggested, int accepted, int declined, int pending, int inPlan,
			int done, BigDecimal hoursLogged) {
	}

	public record Brief(HiringBrief.Brief brief, Map<UUID, TeamMember> members) {
	}

}

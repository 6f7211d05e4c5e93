package dev.skillgap.teams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.skillgap.access.AuditAction;
import dev.skillgap.access.AuditTrail;
import dev.skillgap.platform.DomainException;
import dev.skillgap.skills.EffectiveLevel;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.skills.SkillLevels;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead asks members to reassess skills whose assessments have gone stale. Each member
 * is asked only about their own stale skills among those the lead chose, never about
 * someone else's. Each request is kept ({@code team_reassessment_request}, and what each
 * member was asked in {@code team_reassessment_ask}), on each member's audit trail, and
 * published as {@link TeamEvents.ReassessmentRequested} in the same transaction
 * (notifications turn it into a bell and a mail for each member, with their skills).
 */
@Service
public class TeamReassessments {

	private final JdbcClient jdbc;

	private final TeamSkills skills;

	private final SkillCatalog catalog;

	private final SkillLevels levels;

	private final ApplicationEventPublisher events;

	private final TeamRepository teams;

	private final AuditTrail audit;

	private final ObjectProvider<ReassessmentsDue> due;

	TeamReassessments(JdbcClient jdbc, TeamSkills skills, SkillCatalog catalog, SkillLevels levels,
			ApplicationEventPublisher events, TeamRepository teams, AuditTrail audit,
			ObjectProvider<ReassessmentsDue> due) {
		this.jdbc = jdbc;
		this.skills = skills;
		this.catalog = catalog;
		this.levels = levels;
		this.events = events;
		this.teams = teams;
		this.audit = audit;
		this.due = due;
	}

	/** One member and the skills they were asked to reassess. */
	public record Ask(UUID memberId, List<String> skillCodes) {
	}

	/** A (member x skill) row the lead chose on the stale list. */
	public record Row(UUID memberId, String skillCode) {
	}

	/**
	 * A request as it was kept.
	 *
	 * @param memberIds the members asked
	 * @param skillCodes every skill anyone was asked about
	 * @param asked what each member was asked
	 */
	public record ReassessmentRequest(UUID id, UUID teamId, List<UUID> memberIds, List<String> skillCodes,
			List<Ask> asked, Instant createdAt) {
	}

	/** A request as the member asked sees it: only their own skills. */
	public record MyRequest(UUID id, UUID teamId, String teamName, @Nullable UUID requestedBy, String requestedByName,
			List<String> skillCodes, List<String> reassessedSkillCodes, Instant requestedAt) {
	}

	/**
	 * What to ask: chosen {@code rows} (member x skill), else the members and skills
	 * given. No member given: every member with a stale assessment; no skill given: every
	 * stale skill. Either way each member is asked only about skills stale for them
	 * ({@code months} old, or due or overdue under a reassessment cycle), so nobody is
	 * asked about a skill they never rated or reassessed lately.
	 * @throws DomainException 400 ({@code memberIds[i]}, {@code rows[i].memberId}) for
	 * someone not an active member, 400 ({@code skillCodes[i]},
	 * {@code rows[i].skillCode}) for an unknown skill, 400 ({@code months}) outside
	 * 1..120
	 */
	@Transactional
	public ReassessmentRequest request(UUID teamId, UUID requestedBy, List<UUID> memberIds, List<String> skillCodes,
			List<Row> rows, int months, Instant now) {
		List<MemberSkills> members = this.skills.members(teamId);
		Map<UUID, MemberSkills> byAccount = members.stream()
			.collect(Collectors.toMap((m) -> m.member().accountId(), Function.identity()));
		for (int i = 0; i < memberIds.size(); i++) {
			if (!byAccount.containsKey(memberIds.get(i))) {
				throw DomainException.invalid("memberIds[" + i + "]", "team.reassessment.notMember");
			}
		}
		for (int i = 0; i < skillCodes.size(); i++) {
			if (!this.catalog.exists(skillCodes.get(i))) {
				throw DomainException.invalid("skillCodes[" + i + "]", "skill.notFound", skillCodes.get(i));
			}
		}
		for (int i = 0; i < rows.size(); i++) {
			if (!byAccount.containsKey(rows.get(i).memberId())) {
				throw DomainException.invalid("rows[" + i + "].memberId", "team.reassessment.notMember");
			}
			if (!this.catalog.exists(rows.get(i).skillCode())) {
				throw DomainException.invalid("rows[" + i + "].skillCode", "skill.notFound", rows.get(i).skillCode());
			}
		}
		Map<UUID, Set<String>> stale = new HashMap<>();
		for (StaleAssessments.Stale s : StaleAssessments.of(members, StaleAssessments.cutoff(now, months))) {
			stale.computeIfAbsent(s.member().accountId(), (k) -> new TreeSet<>()).add(s.skillCode());
		}
		// what a reassessment cycle says is due or overdue counts as stale too (the due
		// view)
		this.due.orderedStream()
			.forEach((cycle) -> cycle.dueIn(teamId)
				.forEach((member, codes) -> stale.computeIfAbsent(member, (k) -> new TreeSet<>()).addAll(codes)));
		Map<UUID, Set<String>> asked = new LinkedHashMap<>();
		if (!rows.isEmpty()) {
			for (Row row : rows) {
				if (stale.getOrDefault(row.memberId(), Set.of()).contains(row.skillCode())) {
					asked.computeIfAbsent(row.memberId(), (k) -> new TreeSet<>()).add(row.skillCode());
				}
			}
		}
		else {
			Set<UUID> scope = memberIds.isEmpty() ? stale.keySet() : new LinkedHashSet<>(memberIds);
			Set<String> chosen = new LinkedHashSet<>(skillCodes);
			for (UUID member : scope) {
				Set<String> theirs = new TreeSet<>(stale.getOrDefault(member, Set.of()));
				if (!chosen.isEmpty()) {
					theirs.retainAll(chosen);
				}
				if (!theirs.isEmpty()) {
					asked.put(member, theirs);
				}
			}
		}
		List<Ask> asks = asked.entrySet()
			.stream()
			.map((e) -> new Ask(e.getKey(), List.copyOf(e.getValue())))
			.sorted(java.util.Comparator.comparing((Ask a) -> byAccount.get(a.memberId()).member().displayName())
				.thenComparing(Ask::memberId))
			.toList();
		List<UUID> memberList = asks.stream().map(Ask::memberId).toList();
		List<String> skillList = new ArrayList<>(
				asks.stream().flatMap((a) -> a.skillCodes().stream()).collect(Collectors.toCollection(TreeSet::new)));
		UUID id = UUID.randomUUID();
		Instant createdAt = this.jdbc.sql("""
				insert into team_reassessment_request (id, team_id, requested_by, skill_codes, member_ids)
				values (:id, :team, :by, :skills, :members) returning created_at
				""")
			.param("id", id)
			.param("team", teamId)
			.param("by", requestedBy)
			.param("skills", skillList.toArray(String[]::new))
			.param("members", memberList.toArray(UUID[]::new))
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.single();
		Map<String, String> teamDetail = this.teams.auditDetail(teamId);
		for (Ask ask : asks) {
			this.jdbc.sql("""
					insert into team_reassessment_ask (request_id, account_id, skill_codes)
					values (:request, :account, :skills)
					""")
				.param("request", id)
				.param("account", ask.memberId())
				.param("skills", ask.skillCodes().toArray(String[]::new))
				.update();
			Map<String, String> detail = new HashMap<>(teamDetail);
			detail.put("skillCodes", String.join(",", ask.skillCodes()));
			this.audit.record(ask.memberId(), requestedBy, AuditAction.TEAM_REASSESSMENT_REQUESTED, detail);
		}
		this.events.publishEvent(
				new TeamEvents.ReassessmentRequested(id, teamId, requestedBy, memberList, List.copyOf(skillList),
						asks.stream().map((a) -> new TeamEvents.Asked(a.memberId(), a.skillCodes())).toList()));
		return new ReassessmentRequest(id, teamId, memberList, List.copyOf(skillList), asks, createdAt);
	}

	/**
	 * The requests to reassess that the member has not finished, newest first: each with
	 * only the skills they were asked about, and those of them reassessed since. Requests
	 * of teams they are no longer on are left out.
	 */
	public List<MyRequest> open(UUID accountId) {
		List<MyRequest> all = this.jdbc.sql("""
				select r.id, r.team_id, t.name, r.requested_by, coalesce(a.display_name, '?') as requested_by_name,
				       k.skill_codes, r.created_at
				from team_reassessment_ask k
				join team_reassessment_request r on r.id = k.request_id
				join team t on t.id = r.team_id
				left join account a on a.id = r.requested_by
				where k.account_id = :account
				  and exists (select 1 from team_member m where m.team_id = r.team_id and m.account_id = :account
				              and m.status = 'active')
				order by r.created_at desc, r.id
				limit 100
				""")
			.param("account", accountId)
			.query((rs, row) -> new MyRequest(rs.getObject("id", UUID.class), rs.getObject("team_id", UUID.class),
					rs.getString("name"), rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name"),
					List.of((String[]) rs.getArray("skill_codes").getArray()), List.of(),
					rs.getTimestamp("created_at").toInstant()))
			.list();
		if (all.isEmpty()) {
			return all;
		}
		Map<String, Instant> updated = new HashMap<>();
		for (EffectiveLevel level : this.levels.effectiveLevels(List.of(accountId))
			.getOrDefault(accountId, List.of())) {
			updated.put(level.skillCode(), level.updatedAt());
		}
		List<MyRequest> open = new ArrayList<>();
		for (MyRequest request : all) {
			List<String> done = request.skillCodes()
				.stream()
				.filter((code) -> updated.containsKey(code) && updated.get(code).isAfter(request.requestedAt()))
				.toList();
			if (done.size() < request.skillCodes().size()) {
				open.add(new MyRequest(request.id(), request.teamId(), request.teamName(), request.requestedBy(),
						request.requestedByName(), request.skillCodes(), done, request.requestedAt()));
			}
		}
		return open;
	}

}

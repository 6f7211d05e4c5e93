package dev.skillgap.teams;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.skillgap.access.AuditAction;
import dev.skillgap.access.AuditTrail;
import dev.skillgap.platform.DomainException;
import dev.skillgap.skills.SkillCatalog;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead asks members to reassess skills whose assessments have gone stale. Each request
 * is kept ({@code team_reassessment_request}), on each member's audit trail, and
 * published as {@link TeamEvents.ReassessmentRequested} in the same transaction
 * (notifications turn it into a bell and a mail for each member).
 */
@Service
public class TeamReassessments {

	private final JdbcClient jdbc;

	private final TeamSkills skills;

	private final SkillCatalog catalog;

	private final ApplicationEventPublisher events;

	private final TeamRepository teams;

	private final AuditTrail audit;

	TeamReassessments(JdbcClient jdbc, TeamSkills skills, SkillCatalog catalog, ApplicationEventPublisher events,
			TeamRepository teams, AuditTrail audit) {
		this.jdbc = jdbc;
		this.skills = skills;
		this.catalog = catalog;
		this.events = events;
		this.teams = teams;
		this.audit = audit;
	}

	/** A request as it was kept. */
	public record ReassessmentRequest(UUID id, UUID teamId, List<UUID> memberIds, List<String> skillCodes,
			Instant createdAt) {
	}

	/**
	 * Asks {@code memberIds} to reassess {@code skillCodes}. No member given: every
	 * member with a stale assessment (of the given skills, if any); no skill given: every
	 * skill stale for the members asked ({@link StaleAssessments#DEFAULT_MONTHS} months).
	 * @throws DomainException 400 ({@code memberIds[i]}) for someone not an active
	 * member, 400 ({@code skillCodes[i]}) for an unknown skill
	 */
	@Transactional
	public ReassessmentRequest request(UUID teamId, UUID requestedBy, List<UUID> memberIds, List<String> skillCodes,
			Instant now) {
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
		Set<UUID> asked = new LinkedHashSet<>(memberIds);
		Set<String> skillsAsked = new LinkedHashSet<>(skillCodes);
		if (asked.isEmpty() || skillsAsked.isEmpty()) {
			List<MemberSkills> scope = asked.isEmpty() ? members : asked.stream().map(byAccount::get).toList();
			Set<UUID> staleMembers = new LinkedHashSet<>();
			Set<String> staleSkills = new java.util.TreeSet<>();
			for (StaleAssessments.Stale stale : StaleAssessments.of(scope,
					StaleAssessments.cutoff(now, StaleAssessments.DEFAULT_MONTHS))) {
				if (skillsAsked.isEmpty() || skillsAsked.contains(stale.skillCode())) {
					staleMembers.add(stale.member().accountId());
					staleSkills.add(stale.skillCode());
				}
			}
			if (asked.isEmpty()) {
				asked = staleMembers;
			}
			if (skillsAsked.isEmpty()) {
				skillsAsked = staleSkills;
			}
		}
		UUID id = UUID.randomUUID();
		List<UUID> memberList = new ArrayList<>(asked);
		List<String> skillList = new ArrayList<>(skillsAsked);
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
		Map<String, String> detail = new HashMap<>(this.teams.auditDetail(teamId));
		detail.put("skillCodes", String.join(",", skillList));
		this.audit.recordAll(memberList, requestedBy, AuditAction.TEAM_REASSESSMENT_REQUESTED, detail);
		this.events.publishEvent(new TeamEvents.ReassessmentRequested(id, teamId, requestedBy, List.copyOf(memberList),
				List.copyOf(skillList)));
		return new ReassessmentRequest(id, teamId, List.copyOf(memberList), List.copyOf(skillList), createdAt);
	}

}

package dev.skillgap.export;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.certifications.Certifications;
import dev.skillgap.identity.AccountView;
import dev.skillgap.identity.Accounts;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.LearningPlans;
import dev.skillgap.postings.PostingAnalysisService;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.skills.SkillLevels;

import org.springframework.stereotype.Service;

/** Gathers a person's data from the public API of each module that keeps some. */
@Service
public class DataExports {

	private final Accounts accounts;

	private final SkillLevels levels;

	private final SkillCatalog skills;

	private final LearningPlans plans;

	private final LearningCatalog items;

	private final RoleCatalog roles;

	private final PostingAnalysisService postings;

	private final Clock clock = Clock.systemUTC();

	private final Certifications certifications;

	DataExports(Accounts accounts, SkillLevels levels, SkillCatalog skills, LearningPlans plans, LearningCatalog items,
			RoleCatalog roles, PostingAnalysisService postings, Certifications certifications) {
		this.certifications = certifications;
		this.accounts = accounts;
		this.levels = levels;
		this.skills = skills;
		this.plans = plans;
		this.items = items;
		this.roles = roles;
		this.postings = postings;
	}

	/** Everything the person recorded, names in the given language. */
	public DataExport export(UUID accountId, Locale locale) {
		AccountView account = this.accounts.find(accountId);
		List<Map.Entry<String, DataExport.LevelData>> history = this.levels.history(accountId)
			.stream()
			.map((a) -> Map.entry(a.skillCode(),
					new DataExport.LevelData(a.level(), a.source().code(), a.evidence(), a.evidenceUrl(),
							a.learningItemCode(), a.assessedAt())))
			.toList();
		List<DataExport.PlanItemData> plan = this.plans.plan(accountId)
			.stream()
			.map((p) -> new DataExport.PlanItemData(p.itemCode(),
					this.items.findIncludingRetired(p.itemCode()).map((i) -> i.title().in(locale)).orElse(p.itemCode()),
					p.position(), p.status().code(), p.targetDate(), p.hoursLogged(), p.addedAt(), p.startedAt(),
					p.completedAt()))
			.toList();
		DataExport.GoalData goal = this.plans.goal(accountId)
			.map((g) -> new DataExport.GoalData(g.roleCode(),
					this.roles.findIncludingRetired(g.roleCode()).map((r) -> r.name().in(locale)).orElse(g.roleCode()),
					g.targetDate()))
			.orElse(null);
		List<DataExport.PostingData> saved = this.postings.savedWithFit(accountId)
			.stream()
			.map(Map.Entry::getKey)
			.map((p) -> new DataExport.PostingData(p.id().toString(), p.title(), p.text(), p.createdAt()))
			.toList();
		return new DataExport(Instant.now(this.clock),
				new DataExport.AccountData(account.email(), account.displayName(), account.locale(),
						account.createdAt()),
				DataExport.bySkill(history, (code) -> this.skills.name(code).in(locale)), plan, goal, saved,
				this.certifications.of(accountId)
					.stream()
					.map((c) -> new DataExport.CertificationData(c.id().toString(), c.itemCode(), c.name(),
							c.issuedOn(), c.expiresOn(), c.credentialId(), c.verificationUrl(), c.supports()))
					.toList());
	}

}

package dev.skillgap.postings.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.gaps.SkillGap;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.learning.RecommendationReason;
import dev.skillgap.learning.Recommender;
import dev.skillgap.platform.MessageRenderer;
import dev.skillgap.platform.Shares;
import dev.skillgap.postings.PostingAnalysis;
import dev.skillgap.postings.PostingAnalysisService;
import dev.skillgap.postings.PostingComparison;
import dev.skillgap.postings.PostingReport;
import dev.skillgap.postings.SavedPosting;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Job postings", description = "Which role a posting describes (duties, technologies, skill set), "
		+ "the skills it asks for with the words that matched, and my gap to it")
class PostingsController {

	private final PostingAnalysisService postings;

	private final SkillCatalog skills;

	private final RoleCatalog roles;

	private final MessageRenderer messages;

	PostingsController(PostingAnalysisService postings, SkillCatalog skills, RoleCatalog roles,
			MessageRenderer messages) {
		this.postings = postings;
		this.skills = skills;
		this.roles = roles;
		this.messages = messages;
	}

	@PostMapping("/api/postings/analyze")
	@Operation(summary = "Analyse a pasted posting without saving it",
			description = "Plain text in Japanese or English, up to 20,000 characters (400 otherwise, field text). "
					+ "Analyses (pasted or saved) are limited per person: 429 with Retry-After beyond.")
	@ApiResponse(responseCode = "200", description = "The analysis", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "429", description = "Too many analyses lately: wait for Retry-After")
	ReportResponse analyze(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody PostingRequest body,
			Locale locale) {
		return report(this.postings.analyze(user.id(), body.text()), locale);
	}

	@PostMapping("/api/me/postings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save a posting to compare it and track my fit to it",
			description = "Counts as an analysis: 429 with Retry-After beyond the limit per person.")
	@ApiResponse(responseCode = "429", description = "Too many analyses lately: wait for Retry-After")
	SavedResponse save(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody PostingRequest body,
			Locale locale) {
		SavedPosting saved = this.postings.save(user.id(), body.title(), body.text());
		return saved(saved, this.postings.report(user.id(), saved), locale);
	}

	@GetMapping("/api/me/postings")
	@Operation(summary = "My saved postings, newest first, with the role each describes and my fit")
	List<SummaryResponse> list(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return this.postings.savedWithFit(user.id())
			.stream()
			.map((entry) -> summary(entry.getKey(), entry.getValue(), locale))
			.toList();
	}

	@GetMapping("/api/me/postings/{id}")
	@Operation(summary = "One of my saved postings, analysed again with my current levels (404 if not mine)")
	SavedResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
		SavedPosting saved = this.postings.get(user.id(), id);
		return saved(saved, this.postings.report(user.id(), saved), locale);
	}

	@DeleteMapping("/api/me/postings/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete one of my saved postings")
	void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		this.postings.delete(user.id(), id);
	}

	@GetMapping("/api/me/postings/{id}/history")
	@Operation(summary = "My fit to a saved posting after each change of my levels, oldest first",
			description = "Empty when the posting asks for no skill the dictionary knows.")
	List<HistoryPoint> history(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale) {
		return this.postings.history(user.id(), id)
			.stream()
			.map((point) -> new HistoryPoint(point.at(), point.skillCode(),
					this.skills.name(point.skillCode()).in(locale), point.level(),
					Shares.round(point.fits().values().iterator().next())))
			.toList();
	}

	@GetMapping("/api/me/postings/compare")
	@ApiResponse(responseCode = "404", description = "One of the ids is not among my saved postings")
	@ApiResponse(responseCode = "200", description = "The postings side by side")
	@Operation(summary = "Several saved postings side by side: role, fit and the level each asks per skill")
	CompareResponse compare(@AuthenticationPrincipal CurrentUser user, @RequestParam List<UUID> ids, Locale locale) {
		PostingComparison comparison = this.postings.compare(user.id(), ids);
		return new CompareResponse(
				comparison.postings().stream().map((e) -> summary(e.getKey(), e.getValue(), locale)).toList(),
				comparison.rows()
					.stream()
					.map((row) -> new CompareRow(row.skillCode(), this.skills.name(row.skillCode()).in(locale),
							row.current(), row.targets()))
					.toList());
	}

	private SavedResponse saved(SavedPosting saved, PostingReport report, Locale locale) {
		return new SavedResponse(saved.id(), saved.title(), saved.createdAt(), saved.text(), report(report, locale));
	}

	private SummaryResponse summary(SavedPosting saved, PostingReport report, Locale locale) {
		return new SummaryResponse(saved.id(), saved.title(), saved.createdAt(), report.analysis().language(),
				report.roleCode(), roleName(report.roleCode(), locale), share(report.fitToPosting()),
				report.analysis().skills().size());
	}

	private ReportResponse report(PostingReport report, Locale locale) {
		PostingAnalysis analysis = report.analysis();
		Map<String, SkillGap> gaps = new LinkedHashMap<>();
		report.fit().gaps().forEach((gap) -> gaps.put(gap.skillCode(), gap));
		List<SkillResponse> skills = analysis.skills().stream().map((skill) -> {
			SkillGap gap = gaps.get(skill.skillCode());
			return new SkillResponse(skill.skillCode(), this.skills.name(skill.skillCode()).in(locale),
					skill.section().code(), skill.target(), skill.weight(),
					skill.level() == null ? null : skill.level().level(),
					skill.level() == null ? null : skill.level().evidence(), gap.current(), gap.gap(),
					skill.mentions()
						.stream()
						.map((m) -> new EvidenceResponse(m.term(), m.start(), m.end(), m.section().code()))
						.toList());
		}).toList();
		List<RoleScoreResponse> roleScores = analysis.roles()
			.stream()
			.map((r) -> new RoleScoreResponse(r.roleCode(), this.roles.name(r.roleCode()).in(locale),
					Shares.round(r.score()), Shares.round(r.probability()), Shares.round(r.duties()),
					Shares.round(r.technologies()), Shares.round(r.skillSet()), r.dutyPhrases(), r.breadth(),
					r.technologyTerms(), r.skillSetTerms(),
					r.drivers().stream().map((d) -> driver(d, locale)).toList()))
			.toList();
		PostingAnalysis.Judgement judgement = analysis.judgement();
		List<RoleGapResponse> roleGaps = report.roleFits()
			.stream()
			.map((fit) -> new RoleGapResponse(fit.roleCode(), this.roles.name(fit.roleCode()).in(locale),
					Shares.round(fit.fit()),
					fit.largestGaps()
						.stream()
						.limit(5)
						.map((gap) -> new GapResponse(gap.skillCode(), this.skills.name(gap.skillCode()).in(locale),
								gap.current(), gap.target(), gap.gap()))
						.toList()))
			.toList();
		return new ReportResponse(analysis.language(), report.roleCode(), roleName(report.roleCode(), locale),
				Shares.round(judgement.confidence()), judgement.mixedWith(), roleName(judgement.mixedWith(), locale),
				judgement.tooShort(), roleScores, roleGaps, skills, share(report.fitToPosting()),
				analysis.segments().stream().map((s) -> new SegmentResponse(s.text(), s.skillCode())).toList(),
				report.recommendations().stream().map((r) -> recommendation(r, locale)).toList());
	}

	/** A feature that pushed the model toward a role, with the name of its skill. */
	private DriverResponse driver(PostingAnalysis.Driver driver, Locale locale) {
		String name = ("skill".equals(driver.kind()) && driver.code() != null)
				? this.skills.name(driver.code()).in(locale) : null;
		return new DriverResponse(driver.kind(), driver.code(), name, driver.contribution());
	}

	private RecommendationResponse recommendation(Recommender.Recommendation r, Locale locale) {
		return new RecommendationResponse(r.item().code(), r.item().title().in(locale), r.item().kind(),
				r.item().provider(), r.item().url(), r.item().hours(), r.item().cost(),
				this.messages.render(RecommendationReason.of(r, (code) -> this.skills.name(code).in(locale)), locale));
	}

	private static Double share(Double value) {
		return value == null ? null : Shares.round(value);
	}

	private String roleName(String code, Locale locale) {
		return code == null ? null : this.roles.name(code).in(locale);
	}

	record PostingRequest(@Size(max = 200) String title,
			@Schema(maxLength = 20000, description = "the posting, at most 20,000 characters") String text) {
	}

	/**
	 * @param roleCode the role the posting describes best (null when it is too short to
	 * judge, or nothing points to a role)
	 * @param confidence the best role's probability (0-1; 0 when too short to judge)
	 * @param mixedWith the second role's code when the posting mixes two (their
	 * probabilities are close), else null
	 * @param tooShort true when there is too little text to judge: the skills are shown,
	 * no role
	 * @param roles every role's probability (summing to 1) and the article's three
	 * signals (each 0-1), best first; empty when too short to judge
	 * @param roleGaps my fit and largest gaps to the role the posting describes and, when
	 * it mixes two, to the second
	 * @param fit my fit to the posting's requirements (0-1; null when it asks for no
	 * known skill)
	 * @param segments the posting's text cut into plain and matched pieces; render them
	 * as text
	 */
	record ReportResponse(String language, @Nullable String roleCode, @Nullable String roleName, double confidence,
			@Nullable String mixedWith, @Nullable String mixedWithName, boolean tooShort, List<RoleScoreResponse> roles,
			List<RoleGapResponse> roleGaps, List<SkillResponse> skills, @Nullable Double fit,
			List<SegmentResponse> segments, List<RecommendationResponse> recommendations) {
	}

	/**
	 * A role's probability under the learned model, the article's three signals (l.84-98)
	 * with the words that triggered each, and the features that pushed the model toward
	 * it.
	 *
	 * @param score what the roles are ranked by (the probability)
	 * @param probability the role's share of the distribution (0-1, summing to 1)
	 * @param dutyPhrases the role's duty phrases and cue words found in the duties
	 * @param breadth the domains of the IT foundation the duties cover (network, servers,
	 * cloud, databases, storage, security, automation), when breadth counted for the role
	 * @param technologyTerms the technologies named in the posting that the role uses
	 * @param skillSetTerms the skill-set words (capabilities and the article's cues) the
	 * posting and the role share
	 * @param drivers the features that pushed the model toward the role, strongest first
	 */
	record RoleScoreResponse(String roleCode, String roleName, double score, double probability, double duties,
			double technologies, double skillSet, List<String> dutyPhrases, List<String> breadth,
			List<String> technologyTerms, List<String> skillSetTerms, List<DriverResponse> drivers) {
	}

	/**
	 * @param kind duties, technologies, skillSet, cues or title (the role's own signals);
	 * skill (a skill asked for); cue (a skill-set cue group: whole-system, server-focus,
	 * cloud-focus, network-focus, automation-focus, design-focus); breadth
	 * @param code the skill or cue group, for those kinds
	 * @param name the skill's name, for a skill
	 * @param contribution what it added to the role's log-odds
	 */
	record DriverResponse(String kind, @Nullable String code, @Nullable String name, double contribution) {
	}

	/**
	 * My fit to a role and my largest gaps to it.
	 */
	record RoleGapResponse(String roleCode, String roleName, double fit, List<GapResponse> gaps) {
	}

	@Schema(name = "PostingRoleGap")
	record GapResponse(String skillCode, String skillName, int current, int target, int gap) {
	}

	/**
	 * @param section where the posting asks for it: intro, duties, required, preferred,
	 * technologies, other
	 * @param target the level used for my gap: the stated level, else a default
	 * @param inferredLevel the level the posting states, if any, and the words it was
	 * read from
	 * @param evidence the matched words and their offsets (UTF-16) in the original text
	 */
	@Schema(name = "PostingSkillResponse")
	record SkillResponse(String skillCode, String skillName, String section, int target, int weight,
			@Nullable Integer inferredLevel, @Nullable String levelEvidence, int current, int gap,
			List<EvidenceResponse> evidence) {
	}

	record EvidenceResponse(String term, int start, int end, String section) {
	}

	record SegmentResponse(String text, @Nullable String skillCode) {
	}

	@Schema(name = "PostingRecommendationResponse")
	record RecommendationResponse(String code, String title, String kind, String provider, @Nullable String url,
			int hours, String cost, String reason) {
	}

	record SavedResponse(UUID id, String title, Instant createdAt, String text, ReportResponse report) {
	}

	record SummaryResponse(UUID id, String title, Instant createdAt, String language, @Nullable String roleCode,
			@Nullable String roleName, @Nullable Double fit, int skills) {
	}

	record HistoryPoint(Instant at, String skillCode, String skillName, int level, double fit) {
	}

	record CompareRow(String skillCode, String skillName, int current, Map<UUID, Integer> targets) {
	}

	record CompareResponse(List<SummaryResponse> postings, List<CompareRow> skills) {
	}

}

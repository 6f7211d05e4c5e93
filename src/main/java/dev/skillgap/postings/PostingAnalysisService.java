package dev.skillgap.postings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.gaps.FitCalculator;
import dev.skillgap.gaps.FitHistoryPoint;
import dev.skillgap.gaps.FitService;
import dev.skillgap.gaps.RoleFit;
import dev.skillgap.gaps.RoleProfile;
import dev.skillgap.learning.Recommendations;
import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.ReferenceData;
import dev.skillgap.roles.RoleCatalog;
import dev.skillgap.skills.SkillCatalog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analyses postings (pasted text is untrusted input: plain text up to 20,000 characters,
 * no binary) and keeps the ones a user saves.
 */
@Service
public class PostingAnalysisService {

	static final int MAX_CHARACTERS = 20_000;

	/** How many saved postings can be compared at once. */
	static final int MAX_COMPARED = 10;

	/** How the analyser reads a posting: headings, cues, normalisation. */
	static final String FILE = "postings.yaml";

	private final PostingsFile rules;

	private final SkillCatalog skills;

	private final RoleCatalog roles;

	/**
	 * The analyser over the term dictionary and role signals of the reference data, with
	 * the versions of the skills and roles it was built from: built again when either
	 * catalog reloaded newer reference data.
	 */
	private volatile Built analyzer;

	private final FitService fits;

	private final Recommendations recommendations;

	private final PostingRepository postings;

	private final PostingThrottle throttle;

	private final RoleModelSource model;

	PostingAnalysisService(SkillCatalog skills, RoleCatalog roles, FitService fits, Recommendations recommendations,
			PostingRepository postings, PostingThrottle throttle, RoleModelSource model, ReferenceData referenceData) {
		this.skills = skills;
		this.roles = roles;
		this.model = model;
		this.rules = referenceData.read(FILE, PostingsFile.class);
		this.analyzer = build(skills, roles, this.rules, model);
		this.fits = fits;
		this.recommendations = recommendations;
		this.postings = postings;
		this.throttle = throttle;
	}

	/**
	 * Analyses a posting for a person without saving it.
	 * @throws dev.skillgap.platform.TooManyAttemptsException when the person asked for
	 * too many analyses lately
	 */
	public PostingReport analyze(UUID account, String text) {
		validate(text);
		this.throttle.recordAnalysis(account);
		return report(account, text, this.fits.currentLevels(account));
	}

	/**
	 * Saves a posting (its report is read next, so it counts as an analysis).
	 * @throws dev.skillgap.platform.TooManyAttemptsException when the person asked for
	 * too many analyses lately
	 */
	@Transactional
	public SavedPosting save(UUID account, String title, String text) {
		validate(text);
		this.throttle.recordAnalysis(account);
		return this.postings.insert(account, title(title, text), text);
	}

	/**
	 * @throws DomainException 404 unless the posting is the user's own
	 */
	public SavedPosting get(UUID account, UUID id) {
		return this.postings.find(account, id).orElseThrow(() -> DomainException.notFound("posting.notFound"));
	}

	public PostingReport report(UUID account, SavedPosting posting) {
		return report(account, posting.text(), this.fits.currentLevels(account));
	}

	/**
	 * All saved postings, newest first, each read for the person (role, skills, fit; no
	 * recommendations): one read of the postings and one of the person's levels.
	 */
	public List<Map.Entry<SavedPosting, PostingReport>> savedWithFit(UUID account) {
		return withFit(this.postings.findAll(account), this.fits.currentLevels(account));
	}

	/**
	 * Several saved postings side by side, in the order asked for (role, skills, fit; no
	 * recommendations).
	 * @throws DomainException 404 when one of them is not the person's own
	 */
	public PostingComparison compare(UUID account, List<UUID> ids) {
		if (ids.isEmpty() || ids.size() > MAX_COMPARED) {
			throw DomainException.invalid("ids", "posting.compare.count");
		}
		List<UUID> order = List.copyOf(new LinkedHashSet<>(ids));
		List<SavedPosting> found = this.postings.findAll(account, order);
		if (found.size() != order.size()) {
			throw DomainException.notFound("posting.compare.notFound");
		}
		found = found.stream().sorted(Comparator.comparingInt((posting) -> order.indexOf(posting.id()))).toList();
		return PostingComparison.of(withFit(found, this.fits.currentLevels(account)));
	}

	private List<Map.Entry<SavedPosting, PostingReport>> withFit(List<SavedPosting> postings,
			Map<String, Integer> levels) {
		return postings.stream().map((posting) -> {
			PostingAnalysis analysis = analyzer().analyze(posting.text());
			return Map.entry(posting,
					new PostingReport(analysis, FitCalculator.fit(profile(analysis), levels), List.of()));
		}).toList();
	}

	/**
	 * The person's fit to a saved posting after each change of their levels; empty when
	 * the posting asks for no skill we know (there is nothing to fit).
	 */
	public List<FitHistoryPoint> history(UUID account, UUID id) {
		SavedPosting posting = get(account, id);
		RoleProfile profile = profile(analyzer().analyze(posting.text()));
		return profile.requirements().isEmpty() ? List.of() : this.fits.history(account, List.of(profile));
	}

	@Transactional
	public void delete(UUID account, UUID id) {
		if (!this.postings.delete(account, id)) {
			throw DomainException.notFound("posting.notFound");
		}
	}

	private PostingReport report(UUID account, String text, Map<String, Integer> levels) {
		PostingAnalysis analysis = analyzer().analyze(text);
		RoleProfile profile = profile(analysis);
		List<RoleFit> roleFits = new ArrayList<>();
		if (!analysis.roles().isEmpty()) {
			roleFits.add(FitCalculator.fit(this.fits.profile(analysis.roles().get(0).roleCode()), levels));
			String mixedWith = analysis.judgement().mixedWith();
			if (mixedWith != null) {
				roleFits.add(FitCalculator.fit(this.fits.profile(mixedWith), levels));
			}
		}
		return new PostingReport(analysis, FitCalculator.fit(profile, levels),
				this.recommendations.forProfile(account, profile, levels).stream().limit(5).toList(),
				List.copyOf(roleFits));
	}

	/** The posting as a profile the fit engine understands: each skill it asks for. */
	static RoleProfile profile(PostingAnalysis analysis) {
		return new RoleProfile("posting",
				analysis.skills()
					.stream()
					.map((skill) -> new RoleProfile.Requirement(skill.skillCode(), skill.target(), skill.weight()))
					.toList());
	}

	static void validate(String text) {
		if (text == null || text.isBlank()) {
			throw DomainException.invalid("text", "posting.text.blank");
		}
		int length = text.codePointCount(0, text.length());
		if (length > MAX_CHARACTERS) {
			throw DomainException.invalid("text", "posting.text.tooLong", MAX_CHARACTERS, length);
		}
		long junk = text.codePoints()
			.filter((cp) -> (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t') || cp == 0xFFFD)
			.count();
		if (text.indexOf('\0') >= 0 || junk * 100 > length) {
			throw DomainException.invalid("text", "posting.text.notPlainText");
		}
	}

	static String title(String title, String text) {
		if (title != null && !title.isBlank()) {
			return truncate(title.strip(), 200);
		}
		String firstLine = text.strip().lines().filter((line) -> !line.isBlank()).findFirst().orElse("").strip();
		return truncate(firstLine.isEmpty() ? "Posting" : firstLine, 100);
	}

	private static String truncate(String value, int max) {
		return value.codePointCount(0, value.length()) <= max ? value
				: value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
	}

	private PostingAnalyzer analyzer() {
		Built built = this.analyzer;
		if (built.skillsVersion() != this.skills.version() || built.rolesVersion() != this.roles.version()) {
			built = build(this.skills, this.roles, this.rules, this.model);
			this.analyzer = built;
		}
		return built.analyzer();
	}

	private static Built build(SkillCatalog skills, RoleCatalog roles, PostingsFile rules, RoleModelSource model) {
		long skillsVersion = skills.version();
		long rolesVersion = roles.version();
		return new Built(skillsVersion, rolesVersion,
				new PostingAnalyzer(dictionary(skills, roles), rules, model.model()));
	}

	private record Built(long skillsVersion, long rolesVersion, PostingAnalyzer analyzer) {
	}

	private static PostingDictionary dictionary(SkillCatalog skills, RoleCatalog roles) {
		return new PostingDictionary(skills.skills().stream().map((skill) -> {
			List<String> terms = new ArrayList<>();
			skill.terms().values().forEach(terms::addAll);
			return new PostingDictionary.SkillTerms(skill.code(), skill.categoryCode(), terms);
		}).toList(), roles.roles().stream().map((role) -> {
			List<String> duties = new ArrayList<>();
			role.postingDuties().values().forEach(duties::addAll);
			return new PostingDictionary.RoleSignals(role.code(), List.of(role.name().en(), role.name().ja()), duties,
					role.requirements()
						.stream()
						.map((r) -> new PostingDictionary.Requirement(r.skillCode(), r.targetLevel(), r.weight()))
						.toList());
		}).toList());
	}

}

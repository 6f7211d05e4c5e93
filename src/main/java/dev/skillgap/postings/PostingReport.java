package dev.skillgap.postings;

import java.util.List;

import dev.skillgap.gaps.RoleFit;
import dev.skillgap.learning.Recommender;
import org.jspecify.annotations.Nullable;

/**
 * A posting read for one person: what it asks for, the role it describes, their gap and
 * fit to it, and the items that close the gap (left empty where only a summary is wanted:
 * the saved list and comparisons).
 *
 * @param roleFits my fit and gaps to the role the posting describes and, when it mixes
 * two, to the second (empty when too short to judge, and in summaries)
 */
public record PostingReport(PostingAnalysis analysis, RoleFit fit, List<Recommender.Recommendation> recommendations,
		List<RoleFit> roleFits) {

	public PostingReport(PostingAnalysis analysis, RoleFit fit, List<Recommender.Recommendation> recommendations) {
		this(analysis, fit, recommendations, List.of());
	}

	/** My fit to what the posting asks for, or null when it asks for no skill we know. */
	public Double fitToPosting() {
		return this.analysis.skills().isEmpty() ? null : this.fit.fit();
	}

	/**
	 * The role the posting describes best, or null when it is too short to judge or
	 * nothing in it points to any role.
	 */
	public @Nullable String roleCode() {
		if (this.analysis.roles().isEmpty()) {
			return null;
		}
		PostingAnalysis.RoleScore best = this.analysis.roles().get(0);
		return best.score() > 0 ? best.roleCode() : null;
	}

}

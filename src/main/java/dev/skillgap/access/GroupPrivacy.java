package dev.skillgap.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * The minimum group size of aggregates: counts over fewer people than
 * {@code skillgap.privacy.min-group-size} (default 5) are hidden, because in a small
 * group a count is someone's answer (in a team of two, a member subtracting their own
 * levels reads the other's). Every view of counts over people that someone outside those
 * people may read asks here: a team's aggregate, coverage and progress for its members,
 * and the organisation view.
 */
@Component
public class GroupPrivacy {

	private final int minGroupSize;

	GroupPrivacy(Properties properties) {
		if (properties.minGroupSize() < 1) {
			throw new IllegalArgumentException(
					"skillgap.privacy.min-group-size must be at least 1, not " + properties.minGroupSize());
		}
		this.minGroupSize = properties.minGroupSize();
	}

	/** The fewest people a count may be shown over. */
	public int minGroupSize() {
		return this.minGroupSize;
	}

	/** Whether counts over a group of this many people may be shown. */
	public boolean showsCounts(int groupSize) {
		return groupSize >= this.minGroupSize;
	}

	/**
	 * Whether this viewer may see counts over the group: a lead sees its people one by
	 * one anyway; anyone else only when the group is large enough.
	 */
	public boolean showsCounts(Audience audience, int groupSize) {
		return audience.isLead() || showsCounts(groupSize);
	}

	/**
	 * @param minGroupSize the fewest people a count may be shown over
	 */
	@ConfigurationProperties("skillgap.privacy")
	record Properties(@DefaultValue("5") int minGroupSize) {
	}

}

package dev.skillgap.access;

import java.util.UUID;

/**
 * The person whose data a request reads, as the {@link AccessPolicy} resolved it for the
 * caller (the viewer): either the caller themself or someone a relationship lets them
 * see. Controllers take it as a parameter instead of a raw id, so that no route reads
 * another person's data without the policy's check.
 *
 * @param id the person whose data is read
 * @param viewerId the person reading it
 * @param relationship how the viewer is related ({@code self}, {@code mentor}, ...)
 */
public record Subject(UUID id, UUID viewerId, String relationship) implements Owner {

	public static final String SELF = "self";

	public static Subject self(UUID id) {
		return new Subject(id, id, SELF);
	}

	public boolean isSelf() {
		return SELF.equals(this.relationship);
	}

	@Override
	public UUID ownerId() {
		return this.id;
	}

}

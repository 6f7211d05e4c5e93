package dev.skillgap.access;

import java.util.UUID;

import dev.skillgap.platform.DomainException;

/**
 * A viewer reading a group's data (a team), as the {@link AccessPolicy} resolved it: the
 * group exists and the viewer is in it, as a lead (sees individual people) or a member
 * (sees aggregates only). Controllers of group routes take it as a parameter instead of a
 * raw id; a group the viewer is not in answers 404 exactly like an unknown id.
 *
 * @param groupId the group
 * @param viewerId the person reading it
 * @param kind the kind of group ({@link Groups#name()})
 * @param standing how the viewer belongs to it
 */
public record Audience(UUID groupId, UUID viewerId, String kind, Standing standing) implements Owner {

	/** How a viewer belongs to a group. */
	public enum Standing {

		/** sees and changes the group, individual people included */
		LEAD,

		/** sees the group's aggregates, never another member's individual data */
		MEMBER

	}

	@Override
	public UUID ownerId() {
		return this.groupId;
	}

	public boolean isLead() {
		return this.standing == Standing.LEAD;
	}

	/**
	 * Stops a member from what only leads may do or see.
	 * @throws DomainException 403 ({@code group.leadsOnly}) for a member
	 */
	public Audience requireLead() {
		if (!isLead()) {
			throw DomainException.forbidden("group.leadsOnly");
		}
		return this;
	}

}

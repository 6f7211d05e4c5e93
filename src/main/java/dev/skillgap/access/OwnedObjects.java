package dev.skillgap.access;

import java.util.UUID;

/**
 * A kind of object that a route names beside its owner, such as the review request in
 * {@code /api/mentees/{menteeId}/review-requests/{requestId}/done} or the invitation in
 * {@code /api/teams/{teamId}/invitations/{invitationId}}. The module owning the object
 * provides one bean per kind, and the {@link AccessPolicy} asks it on every request to
 * such a route, before the controller runs: an object that is not the owner's, or that
 * the caller does not reach through their relationship to the owner now, answers 404
 * exactly like an id nobody has. The app does not start while a route names an object (a
 * path variable bound to an id) that no bean serves.
 */
public interface OwnedObjects {

	/**
	 * The path variable naming the owner: one that {@link Relationships} or
	 * {@link Groups} serve ({@code menteeId}, {@code teamId}).
	 */
	String ownerVariable();

	/** The path variable naming the object ({@code requestId}). */
	String objectVariable();

	/** The message code of the 404 ({@code reviewRequest.notFound}). */
	String notFound();

	/**
	 * Whether the object is the owner's and the viewer reaches it through their
	 * relationship to the owner now (one indexed query).
	 */
	boolean belongs(Owner owner, UUID objectId);

}

package dev.skillgap.access;

import java.util.UUID;

/**
 * Whose data a route names, as the {@link AccessPolicy} resolved it for the caller: a
 * person ({@link Subject}) or a group ({@link Audience}). The objects a route names
 * beside it must belong to it ({@link OwnedObjects}).
 */
public sealed interface Owner permits Subject, Audience {

	/** The person or group the route names. */
	UUID ownerId();

	/** The caller. */
	UUID viewerId();

}

package dev.skillgap.access;

import java.util.Optional;
import java.util.UUID;

/**
 * A kind of group whose data some people see together (a team). Each module owning such a
 * group provides one bean; the {@link AccessPolicy} asks them and nothing else decides.
 * Unlike {@link Relationships}, a group route reads many people's data at once, so the
 * answer is the viewer's standing in the group, which decides how much they see.
 */
public interface Groups {

	/**
	 * The path variable that names the group in its routes ({@code teamId} for
	 * {@code /api/teams/{teamId}/...}).
	 */
	String pathVariable();

	/** The group's kind in the audit trail and {@link Audience#kind()}. */
	String name();

	/**
	 * The viewer's standing in the group now, or empty when the viewer may see nothing of
	 * it (one indexed query).
	 */
	Optional<Audience.Standing> standing(UUID viewerId, UUID groupId);

}

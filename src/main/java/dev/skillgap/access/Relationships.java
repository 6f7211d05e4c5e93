package dev.skillgap.access;

import java.util.UUID;

/**
 * A kind of relationship that lets one person see another's data (an active mentorship, a
 * team led by the viewer). Each module owning such a relationship provides one bean; the
 * {@link AccessPolicy} asks them, and nothing else decides.
 */
public interface Relationships {

	/**
	 * The path variable that names the other person in this relationship's routes
	 * ({@code menteeId} for {@code /api/mentees/{menteeId}/...}).
	 */
	String pathVariable();

	/** The relationship's name in the audit trail and {@link Subject#relationship()}. */
	String name();

	/** Whether the viewer may see the subject's data now (one indexed query). */
	boolean grants(UUID viewerId, UUID subjectId);

}

package dev.skillgap.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.platform.DomainException;

import org.springframework.stereotype.Service;

/**
 * The one place that decides whether a viewer may see another person's data. Every
 * cross-person read goes through {@link #subject}; it records the view in the
 * {@link AuditTrail} (at most once per viewer and hour) and answers 404 — exactly as for
 * an id nobody has — when no relationship grants it. Admins get no access to people's
 * data by being admins.
 */
@Service
public class AccessPolicy {

	private final List<Relationships> relationships;

	private final List<Groups> groups;

	private final AuditTrail audit;

	AccessPolicy(List<Relationships> relationships, List<Groups> groups, AuditTrail audit) {
		this.relationships = List.copyOf(relationships);
		this.groups = List.copyOf(groups);
		this.audit = audit;
	}

	/**
	 * The caller as a viewer of the group a route names by {@code pathVariable}.
	 * @throws DomainException 404 ({@code group.notFound}) when the group is unknown or
	 * the viewer is not in it
	 */
	public Audience audience(UUID viewerId, String pathVariable, UUID groupId) {
		Groups kind = group(pathVariable)
			.orElseThrow(() -> new IllegalStateException("No group serves {" + pathVariable + "}"));
		Audience.Standing standing = kind.standing(viewerId, groupId)
			.orElseThrow(() -> DomainException.notFound("group.notFound"));
		return new Audience(groupId, viewerId, kind.name(), standing);
	}

	Optional<Groups> group(String pathVariable) {
		return this.groups.stream().filter((g) -> g.pathVariable().equals(pathVariable)).findFirst();
	}

	/** Whether some kind of group is named by this path variable. */
	public boolean servesGroupPathVariable(String name) {
		return group(name).isPresent();
	}

	/**
	 * The subject a route names by {@code pathVariable}, if the viewer may see them.
	 * @throws DomainException 404 ({@code person.notFound}) when not
	 */
	public Subject subject(UUID viewerId, String pathVariable, UUID subjectId) {
		Relationships relationship = relationship(pathVariable)
			.orElseThrow(() -> new IllegalStateException("No relationship serves {" + pathVariable + "}"));
		if (viewerId.equals(subjectId) || !relationship.grants(viewerId, subjectId)) {
			throw DomainException.notFound("person.notFound");
		}
		this.audit.viewed(subjectId, viewerId, relationship.name());
		return new Subject(subjectId, viewerId, relationship.name());
	}

	/**
	 * Whether the viewer may see the subject through the relationship named by the path
	 * variable.
	 */
	public boolean grants(UUID viewerId, String pathVariable, UUID subjectId) {
		return relationship(pathVariable).map((r) -> r.grants(viewerId, subjectId)).orElse(false);
	}

	Optional<Relationships> relationship(String pathVariable) {
		return this.relationships.stream().filter((r) -> r.pathVariable().equals(pathVariable)).findFirst();
	}

	/** Whether some relationship names its people by this path variable. */
	public boolean servesPathVariable(String name) {
		return relationship(name).isPresent();
	}

}

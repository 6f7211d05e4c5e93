package dev.skillgap.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.platform.DomainException;

import org.springframework.stereotype.Service;

/**
 * The one place that decides whether a viewer may see another person's data. Every
 * cross-person read goes through {@link #owner}: the person ({@link Relationships}) or
 * group ({@link Groups}) a route names must be reachable by the viewer now, and every
 * object the route names beside them ({@link OwnedObjects}) must be theirs and reached
 * through that relationship. It records a view of a person in the {@link AuditTrail} (at
 * most once per viewer and hour) and answers 404 — exactly as for an id nobody has — when
 * anything is not granted. Admins get no access to people's data by being admins.
 */
@Service
public class AccessPolicy {

	private final List<Relationships> relationships;

	private final List<Groups> groups;

	private final List<OwnedObjects> objects;

	private final AuditTrail audit;

	AccessPolicy(List<Relationships> relationships, List<Groups> groups, List<OwnedObjects> objects, AuditTrail audit) {
		this.relationships = List.copyOf(relationships);
		this.groups = List.copyOf(groups);
		this.objects = List.copyOf(objects);
		this.audit = audit;
	}

	/**
	 * The person or group that a route's path variables name, checked for the viewer with
	 * every object the route names beside them; empty when the route names no owner (the
	 * caller's own data, {@code /api/me/...}).
	 * @param variables the route's path variables and their values
	 * @throws DomainException 404 ({@code person.notFound}, {@code group.notFound}, or
	 * the object's own code) when the viewer may not reach the owner or an object is not
	 * the owner's
	 */
	public Optional<Owner> owner(UUID viewerId, Map<String, String> variables) {
		String ownerVariable = ownerVariable(variables.keySet()).orElse(null);
		if (ownerVariable == null) {
			return Optional.empty();
		}
		Optional<Relationships> relationship = relationship(ownerVariable);
		Owner owner;
		if (relationship.isPresent()) {
			UUID subjectId = id(variables.get(ownerVariable), "person.notFound");
			if (viewerId.equals(subjectId) || !relationship.get().grants(viewerId, subjectId)) {
				throw DomainException.notFound("person.notFound");
			}
			owner = new Subject(subjectId, viewerId, relationship.get().name());
		}
		else {
			owner = audience(viewerId, ownerVariable, id(variables.get(ownerVariable), "group.notFound"));
		}
		for (Map.Entry<String, String> variable : variables.entrySet()) {
			Optional<OwnedObjects> kind = objects(ownerVariable, variable.getKey());
			if (kind.isPresent() && !kind.get().belongs(owner, id(variable.getValue(), kind.get().notFound()))) {
				throw DomainException.notFound(kind.get().notFound());
			}
		}
		if (owner instanceof Subject subject) {
			this.audit.viewed(subject.id(), viewerId, subject.relationship());
		}
		return Optional.of(owner);
	}

	/**
	 * The path variable among these that names an owner (a person or a group), if any.
	 * @throws IllegalStateException for more than one
	 */
	public Optional<String> ownerVariable(Iterable<String> variables) {
		List<String> owners = new ArrayList<>();
		for (String variable : variables) {
			if (relationship(variable).isPresent() || group(variable).isPresent()) {
				owners.add(variable);
			}
		}
		if (owners.size() > 1) {
			throw new IllegalStateException("A route names more than one owner: " + owners);
		}
		return owners.stream().findFirst();
	}

	/** Whether some {@link OwnedObjects} serves this object variable under this owner. */
	public boolean servesObject(String ownerVariable, String objectVariable) {
		return objects(ownerVariable, objectVariable).isPresent();
	}

	/**
	 * The caller as a viewer of the group a route names by {@code pathVariable}.
	 * @throws DomainException 404 ({@code group.notFound}) when the group is unknown or
	 * the viewer is not in it
	 */
	private Audience audience(UUID viewerId, String pathVariable, UUID groupId) {
		Groups kind = group(pathVariable)
			.orElseThrow(() -> new IllegalStateException("No group serves {" + pathVariable + "}"));
		Audience.Standing standing = kind.standing(viewerId, groupId)
			.orElseThrow(() -> DomainException.notFound("group.notFound"));
		return new Audience(groupId, viewerId, kind.name(), standing);
	}

	private Optional<Relationships> relationship(String pathVariable) {
		return this.relationships.stream().filter((r) -> r.pathVariable().equals(pathVariable)).findFirst();
	}

	private Optional<Groups> group(String pathVariable) {
		return this.groups.stream().filter((g) -> g.pathVariable().equals(pathVariable)).findFirst();
	}

	private Optional<OwnedObjects> objects(String ownerVariable, String objectVariable) {
		return this.objects.stream()
			.filter((o) -> o.ownerVariable().equals(ownerVariable) && o.objectVariable().equals(objectVariable))
			.findFirst();
	}

	private static UUID id(String value, String notFound) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			// a malformed id names nobody
			throw DomainException.notFound(notFound);
		}
	}

}

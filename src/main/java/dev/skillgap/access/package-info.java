/**
 * Who may see whose data, decided in one place. A controller that serves a person's data
 * takes a {@link dev.skillgap.access.Subject} parameter: for {@code /api/me/...} it is
 * the caller; for a route naming another person ({@code /api/mentees/{menteeId}/...},
 * later team members) the {@link dev.skillgap.access.AccessPolicy} resolves it only if
 * one of the {@link dev.skillgap.access.Relationships} (mentoring, teams) grants it, and
 * answers 404 otherwise, so that an unknown id and a person you may not see look the
 * same. The {@link dev.skillgap.access.AuditTrail} keeps who saw or changed what about a
 * person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access policy and audit trail",
		allowedDependencies = { "identity", "platform" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.access;

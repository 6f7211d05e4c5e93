/**
 * Certifications people hold, as evidence with an expiry: one of the catalog (whose
 * validity gives the expiry) or another by name, with the skills it supports. The
 * learner, their mentors and their team's leads see which levels a certification backs
 * and until when; reminders go out 90 and 30 days before expiry (with the catalog's
 * renewal path) and at expiry ({@link dev.skillgap.certifications.CertificationExpiring},
 * for notifications).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certifications",
		allowedDependencies = { "access", "identity", "learning", "platform", "skills", "teams" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.certifications;

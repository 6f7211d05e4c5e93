/**
 * A person's own data to take away: levels with their history, plan, goal, saved postings
 * and certifications, gathered from each module's public API (never from their tables),
 * as JSON or as CSV.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data export",
		allowedDependencies = { "certifications", "identity", "learning", "platform", "postings", "roles", "skills" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.export;

/**
 * Mentors reviewing mentees. A learner invites a mentor by email (an address with no
 * account waits until it registers); the mentor accepts or declines; either side ends it
 * at any time and access ends at once. An active mentorship is one of the access policy's
 * {@link dev.skillgap.access.Relationships}: it lets the mentor read the mentee's data
 * (read only), validate levels, write reviews, answer review requests and suggest
 * learning items. The mentor dashboard and the calibration views are computed in a fixed
 * number of queries whatever the number of mentees.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mentoring",
		allowedDependencies = { "access", "activity", "gaps", "identity", "learning", "platform", "roles", "skills" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.mentoring;

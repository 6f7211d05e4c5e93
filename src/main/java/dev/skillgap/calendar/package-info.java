/**
 * A private calendar feed per person (iCalendar, RFC 5545) at a secret, revocable
 * address, so that Outlook or Google Calendar can subscribe: the due dates of their plan
 * items, their goal's date, their reassessment due dates and their certifications'
 * expiries, in their language.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar feed",
		allowedDependencies = { "certifications", "cycles", "identity", "learning", "platform", "roles", "skills" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.calendar;

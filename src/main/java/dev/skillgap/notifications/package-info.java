/**
 * What a person is told in the app (the bell) and, when an SMTP server is configured, by
 * mail in their language: invitations, acceptances, declines, ended mentorships,
 * validations, review requests, reviews, replies, suggestions and their answers. Kept
 * from the events of the mentoring, skills and learning modules by
 * {@link dev.skillgap.notifications.NotificationListeners}, one notification per
 * recipient, kind and source however often an event is delivered. The words are rendered
 * in the reader's language when read (from kind and arguments), so a change of language
 * or wording applies to old notifications too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "identity", "learning", "mentoring", "platform", "skills" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.notifications;

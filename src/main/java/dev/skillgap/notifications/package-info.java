/**
 * What a person is told in the app (the bell) and, when an SMTP server is configured, by
 * mail in their language: invitations, acceptances, declines, ended mentorships,
 * validations, review requests, reviews, replies, suggestions and their answers; team
 * invitations, joins, declines, removals, departures, proposed target roles and requests
 * to reassess; reassessments due and overdue, certifications expiring, coverage met or
 * lost. Each person chooses per kind how it reaches them
 * ({@link dev.skillgap.notifications.NotificationPreferences}: in the app, by mail at
 * once, in a daily or weekly digest), and every mail has a one-click unsubscribe. Kept
 * from the events of the mentoring, skills, learning and teams modules by
 * {@link dev.skillgap.notifications.NotificationListeners} and
 * {@link dev.skillgap.notifications.TeamNotificationListeners}, one notification per
 * recipient, kind and source however often an event is delivered. The words are rendered
 * in the reader's language when read (from kind and arguments), so a change of language
 * or wording applies to old notifications too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "certifications", "cycles", "identity", "learning", "mentoring", "platform", "roles",
				"skills", "teams" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.notifications;

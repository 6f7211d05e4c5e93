/**
 * Reassessment cycles: a team's leads (or the organisation's admins) set how often levels
 * are reassessed, optionally per skill category. Each member's assessed skills become due
 * the cycle's months after they were last assessed, confirmed unchanged or validated by a
 * mentor; the member sees what is due, reminders go out before the due date and once
 * overdue, and the team's leads are told after a set number of days overdue
 * ({@link dev.skillgap.cycles.ReassessmentReminder}, for notifications and team chats).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reassessment cycles",
		allowedDependencies = { "access", "identity", "platform", "skills", "teams" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.cycles;

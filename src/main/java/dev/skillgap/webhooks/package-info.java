/**
 * A team's chat: a lead connects the team to a Slack-compatible or Microsoft Teams
 * incoming webhook, and the team's chat hears when a member joins or leaves, when a skill
 * meets or loses its coverage target, and when reassessments are overdue. Each message is
 * a recorded delivery, retried with a growing wait; the webhook address is a secret
 * (encrypted at rest, masked when shown, never logged), and only public https addresses
 * are accepted (no requests to internal addresses).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Team chat webhooks",
		allowedDependencies = { "access", "cycles", "identity", "platform", "skills", "teams" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.webhooks;

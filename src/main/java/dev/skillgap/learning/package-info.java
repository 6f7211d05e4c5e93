/**
 * The learning catalog (reference data), recommendations that turn a gap into action, the
 * learner's plan and goal, and the next career steps.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning",
		allowedDependencies = { "access", "gaps", "identity", "platform", "roles", "skills" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.learning;

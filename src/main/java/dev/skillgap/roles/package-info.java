/**
 * The role skill profiles derived from the article (reference data): requirements with
 * target levels, weights and rationales, and the career steps between roles.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Roles", allowedDependencies = { "skills", "platform" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.roles;

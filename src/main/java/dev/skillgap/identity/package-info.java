/**
 * Accounts, registration, login and the one security filter chain. Other modules learn
 * who is calling through {@link dev.skillgap.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "platform" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.identity;

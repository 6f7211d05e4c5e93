/**
 * Accounts, registration, login and the one security filter chain. Other modules learn
 * who is calling through {@link dev.skillgap.identity.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = { "platform" })
package dev.skillgap.identity;

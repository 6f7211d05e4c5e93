/**
 * Cross-cutting plumbing every feature module may use: the embedded database, RFC 9457
 * problem details, request limits, the SPA fallback and the start-up log.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package dev.skillgap.platform;

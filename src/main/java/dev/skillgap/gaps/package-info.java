/**
 * The gap and fit engine ({@link dev.skillgap.gaps.FitCalculator}, a pure function) and
 * the person-facing fit: ranking, explanation, what-if and progress over time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gaps and fit",
		allowedDependencies = { "access", "identity", "platform", "roles", "skills" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.gaps;

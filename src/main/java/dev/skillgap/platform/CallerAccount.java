package dev.skillgap.platform;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which account the current request is from, as the platform's HTTP plumbing needs it
 * (idempotency keys are kept per account) without knowing the identity module, which
 * provides the one implementation.
 */
public interface CallerAccount {

	/** The logged-in account of the current request, {@code null} when anonymous. */
	@Nullable UUID current();

}

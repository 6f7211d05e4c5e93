package dev.skillgap.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * What other modules and the web layer may know of an account: never its password hash.
 *
 * @param locale {@code ja} or {@code en}
 */
public record AccountView(UUID id, String email, String displayName, String locale, Instant createdAt) {

	static AccountView of(Account account) {
		return new AccountView(account.id(), account.email(), account.displayName(), account.locale(),
				account.createdAt());
	}

}

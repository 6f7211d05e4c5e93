package dev.skillgap.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A person who can log in. The email is kept as typed but compared case-insensitively. It
 * carries the password hash, so it never leaves the identity module: others get an
 * {@link AccountView}.
 */
record Account(UUID id, String email, String displayName, String passwordHash, String locale, Instant createdAt) {

	static final Set<String> LOCALES = Set.of("ja", "en");

	static Account register(String email, String displayName, String passwordHash, String locale) {
		return new Account(UUID.randomUUID(), email.strip(), displayName.strip(), passwordHash, normaliseLocale(locale),
				Instant.now());
	}

	Account withProfile(String newDisplayName, String newLocale) {
		return new Account(this.id, this.email, newDisplayName == null ? this.displayName : newDisplayName.strip(),
				this.passwordHash, newLocale == null ? this.locale : normaliseLocale(newLocale), this.createdAt);
	}

	String normalisedEmail() {
		return normaliseEmail(this.email);
	}

	static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	static String normaliseLocale(String locale) {
		return locale != null && LOCALES.contains(locale) ? locale : "en";
	}

}

package dev.skillgap.identity;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminEmails accounts with these emails get the {@code ADMIN} role; the role
 * never comes from a request
 */
@ConfigurationProperties("skillgap.security")
record IdentityProperties(@DefaultValue List<String> adminEmails) {

	boolean isAdmin(String email) {
		String normalised = Account.normaliseEmail(email);
		return this.adminEmails.stream().anyMatch((admin) -> admin.strip().toLowerCase(Locale.ROOT).equals(normalised));
	}

}

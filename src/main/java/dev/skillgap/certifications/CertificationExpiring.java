package dev.skillgap.certifications;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A certification expires soon ({@code stage} {@code 90-days}, {@code 30-days}) or has
 * expired ({@code expired}). Published once per certification, expiry date and stage.
 *
 * @param itemCode the catalog item (whose renewal path the reminder suggests), or null
 */
public record CertificationExpiring(UUID certificationId, UUID accountId, String name, @Nullable String itemCode,
		LocalDate expiresOn, String stage) {

	public static final String EXPIRED = "expired";

}

package dev.skillgap.certifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A certification someone holds.
 *
 * @param itemCode the catalog item it is, null for one recorded by name
 * @param expiresOn null: it does not expire
 * @param supports the skills it is evidence for
 */
public record Certification(UUID id, UUID accountId, @Nullable String itemCode, String name, LocalDate issuedOn,
		@Nullable LocalDate expiresOn, @Nullable String credentialId, @Nullable String verificationUrl,
		List<String> supports, Instant createdAt) {

	public Certification {
		supports = List.copyOf(supports);
	}

	/** Whether it has expired by {@code today} (it is valid through its expiry date). */
	public boolean expiredOn(LocalDate today) {
		return this.expiresOn != null && today.isAfter(this.expiresOn);
	}

}

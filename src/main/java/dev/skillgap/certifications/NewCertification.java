package dev.skillgap.certifications;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A certification to record.
 *
 * @param itemCode a certification or exam of the catalog, or null for one by {@code name}
 * @param name required without {@code itemCode}; with one, the catalog's title is used
 * when blank
 * @param expiresOn when blank, the catalog's validity from {@code issuedOn} (none for one
 * by name)
 * @param supports when empty, the skills the catalog item raises
 */
public record NewCertification(@Nullable String itemCode, @Nullable String name, LocalDate issuedOn,
		@Nullable LocalDate expiresOn, @Nullable String credentialId, @Nullable String verificationUrl,
		List<String> supports) {
}

package dev.skillgap.learning;

import java.time.LocalDate;

import dev.skillgap.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * How long a certification or exam of the catalog stays valid, as its provider publishes
 * it ({@code validity} in {@code db/reference/learning-items.yaml}).
 *
 * @param months the validity period; null: it never expires (lifetime)
 * @param renewal how to renew it, when it expires
 */
public record CertificationValidity(String itemCode, @Nullable Integer months, @Nullable LocalizedText renewal) {

	public boolean lifetime() {
		return this.months == null;
	}

	/**
	 * When a certification issued on {@code issuedOn} expires; null when it never does.
	 */
	public @Nullable LocalDate expiry(LocalDate issuedOn) {
		return (this.months == null) ? null : issuedOn.plusMonths(this.months);
	}

}

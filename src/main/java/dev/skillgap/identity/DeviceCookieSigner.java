package dev.skillgap.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The value of a device cookie (OWASP "Slow Down Online Guessing Attacks with Device
 * Cookies"): {@code <device id>.<issued at, epoch seconds>.<HMAC-SHA256>}, the HMAC taken
 * over the account's normalised email, the device id and the time of issue. The email is
 * not in the cookie, so a cookie proves nothing for any other account.
 */
final class DeviceCookieSigner {

	static final int MIN_SECRET_BYTES = 32;

	/**
	 * How far in the future an issue time may be (clocks of instances differ a little).
	 */
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	private final SecretKeySpec key;

	DeviceCookieSigner(byte[] secret) {
		if (secret.length < MIN_SECRET_BYTES) {
			throw new IllegalArgumentException(
					"The device cookie secret must have at least " + MIN_SECRET_BYTES + " bytes");
		}
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	String sign(String email, String deviceId, Instant issuedAt) {
		long issued = issuedAt.getEpochSecond();
		return deviceId + "." + issued + "." + mac(email, deviceId, issued);
	}

	/**
	 * @return the device id when the value was signed with this key for this email and
	 * has not expired; empty for anything else (forged, for another account, expired,
	 * malformed)
	 */
	Optional<String> deviceOf(String value, String email, Instant now, Duration maxAge) {
		if (value == null || email == null) {
			return Optional.empty();
		}
		String[] parts = value.split("\\.", -1);
		if (parts.length != 3 || !DEVICE_ID.matcher(parts[0]).matches()) {
			return Optional.empty();
		}
		long issued;
		try {
			issued = Long.parseLong(parts[1]);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		byte[] expected = mac(email, parts[0], issued).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		Instant issuedAt = Instant.ofEpochSecond(issued);
		if (issuedAt.isAfter(now.plus(CLOCK_SKEW)) || !issuedAt.plus(maxAge).isAfter(now)) {
			return Optional.empty();
		}
		return Optional.of(parts[0]);
	}

	private String mac(String email, String deviceId, long issued) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			String message = "skillgap-device-v1\n" + Account.normaliseEmail(email) + "\n" + deviceId + "\n" + issued;
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}

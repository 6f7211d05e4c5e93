package dev.skillgap.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DeviceCookieSignerTests {

	private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

	private static final Duration MAX_AGE = Duration.ofDays(90);

	private static final String DEVICE = "AAECAwQFBgcICQoLDA0ODw";

	private final byte[] secret = secret(1);

	private final DeviceCookieSigner signer = new DeviceCookieSigner(this.secret);

	private static byte[] secret(long seed) {
		byte[] bytes = new byte[32];
		new Random(seed).nextBytes(bytes);
		return bytes;
	}

	@Test
	void aCookieNamesItsDeviceForItsAccountIgnoringTheCaseOfTheEmail() {
		String value = this.signer.sign("Ada@Example.com", DEVICE, NOW);
		assertThat(value).startsWith(DEVICE + ".").doesNotContain("ada").doesNotContain("example");
		assertThat(this.signer.deviceOf(value, "ada@example.com", NOW, MAX_AGE)).contains(DEVICE);
		assertThat(this.signer.deviceOf(value, " ADA@example.COM ", NOW, MAX_AGE)).contains(DEVICE);
	}

	@Test
	void aCookieIsWorthNothingForAnotherAccount() {
		String value = this.signer.sign("ada@example.com", DEVICE, NOW);
		assertThat(this.signer.deviceOf(value, "bob@example.com", NOW, MAX_AGE)).isEmpty();
		assertThat(this.signer.deviceOf(value, null, NOW, MAX_AGE)).isEmpty();
	}

	@Test
	void anotherKeyDoesNotAcceptTheCookie() {
		String value = this.signer.sign("ada@example.com", DEVICE, NOW);
		assertThat(new DeviceCookieSigner(secret(2)).deviceOf(value, "ada@example.com", NOW, MAX_AGE)).isEmpty();
		assertThat(new DeviceCookieSigner(this.secret.clone()).deviceOf(value, "ada@example.com", NOW, MAX_AGE))
			.as("the same key on another instance")
			.contains(DEVICE);
	}

	@Test
	void aCookieExpiresAfterItsMaxAge() {
		String value = this.signer.sign("ada@example.com", DEVICE, NOW);
		assertThat(this.signer.deviceOf(value, "ada@example.com", NOW.plus(MAX_AGE).minusSeconds(1), MAX_AGE))
			.contains(DEVICE);
		assertThat(this.signer.deviceOf(value, "ada@example.com", NOW.plus(MAX_AGE), MAX_AGE)).isEmpty();
		assertThat(this.signer.deviceOf(value, "ada@example.com", NOW.minus(Duration.ofHours(1)), MAX_AGE))
			.as("issued in the future")
			.isEmpty();
	}

	@Test
	void everyChangedCharacterIsRefused() {
		String value = this.signer.sign("ada@example.com", DEVICE, NOW);
		for (int i = 0; i < value.length(); i++) {
			char original = value.charAt(i);
			char replacement = (original == 'A') ? 'B' : 'A';
			String tampered = value.substring(0, i) + replacement + value.substring(i + 1);
			assertThat(this.signer.deviceOf(tampered, "ada@example.com", NOW, MAX_AGE)).as(tampered).isEmpty();
		}
	}

	@Test
	void malformedValuesAreRefused() {
		String value = this.signer.sign("ada@example.com", DEVICE, NOW);
		String[] parts = value.split("\\.");
		for (String bad : new String[] { null, "", ".", "..", "a.b.c", DEVICE, value + ".", "." + value,
				parts[0] + ".x." + parts[2], parts[0] + "." + parts[1], "short." + parts[1] + "." + parts[2],
				new String(new byte[] { 0, 1, 2 }, StandardCharsets.ISO_8859_1) }) {
			assertThat(this.signer.deviceOf(bad, "ada@example.com", NOW, MAX_AGE)).as("%s", bad).isEmpty();
		}
	}

	@Test
	void aShortSecretIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DeviceCookieSigner(Arrays.copyOf(this.secret, 31)));
	}

}

package dev.skillgap.platform;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretsTests {

	static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	final Secrets secrets = new Secrets(null, KEY);

	@Test
	void aSignedTokenReadsBackAndAForgedOneDoesNot() {
		String token = this.secrets.sign("unsubscribe", "someone coverage-met");
		assertThat(this.secrets.verify("unsubscribe", token)).contains("someone coverage-met");
		assertThat(this.secrets.verify("calendar", token)).isEmpty();
		String forged = Base64.getUrlEncoder().withoutPadding().encodeToString("someone else".getBytes())
				+ token.substring(token.indexOf('.'));
		assertThat(this.secrets.verify("unsubscribe", forged)).isEmpty();
		assertThat(this.secrets.verify("unsubscribe", "no-dot")).isEmpty();
		assertThat(this.secrets.verify("unsubscribe", "a.%%%")).isEmpty();
	}

	@Test
	void encryptedValuesOpenOnlyForTheirPurposeAndDifferEachTime() {
		String sealed = this.secrets.encrypt("webhook-url", "https://hooks.example/T0/B0/secret");
		assertThat(sealed).doesNotContain("secret")
			.isNotEqualTo(this.secrets.encrypt("webhook-url", "https://hooks.example/T0/B0/secret"));
		assertThat(this.secrets.decrypt("webhook-url", sealed)).isEqualTo("https://hooks.example/T0/B0/secret");
		assertThatIllegalStateException().isThrownBy(() -> this.secrets.decrypt("other", sealed));
		assertThatIllegalStateException().isThrownBy(() -> new Secrets(null, "c2hvcnQ="));
	}

}

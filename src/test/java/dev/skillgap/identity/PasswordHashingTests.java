package dev.skillgap.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The cost of password hashing: production's default (the one place it is tested, since
 * the integration tests hash at the test profile's cheap setting), and hashes made at one
 * cost verifying at another.
 */
class PasswordHashingTests {

	static final String PASSWORD = "correct horse battery staple";

	private static PasswordHashingProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("skillgap.security.password-hashing", PasswordHashingProperties.class);
	}

	@Test
	void productionHashesWithSixteenMebibytesAndTwoPasses() {
		PasswordHashingProperties defaults = bind(Map.of());
		assertThat(defaults).isEqualTo(new PasswordHashingProperties(16384, 2, 1));
		String hash = defaults.encoder().encode(PASSWORD);
		assertThat(hash).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
		assertThat(defaults.encoder().matches(PASSWORD, hash)).isTrue();
		assertThat(defaults.encoder().matches(PASSWORD + "!", hash)).isFalse();
	}

	@Test
	void aHashKeepsItsOwnCostWhenTheSettingChanges() {
		PasswordHashingProperties cheap = bind(Map.of("skillgap.security.password-hashing.memory", "64",
				"skillgap.security.password-hashing.iterations", "1"));
		String cheapHash = cheap.encoder().encode(PASSWORD);
		assertThat(cheapHash).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
		assertThat(bind(Map.of()).encoder().matches(PASSWORD, cheapHash)).isTrue();
		String productionHash = bind(Map.of()).encoder().encode(PASSWORD);
		assertThat(cheap.encoder().matches(PASSWORD, productionHash)).isTrue();
	}

	@Test
	void aCostArgon2CannotUseIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHashingProperties(16384, 0, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHashingProperties(16384, 2, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHashingProperties(15, 2, 2));
	}

}

package dev.skillgap.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The cost of Argon2id password hashing (OWASP's second recommended setting, Spring
 * Security's default: 16 MiB, 2 passes, 1 lane). Only new hashes use it: a stored hash
 * carries its own parameters and verifies whatever the setting is now.
 *
 * @param memory memory per hash, in KiB
 * @param iterations passes over the memory
 * @param parallelism lanes
 */
@ConfigurationProperties("skillgap.security.password-hashing")
record PasswordHashingProperties(@DefaultValue("16384") int memory, @DefaultValue("2") int iterations,
		@DefaultValue("1") int parallelism) {

	private static final int SALT_LENGTH = 16;

	private static final int HASH_LENGTH = 32;

	PasswordHashingProperties {
		if (iterations < 1 || parallelism < 1 || memory < 8 * parallelism) {
			throw new IllegalArgumentException("Argon2 needs at least 1 pass, 1 lane and 8 KiB per lane, not memory="
					+ memory + " iterations=" + iterations + " parallelism=" + parallelism);
		}
	}

	Argon2PasswordEncoder encoder() {
		return new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, this.parallelism, this.memory, this.iterations);
	}

}

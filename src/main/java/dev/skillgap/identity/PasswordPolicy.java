package dev.skillgap.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Password rules after OWASP ASVS 5 (V6.2): 12 to 128 characters, any characters (no
 * composition rules, nothing stripped), and not one of the most common passwords shipped
 * with the app ({@code identity/common-passwords.txt}), nor one of them with digits or
 * symbols appended, nor the account's own email or name.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * @return the reason the password is refused (a message code), or empty when it is
	 * acceptable
	 */
	Optional<String> check(String password, String email, String displayName) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (length > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
		if (this.common.contains(lower) || this.common.contains(stem) || lower.codePoints().distinct().count() <= 2
				|| isRepeatedBlock(lower) || isSequence(lower)) {
			return Optional.of("password.common");
		}
		if (email != null && (lower.equals(email.toLowerCase(Locale.ROOT))
				|| lower.equals(email.toLowerCase(Locale.ROOT).split("@")[0]))) {
			return Optional.of("password.personal");
		}
		if (displayName != null && lower.equals(displayName.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("password.personal");
		}
		return Optional.empty();
	}

	/** "123123123123", "abcabcabcabc": a short block repeated. */
	static boolean isRepeatedBlock(String password) {
		int length = password.length();
		for (int period = 1; period <= Math.min(6, length / 2); period++) {
			if (length % period == 0 && password.substring(0, period).repeat(length / period).equals(password)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "123456789012", "abcdefghijkl", "987654321098": letters or digits, each next to the
	 * one before (digits wrap around).
	 */
	static boolean isSequence(String password) {
		int[] points = password.codePoints().toArray();
		boolean up = true;
		boolean down = true;
		for (int i = 1; i < points.length; i++) {
			int previous = points[i - 1];
			int current = points[i];
			if (!isAsciiAlphanumeric(previous) || !isAsciiAlphanumeric(current)) {
				return false;
			}
			boolean digits = Character.isDigit(previous) && Character.isDigit(current);
			up &= current == previous + 1 || (digits && previous == '9' && current == '0');
			down &= current == previous - 1 || (digits && previous == '0' && current == '9');
		}
		return up || down;
	}

	private static boolean isAsciiAlphanumeric(int cp) {
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z');
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>();
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.forEach((line) -> passwords.add(line.toLowerCase(Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}

package dev.skillgap.identity;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private static final String EMAIL = "alexander.hamilton@example.com";

	private static final String NAME = "Alexander Hamilton";

	private final PasswordPolicy policy = new PasswordPolicy();

	private Optional<String> check(String password) {
		return this.policy.check(password, EMAIL, NAME);
	}

	/**
	 * {@code n} different code points from {@code first} on, every other one, so that no
	 * two neighbours are consecutive (which the policy would refuse as a sequence).
	 */
	private static String distinct(int n, int first) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < n; i++) {
			out.appendCodePoint(first + 2 * i);
		}
		return out.toString();
	}

	/** {@code n} characters from a pool of letters and digits, not a common password. */
	private static String ascii(int n) {
		String pool = "kq7Zm3xWv9pLr2Tb8NfHs5JdYc4GtE6a";
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < n; i++) {
			out.append(pool.charAt(i % pool.length()));
		}
		return out.toString();
	}

	@Test
	void lengthBoundaries() {
		assertThat(check(ascii(11))).contains("password.tooShort");
		assertThat(check(ascii(12))).isEmpty();
		assertThat(check(ascii(128))).isEmpty();
		assertThat(check(ascii(129))).contains("password.tooLong");
	}

	@Test
	void japaneseCharactersCountOneEach() {
		assertThat(check(distinct(11, 0x3041))).contains("password.tooShort");
		assertThat(check(distinct(12, 0x3041))).isEmpty();
		String kanji128 = distinct(128, 0x4E00);
		assertThat(kanji128.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(384);
		assertThat(check(kanji128)).isEmpty();
		assertThat(check(distinct(129, 0x4E00))).contains("password.tooLong");
	}

	@Test
	void emojiCountOneEachThoughTheyTakeTwoJavaChars() {
		String eleven = distinct(11, 0x1F300);
		assertThat(eleven.length()).isEqualTo(22);
		assertThat(check(eleven)).contains("password.tooShort");
		assertThat(check(distinct(12, 0x1F300))).isEmpty();
		String max = distinct(128, 0x1F300);
		assertThat(max.length()).isEqualTo(256);
		assertThat(check(max)).isEmpty();
		assertThat(check(distinct(129, 0x1F300))).contains("password.tooLong");
	}

	@Test
	void spacesCountAndAreNotStripped() {
		assertThat(check(" " + ascii(11))).isEmpty();
		assertThat(check(ascii(11) + " ")).isEmpty();
		assertThat(check("correct horse battery staple")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "administrator", "qwertyuiop123", "1q2w3e4r5t6y", "qazwsxedcrfv", "ADMINISTRATOR",
			"QazWsxEdcRfv" })
	void commonPasswordsAreRefusedIgnoringCase(String password) {
		assertThat(check(password)).contains("password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "Password1234!", "password!!!!", "password 2024", "letmein!2024",
			"Dragon123456", "football1234567", "qwertyuiop!!" })
	void commonPasswordsWithDigitsOrSymbolsAppendedAreRefused(String password) {
		assertThat(check(password)).contains("password.common");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "aaaaaaaaaaaa", "ababababababab", "............", "ああああああああああああ", "😀😀😀😀😀😀😀😀😀😀😀😀" })
	void oneOrTwoRepeatedCharactersAreRefused(String password) {
		assertThat(check(password)).contains("password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "123123123123", "abcabcabcabc", "ABCABCABCABC", "qwe1qwe1qwe1", "xy12z!xy12z!",
			"あいうあいうあいうあいう" })
	void aShortBlockRepeatedIsRefused(String password) {
		assertThat(check(password)).contains("password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "123456789012", "abcdefghijkl", "987654321098", "ABCDEFGHIJKL", "lkjihgfedcba",
			"0123456789012345", "mnopqrstuvwxyz" })
	void runsOfNeighbouringCharactersAreRefused(String password) {
		assertThat(check(password)).contains("password.common");
	}

	@ParameterizedTest
	@ValueSource(strings = { "123123123124", "abcabcabcabd", "1234567890abc", "abcdefghijkm", "kq7Zm3kq7Zm3x",
			"abcdefghijkl mnop" })
	void almostRepeatedOrAlmostSequentialPasswordsAreFine(String password) {
		assertThat(check(password)).isEmpty();
	}

	@Test
	void aCommonWordInsideALongerPassphraseIsFine() {
		assertThat(check("password is not my password")).isEmpty();
	}

	@Test
	void theEmailOrItsLocalPartIsRefused() {
		assertThat(check(EMAIL)).contains("password.personal");
		assertThat(check(EMAIL.toUpperCase(java.util.Locale.ROOT))).contains("password.personal");
		assertThat(check("alexander.hamilton")).contains("password.personal");
	}

	@Test
	void theDisplayNameIsRefused() {
		assertThat(check("alexander hamilton")).contains("password.personal");
		assertThat(this.policy.check("Alexander Hamilton", "someone@example.com", "  Alexander Hamilton  "))
			.contains("password.personal");
	}

	@Test
	void missingPersonalDataIsTolerated() {
		assertThat(this.policy.check(ascii(16), null, null)).isEmpty();
	}

}

package dev.skillgap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text a user reads lives in the message bundles or the reference data, not in Java: no
 * Japanese (hiragana, katakana, kanji, Japanese punctuation or full-width forms) in the
 * code under src/main/java. Comments may quote Japanese.
 */
class NoJapaneseInCodeTests {

	@Test
	void theMainCodeHasNoJapaneseOutsideComments() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
				String code = withoutComments(Files.readString(file));
				String[] lines = code.split("\n", -1);
				for (int i = 0; i < lines.length; i++) {
					if (lines[i].codePoints().anyMatch(NoJapaneseInCodeTests::isJapanese)) {
						found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
					}
				}
			}
		}
		assertThat(found).as("Japanese outside comments; move it to messages*.properties or db/reference").isEmpty();
	}

	@Test
	void theGuardSeesJapaneseInStringsButNotInComments() {
		String source = """
				/** 説明 */
				class A {
					// コメント
					/* 注釈
					   続き */
					String url = "http://example.com/*"; // 末尾
					String text = "こんにちは";
					char mark = '【';
					String block = \"""
							テキスト
							\""";
				}
				""";

		List<String> japaneseLines = withoutComments(source).lines()
			.filter((line) -> line.codePoints().anyMatch(NoJapaneseInCodeTests::isJapanese))
			.map(String::strip)
			.toList();

		assertThat(japaneseLines).containsExactly("String text = \"こんにちは\";", "char mark = '【';", "テキスト");
	}

	static boolean isJapanese(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
		return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
				|| script == Character.UnicodeScript.HAN || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.KATAKANA
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
	}

	/**
	 * The source with every comment blanked out (line breaks kept, so line numbers still
	 * match); string, character and text block literals are kept.
	 */
	static String withoutComments(String source) {
		StringBuilder out = new StringBuilder(source.length());
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				while (i < source.length() && source.charAt(i) != '\n') {
					i++;
				}
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				end = (end < 0) ? source.length() : end + 2;
				source.substring(i, end).chars().filter((ch) -> ch == '\n').forEach((ch) -> out.append('\n'));
				i = end;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				while (end > 0 && source.charAt(end - 1) == '\\') {
					end = source.indexOf("\"\"\"", end + 1);
				}
				end = (end < 0) ? source.length() : end + 3;
				out.append(source, i, end);
				i = end;
			}
			else if (c == '"' || c == '\'') {
				int end = i + 1;
				while (end < source.length() && source.charAt(end) != c && source.charAt(end) != '\n') {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				end = Math.min(source.length(), end + 1);
				out.append(source, i, end);
				i = end;
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

}

package dev.skillgap.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@Test
	void quotesWhatNeedsQuotingAndDefusesFormulas() {
		assertThat(Csv.cell(null)).isEmpty();
		assertThat(Csv.cell("plain")).isEqualTo("plain");
		assertThat(Csv.cell(3)).isEqualTo("3");
		assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(Csv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
		assertThat(Csv.cell("@cmd")).isEqualTo("'@cmd");
		assertThat(Csv.cell("日本語")).isEqualTo("日本語");
	}

	/**
	 * Spreadsheets skip leading no-break and zero-width spaces and read full-width signs
	 * as ASCII ones, so these start formulas too.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "\u00A0=HYPERLINK(\"http://x\")", "\u200B=1+1", "\uFEFF@SUM(A1)", "\u3000+1", "  -2+3",
			"\uFF1DSUM(A1)", "\uFF0B1", "\uFF0D1", "\uFF20cmd", "\u2060\u200B\u00A0=cmd", "\uFE62A1", "\nline" })
	void formulasBehindWhatSpreadsheetsIgnoreAreDefused(String text) {
		String cell = Csv.cell(text);
		// a cell with a quote or line break is quoted as a whole
		assertThat(cell.startsWith("\"") ? cell.substring(1) : cell).as(cell).startsWith("'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u00A0plain", "\u200B", "Linux = server", "a-b", "   ", "ＡＷＳ", "メール=連絡" })
	void otherTextIsLeftAlone(String text) {
		assertThat(Csv.cell(text)).isEqualTo(text);
	}

}

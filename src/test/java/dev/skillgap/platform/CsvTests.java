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

	@Test
	void aDownloadNamesItsFileInUtf8AndInAscii() {
		assertThat(Csv.attachment("Platform team heatmap 2026-12-07.csv", "unused.csv"))
			.isEqualTo("attachment; filename=\"Platform team heatmap 2026-12-07.csv\"; "
					+ "filename*=UTF-8''Platform%20team%20heatmap%202026-12-07.csv");
		// RFC 6266: a Japanese name in filename*, an ASCII one for old clients
		assertThat(Csv.attachment("基盤 ヒートマップ.csv", "skillgap-heatmap.csv"))
			.isEqualTo("attachment; filename=\"skillgap-heatmap.csv\"; "
					+ "filename*=UTF-8''%E5%9F%BA%E7%9B%A4%20%E3%83%92%E3%83%BC%E3%83%88%E3%83%9E%E3%83%83%E3%83%97.csv");
		// no path, no quote, no header injection
		assertThat(Csv.attachment("../a\"b\r\nX: y.csv", "x.csv"))
			.startsWith("attachment; filename=\".._a_b__X_ y.csv\"; filename*=UTF-8''.._a_b__X_%20y.csv");
	}

}

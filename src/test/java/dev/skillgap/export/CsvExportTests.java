package dev.skillgap.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportTests {

	@Test
	void quotesWhatNeedsQuotingAndDefusesFormulas() {
		assertThat(CsvExport.cell(null)).isEmpty();
		assertThat(CsvExport.cell("plain")).isEqualTo("plain");
		assertThat(CsvExport.cell(3)).isEqualTo("3");
		assertThat(CsvExport.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvExport.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvExport.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(CsvExport.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
		assertThat(CsvExport.cell("@cmd")).isEqualTo("'@cmd");
		assertThat(CsvExport.cell("日本語")).isEqualTo("日本語");
	}

}

package dev.skillgap.platform;

import org.junit.jupiter.api.Test;

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

}

package dev.skillgap.postings;

import dev.skillgap.platform.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PostingValidationTests {

	@Test
	void emptyTextIsRefusedOnTheTextField() {
		assertThatExceptionOfType(DomainException.Invalid.class)
			.isThrownBy(() -> PostingAnalysisService.validate("  \n "))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("text"));
		assertThatExceptionOfType(DomainException.Invalid.class)
			.isThrownBy(() -> PostingAnalysisService.validate(null));
	}

	@Test
	void twentyThousandCharactersAreAllowedButNotOneMore() {
		assertThatNoException().isThrownBy(() -> PostingAnalysisService.validate("あ".repeat(20_000)));
		assertThatExceptionOfType(DomainException.Invalid.class)
			.isThrownBy(() -> PostingAnalysisService.validate("あ".repeat(20_001)))
			.withMessageContaining("20000");
	}

	@Test
	void binaryJunkIsRefused() {
		assertThatExceptionOfType(DomainException.Invalid.class)
			.isThrownBy(() -> PostingAnalysisService.validate("PK\u0003\u0004\u0000\u0000binary"));
		assertThatExceptionOfType(DomainException.Invalid.class)
			.isThrownBy(() -> PostingAnalysisService.validate("\u0001\u0002\u0003\u0004\u0005 text"));
	}

	@Test
	void tabsAndNewLinesAreFine() {
		assertThatNoException().isThrownBy(() -> PostingAnalysisService.validate("Linux\tAWS\r\nNginx"));
	}

	@Test
	void theTitleDefaultsToTheFirstLine() {
		assertThat(PostingAnalysisService.title(null, "\n\n【募集職種】サーバーエンジニア\n本文")).isEqualTo("【募集職種】サーバーエンジニア");
		assertThat(PostingAnalysisService.title("  My title ", "text")).isEqualTo("My title");
		assertThat(PostingAnalysisService.title(null, "x".repeat(300))).hasSize(100).endsWith("…");
	}

}

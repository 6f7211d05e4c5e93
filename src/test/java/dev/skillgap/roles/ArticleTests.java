package dev.skillgap.roles;

import java.util.List;
import java.util.Locale;

import dev.skillgap.platform.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleTests {

	private final Article article = new Article();

	@Test
	void parsesNumbersAndRanges() {
		assertThat(Article.parse("26-27, 37,26", 101)).containsExactly(26, 27, 37);
		for (String bad : new String[] { "", "0", "102", "5-3", "a", "1-2-3", "1-200", "-4" }) {
			assertThatExceptionOfType(DomainException.Invalid.class).as(bad).isThrownBy(() -> Article.parse(bad, 101));
		}
	}

	@Test
	void everyCitedLineOfTheRolesHasAnEnglishGloss() {
		List<Article.Line> lines = this.article.lines(
				"11,14-18,20-23,26-34,36-44,46-50,53,56-58,61-64,68,71-73,78," + "85-86,90-91,95-96", Locale.ENGLISH);
		assertThat(lines).allSatisfy((line) -> {
			assertThat(line.text()).isNotBlank();
			assertThat(line.gloss()).as("gloss of line %d", line.number()).isNotBlank();
		});
		Article.Line first = this.article.lines("26", Locale.JAPANESE).get(0);
		assertThat(first.gloss()).isNull();
		assertThat(first.text()).startsWith("\u30a4\u30f3\u30d5\u30e9");
	}

}

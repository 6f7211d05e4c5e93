package dev.skillgap.platform;

import java.util.Locale;

/**
 * A text in both product languages. {@link #in(Locale)} picks Japanese for a Japanese
 * locale and English otherwise (falling back to the other language when one is missing).
 */
public record LocalizedText(String en, String ja) {

	public String in(Locale locale) {
		boolean japanese = locale != null && "ja".equals(locale.getLanguage());
		String preferred = japanese ? this.ja : this.en;
		return (preferred != null && !preferred.isBlank()) ? preferred : (japanese ? this.en : this.ja);
	}

	public boolean isComplete() {
		return this.en != null && !this.en.isBlank() && this.ja != null && !this.ja.isBlank();
	}

}

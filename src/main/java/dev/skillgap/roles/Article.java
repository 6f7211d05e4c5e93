package dev.skillgap.roles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;

import dev.skillgap.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The source article the role profiles cite by line number ({@code roles/article.txt}, a
 * copy of {@code shared/seed/000_68bbd2dde1900551.txt}), with an English gloss of each
 * cited line ({@code roles/article-gloss-en.properties}), so that a reader can see what a
 * cited line says.
 */
@Component
public class Article {

	/** At most this many lines per lookup. */
	public static final int MAX_LINES = 120;

	private final List<String> lines;

	private final Properties glosses = new Properties();

	Article() {
		this.lines = read("roles/article.txt");
		try (var reader = new InputStreamReader(
				new ClassPathResource("roles/article-gloss-en.properties").getInputStream(), StandardCharsets.UTF_8)) {
			this.glosses.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many lines the article has. */
	public int size() {
		return this.lines.size();
	}

	/**
	 * The lines with these numbers (from 1), in order, each once.
	 * @param spec line numbers and ranges, e.g. {@code 26-27, 37}
	 * @param locale English adds the gloss; the text itself is always the original
	 * Japanese
	 * @throws DomainException 400 on {@code lines} for a malformed list, a number outside
	 * the article or more than {@link #MAX_LINES} lines
	 */
	public List<Line> lines(String spec, Locale locale) {
		boolean english = !"ja".equals(locale.getLanguage());
		List<Line> result = new ArrayList<>();
		for (int number : parse(spec, this.lines.size())) {
			String gloss = english ? this.glosses.getProperty(Integer.toString(number)) : null;
			result.add(new Line(number, this.lines.get(number - 1), gloss));
		}
		return result;
	}

	/** {@code "26-27, 37"} -> 26, 27, 37 (sorted, unique), all within 1..size. */
	static TreeSet<Integer> parse(String spec, int size) {
		TreeSet<Integer> numbers = new TreeSet<>();
		for (String part : spec.split(",")) {
			String item = part.strip();
			if (item.isEmpty()) {
				continue;
			}
			String[] bounds = item.split("-", -1);
			if (bounds.length > 2 || !bounds[0].strip().matches("\\d{1,4}")
					|| (bounds.length == 2 && !bounds[1].strip().matches("\\d{1,4}"))) {
				throw DomainException.invalid("lines", "article.lines.invalid");
			}
			int from = Integer.parseInt(bounds[0].strip());
			int to = (bounds.length == 2) ? Integer.parseInt(bounds[1].strip()) : from;
			if (from < 1 || to > size || from > to || to - from >= MAX_LINES) {
				throw DomainException.invalid("lines", "article.lines.invalid");
			}
			for (int n = from; n <= to; n++) {
				numbers.add(n);
			}
			if (numbers.size() > MAX_LINES) {
				throw DomainException.invalid("lines", "article.lines.invalid");
			}
		}
		if (numbers.isEmpty()) {
			throw DomainException.invalid("lines", "article.lines.invalid");
		}
		return numbers;
	}

	private static List<String> read(String path) {
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One line of the article.
	 *
	 * @param text the line as the article has it (Japanese)
	 * @param gloss its English gloss (English requests only; null when there is none)
	 */
	public record Line(int number, String text, @Nullable String gloss) {
	}

}

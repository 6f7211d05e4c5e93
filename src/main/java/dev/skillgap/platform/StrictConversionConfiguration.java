package dev.skillgap.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How request parameters and path variables are converted, for every controller: a blank
 * value is no id ({@code ?id=} is a 400, not {@code null}), a list has no empty elements
 * ({@code ?ids=,} is a 400), and dates and times are ISO-8601 within the
 * {@link InputRules accepted years}. A violation throws {@link InvalidInputException},
 * answered as a 400 naming the parameter.
 */
@Configuration(proxyBeanMethods = false)
class StrictConversionConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, UUID.class, (Converter<String, UUID>) (source) -> {
			if (source.isBlank()) {
				throw new InvalidInputException(InputRules.BLANK);
			}
			return UUID.fromString(source.strip());
		});
		addDate(registry, LocalDate.class, LocalDate::parse);
		addDate(registry, LocalDateTime.class, LocalDateTime::parse);
		addDate(registry, Instant.class, Instant::parse);
		addDate(registry, OffsetDateTime.class, OffsetDateTime::parse);
		addDate(registry, ZonedDateTime.class, ZonedDateTime::parse);
	}

	private static <T> void addDate(FormatterRegistry registry, Class<T> type, Function<String, T> parse) {
		registry.addConverter(String.class, type, (Converter<String, T>) (source) -> {
			if (source.isBlank()) {
				return null;
			}
			T value = parse.apply(source.strip());
			if (!InputRules.inRange(value)) {
				throw new InvalidInputException(InputRules.DATE_RANGE);
			}
			return value;
		});
	}

}

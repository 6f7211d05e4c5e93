package dev.skillgap.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * What every value of a request must satisfy, whatever the field: text that PostgreSQL
 * can store and that is valid Unicode (no NUL, no lone surrogate), and dates within years
 * {@value #MIN_YEAR}-{@value #MAX_YEAR}. Applied centrally to JSON bodies
 * ({@link StrictInputModule}), request parameters ({@link RequestInputFilter},
 * {@link StrictConversionConfiguration}); a violation is answered with a 400 naming the
 * field, in the request's language.
 */
final class InputRules {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 9999;

	/** Message keys in {@code messages*.properties}. */
	static final String NUL = "input.text.nul";

	static final String LONE_SURROGATE = "input.text.surrogate";

	static final String DATE_RANGE = "input.date.range";

	static final String DATE_NOT_TEXT = "input.date.notText";

	static final String BAD_ENCODING = "input.encoding";

	static final String EMPTY_ELEMENT = "input.emptyElement";

	static final String BLANK = "input.blank";

	static final String BAD_HEADER = "input.header";

	private InputRules() {
	}

	/**
	 * The message key of what is wrong with this text, or {@code null} when it is fine.
	 */
	static String checkText(CharSequence text) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			char c = text.charAt(i);
			if (c == '\u0000') {
				return NUL;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				}
				else {
					return LONE_SURROGATE;
				}
			}
			else if (Character.isLowSurrogate(c)) {
				return LONE_SURROGATE;
			}
		}
		return null;
	}

	/**
	 * The year this date or time falls in (UTC for instants), or {@code null} for a type
	 * without one.
	 */
	static Integer yearOf(Object value) {
		if (value instanceof LocalDate date) {
			return date.getYear();
		}
		if (value instanceof LocalDateTime dateTime) {
			return dateTime.getYear();
		}
		if (value instanceof Instant instant) {
			// outside OffsetDateTime's range the year is out of ours anyway
			if (instant.isBefore(Instant.parse("0000-01-01T00:00:00Z"))) {
				return Integer.MIN_VALUE;
			}
			if (instant.isAfter(Instant.parse("+100000-01-01T00:00:00Z"))) {
				return Integer.MAX_VALUE;
			}
			return instant.atOffset(ZoneOffset.UTC).getYear();
		}
		if (value instanceof OffsetDateTime dateTime) {
			return yearOf(dateTime.toInstant());
		}
		if (value instanceof ZonedDateTime dateTime) {
			return yearOf(dateTime.toInstant());
		}
		return null;
	}

	/** Whether a date or time lies within the years the API accepts. */
	static boolean inRange(Object value) {
		Integer year = yearOf(value);
		return year == null || (year >= MIN_YEAR && year <= MAX_YEAR);
	}

	/** The date and time types whose values are range-checked. */
	static boolean isDateType(Class<?> type) {
		return type == LocalDate.class || type == LocalDateTime.class || type == Instant.class
				|| type == OffsetDateTime.class || type == ZonedDateTime.class;
	}

	/** The arguments of a message key. */
	static Object[] arguments(String code) {
		return DATE_RANGE.equals(code) ? new Object[] { MIN_YEAR + "-01-01", MAX_YEAR + "-12-31" } : new Object[0];
	}

}

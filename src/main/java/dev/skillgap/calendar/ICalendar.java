package dev.skillgap.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) document of all-day events: CRLF line ends, content
 * lines folded at 75 octets without splitting a UTF-8 character (3.1), text values
 * escaped (backslash, semicolon, comma, newline: 3.3.11), DTSTAMP in UTC, all-day events
 * as {@code DTSTART;VALUE=DATE} with the next day as {@code DTEND}. A pure function.
 */
final class ICalendar {

	static final String MEDIA_TYPE = "text/calendar";

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendar() {
	}

	/**
	 * An all-day event.
	 *
	 * @param uid stable across requests, so that a calendar updates the event rather than
	 * adding another
	 */
	record Event(String uid, LocalDate date, String summary, String description, String url) {
	}

	static String write(String name, List<Event> events, Instant stamp) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Skillgap//Skillgap calendar//EN");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + text(name));
		line(out, "NAME:" + text(name));
		line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
		line(out, "X-PUBLISHED-TTL:PT6H");
		for (Event event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + text(event.uid()));
			line(out, "DTSTAMP:" + STAMP.format(stamp));
			line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
			line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
			line(out, "SUMMARY:" + text(event.summary()));
			if (!event.description().isEmpty()) {
				line(out, "DESCRIPTION:" + text(event.description()));
			}
			line(out, "URL:" + event.url());
			line(out, "TRANSP:TRANSPARENT");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/** A TEXT value escaped (RFC 5545 3.3.11). */
	static String text(String value) {
		StringBuilder escaped = new StringBuilder();
		String normalized = value.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < normalized.length(); i++) {
			char c = normalized.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case ';' -> escaped.append("\\;");
				case ',' -> escaped.append("\\,");
				case '\n' -> escaped.append("\\n");
				default -> {
					if (c >= 0x20 || c == '\t') {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}

	/**
	 * One content line, folded: no line longer than 75 octets (the CRLF excluded), each
	 * continuation starting with a space, never inside a character's UTF-8 bytes.
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		int i = 0;
		while (i < content.length()) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}

package dev.skillgap.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTests {

	@Test
	void writesAllDayEventsWithCrlfAndUtcStamps() {
		String calendar = ICalendar.write(
				"Skillgap: Hana", List.of(new ICalendar.Event("plan-lpic-1@skillgap", LocalDate.of(2031, 3, 9),
						"Plan: LPIC-1 due", "", "https://skillgap.example/learning/plan")),
				Instant.parse("2031-03-02T10:15:30Z"));
		assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(calendar).contains("\r\nDTSTAMP:20310302T101530Z\r\n", "\r\nDTSTART;VALUE=DATE:20310309\r\n",
				"\r\nDTEND;VALUE=DATE:20310310\r\n", "\r\nUID:plan-lpic-1@skillgap\r\n");
		assertThat(calendar.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
	}

	@Test
	void escapesTextValues() {
		assertThat(ICalendar.text("a, b; c\\d\ne")).isEqualTo("a\\, b\\; c\\\\d\\ne");
	}

	@Test
	void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
		StringBuilder out = new StringBuilder();
		String summary = "SUMMARY:" + "再評価するスキル、Linux サーバー構築・運用".repeat(6);
		ICalendar.line(out, summary);
		String[] lines = out.toString().split("\r\n");
		assertThat(lines.length).isGreaterThan(2);
		for (String line : lines) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(Arrays.stream(lines).skip(1)).allMatch((line) -> line.startsWith(" "));
		// unfolding gives the line back
		assertThat(out.toString().replace("\r\n ", "").replace("\r\n", "")).isEqualTo(summary);
	}

}

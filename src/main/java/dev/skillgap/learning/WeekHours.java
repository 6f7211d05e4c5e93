package dev.skillgap.learning;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours logged in the week starting on {@code week} (a Monday). */
public record WeekHours(LocalDate week, BigDecimal hours) {
}

package dev.skillgap.learning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether the pace so far reaches a goal in time. The pace is the hours logged per week
 * since the plan started (at least one week counts, so a first day's hours do not
 * extrapolate wildly); the remaining hours are the estimated hours of the learning path
 * still ahead.
 *
 * @param hoursPerWeek the pace so far
 * @param requiredHoursPerWeek the pace that would finish exactly on the target date (null
 * once the target date has passed with hours remaining)
 * @param projectedDate when the remaining hours are done at the current pace (null while
 * no hours are logged)
 * @param onTrack whether the projected date is on or before the target date
 */
public record Pace(double hoursLogged, double hoursPerWeek, double remainingHours, Double requiredHoursPerWeek,
		LocalDate projectedDate, boolean onTrack) {

	static Pace of(double hoursLogged, LocalDate planStarted, LocalDate today, double remainingHours,
			LocalDate targetDate) {
		long days = Math.max(7, ChronoUnit.DAYS.between(planStarted, today));
		double perWeek = hoursLogged * 7.0 / days;
		long daysLeft = ChronoUnit.DAYS.between(today, targetDate);
		Double required = remainingHours <= 0 ? Double.valueOf(0)
				: (daysLeft <= 0 ? null : Double.valueOf(round(remainingHours * 7.0 / daysLeft)));
		LocalDate projected = null;
		if (remainingHours <= 0) {
			projected = today;
		}
		else if (perWeek > 0) {
			projected = today.plusDays((long) Math.ceil(remainingHours / perWeek * 7.0));
		}
		boolean onTrack = projected != null && !projected.isAfter(targetDate);
		return new Pace(hoursLogged, round(perWeek), remainingHours, required, projected, onTrack);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}

package dev.skillgap.learning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * Whether the pace so far reaches a goal in time. The pace is the hours logged per week
 * since the plan started (at least one week counts, so a first day's hours do not
 * extrapolate wildly); the remaining hours are the estimated hours of the learning path
 * still ahead.
 * <p>
 * The judgement compares the hours logged with the expected progress: all the hours
 * (logged and remaining) spread evenly from the day the goal was set to the target date.
 * During a grace period at the start ({@link #GRACE_DAYS}, or a quarter of a shorter
 * span) nobody is behind: a new goal with ten months left is not "behind" at 0 hours.
 *
 * @param hoursPerWeek the pace so far
 * @param requiredHoursPerWeek the pace that would finish exactly on the target date (null
 * once the target date has passed with hours remaining)
 * @param projectedDate when the remaining hours are done at the current pace (null while
 * no hours are logged)
 * @param expectedHours the hours an even pace from the goal's start would have logged by
 * today
 * @param status {@code done} (nothing remains), {@code starting} (in the grace period,
 * behind the even pace or with no hours yet), {@code on-track} or {@code behind}
 * @param onTrack whether the status is anything but behind
 */
public record Pace(double hoursLogged, double hoursPerWeek, double remainingHours,
		@Nullable Double requiredHoursPerWeek, @Nullable LocalDate projectedDate, double expectedHours, String status,
		boolean onTrack) {

	static final int GRACE_DAYS = 14;

	/** Logged hours within this share of the expected ones still count as on track. */
	static final double TOLERANCE = 0.8;

	static Pace of(double hoursLogged, LocalDate planStarted, LocalDate today, double remainingHours,
			LocalDate targetDate) {
		return of(hoursLogged, planStarted, today, remainingHours, targetDate, planStarted);
	}

	static Pace of(double hoursLogged, LocalDate planStarted, LocalDate today, double remainingHours,
			LocalDate targetDate, LocalDate goalSet) {
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
		long span = Math.max(1, ChronoUnit.DAYS.between(goalSet, targetDate));
		long elapsed = Math.min(span, Math.max(0, ChronoUnit.DAYS.between(goalSet, today)));
		double expected = (hoursLogged + remainingHours) * elapsed / span;
		boolean inGrace = elapsed < Math.min(GRACE_DAYS, Math.max(1, span / 4));
		String status;
		if (remainingHours <= 0) {
			status = "done";
		}
		else if (daysLeft <= 0) {
			status = "behind";
		}
		else if ((projected != null && !projected.isAfter(targetDate))
				|| (expected > 0 && hoursLogged >= TOLERANCE * expected)) {
			status = "on-track";
		}
		else if (inGrace) {
			status = "starting";
		}
		else {
			status = "behind";
		}
		return new Pace(hoursLogged, round(perWeek), remainingHours, required, projected, round(expected), status,
				!status.equals("behind"));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}

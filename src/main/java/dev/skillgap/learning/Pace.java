package dev.skillgap.learning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * Whether the pace so far reaches a goal in time: the one computation behind every pace
 * status the product shows (the learner's goal and dashboard, the mentor's table and a
 * mentee's header). The pace is the hours logged per week since the plan started (at
 * least one week counts, so a first day's hours do not extrapolate wildly); the remaining
 * hours are the estimated hours of the learning path still ahead.
 * <p>
 * The status, in this order:
 * <ol>
 * <li>{@code done}: nothing remains;</li>
 * <li>{@code behind}: the target date has come with hours remaining, or finishing in time
 * would take more than {@link #MAX_HOURS_PER_WEEK} hours a week (no sustainable pace
 * reaches it);</li>
 * <li>{@code on-track}: at the current pace the remaining hours are done on or before the
 * target date;</li>
 * <li>{@code starting}: not yet on track, but within the grace period at the start
 * ({@link #GRACE_DAYS} days, or a quarter of a shorter span): a new goal is not "behind"
 * at 0 hours;</li>
 * <li>{@code behind} otherwise.</li>
 * </ol>
 * So {@code on-track} always means a projected date on or before the target date and a
 * required pace of at most {@link #MAX_HOURS_PER_WEEK} hours a week.
 *
 * @param hoursPerWeek the pace so far
 * @param requiredHoursPerWeek the pace that would finish exactly on the target date (null
 * once the target date has passed with hours remaining)
 * @param projectedDate when the remaining hours are done at the current pace (null while
 * no hours are logged)
 * @param expectedHours the hours an even pace from the goal's start would have logged by
 * today (shown for comparison; it does not decide the status)
 * @param status {@code done}, {@code starting}, {@code on-track} or {@code behind}
 * @param onTrack whether the status is {@code on-track}, or {@code done} by the target
 * date (a path finished after it was not on track)
 */
public record Pace(double hoursLogged, double hoursPerWeek, double remainingHours,
		@Nullable Double requiredHoursPerWeek, @Nullable LocalDate projectedDate, double expectedHours, String status,
		boolean onTrack) {

	static final int GRACE_DAYS = 14;

	/**
	 * The most hours a week a goal may ask to still count as reachable: a full working
	 * week on top of the job is not a plan.
	 */
	public static final int MAX_HOURS_PER_WEEK = 40;

	public static final String DONE = "done";

	public static final String STARTING = "starting";

	public static final String ON_TRACK = "on-track";

	public static final String BEHIND = "behind";

	static Pace of(double hoursLogged, LocalDate planStarted, LocalDate today, double remainingHours,
			LocalDate targetDate) {
		return of(hoursLogged, planStarted, today, remainingHours, targetDate, planStarted);
	}

	static Pace of(double hoursLogged, LocalDate planStarted, LocalDate today, double remainingHours,
			LocalDate targetDate, LocalDate goalSet) {
		long days = Math.max(7, ChronoUnit.DAYS.between(planStarted, today));
		double perWeek = hoursLogged * 7.0 / days;
		long daysLeft = ChronoUnit.DAYS.between(today, targetDate);
		Double required = (remainingHours <= 0) ? Double.valueOf(0)
				: ((daysLeft <= 0) ? null : Double.valueOf(round(remainingHours * 7.0 / daysLeft)));
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
			status = DONE;
		}
		else if (required == null || required > MAX_HOURS_PER_WEEK) {
			status = BEHIND;
		}
		else if (projected != null && !projected.isAfter(targetDate)) {
			status = ON_TRACK;
		}
		else if (inGrace) {
			status = STARTING;
		}
		else {
			status = BEHIND;
		}
		return new Pace(hoursLogged, round(perWeek), remainingHours, required, projected, round(expected), status,
				status.equals(ON_TRACK) || (status.equals(DONE) && !today.isAfter(targetDate)));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}

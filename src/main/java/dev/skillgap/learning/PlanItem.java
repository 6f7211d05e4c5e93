package dev.skillgap.learning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.skillgap.platform.DomainException;

/**
 * One item of a learner's plan.
 *
 * @param position its place in the plan, from 0
 */
public record PlanItem(String itemCode, int position, PlanStatus status, LocalDate targetDate, BigDecimal hoursLogged,
		Instant addedAt, Instant startedAt, Instant completedAt) {

	/**
	 * The item in a new status, with the time it started or was completed.
	 * @throws DomainException 409 for a move the workflow does not allow
	 */
	PlanItem moveTo(PlanStatus next, Instant now) {
		if (next == this.status) {
			return this;
		}
		if (!this.status.canMoveTo(next)) {
			throw DomainException.invalidTransition("status", "plan.status.transition", this.status.code(),
					next.code());
		}
		Instant started = (next == PlanStatus.IN_PROGRESS && this.startedAt == null) ? now : this.startedAt;
		Instant completed = (next == PlanStatus.DONE) ? now : null;
		return new PlanItem(this.itemCode, this.position, next, this.targetDate, this.hoursLogged, this.addedAt,
				started, completed);
	}

	PlanItem withTargetDate(LocalDate date) {
		return new PlanItem(this.itemCode, this.position, this.status, date, this.hoursLogged, this.addedAt,
				this.startedAt, this.completedAt);
	}

}

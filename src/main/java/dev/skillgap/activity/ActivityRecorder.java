package dev.skillgap.activity;

import dev.skillgap.learning.GoalSet;
import dev.skillgap.learning.PlanItemAdded;
import dev.skillgap.learning.PlanItemCompleted;
import dev.skillgap.skills.SkillLevelRecorded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link Activities} up to date from the events of the skills and learning modules,
 * each after the publishing transaction committed, in a transaction of its own. The
 * listener ids are fixed: the event publication registry stores them with every
 * publication not yet delivered, so renaming a method must not orphan those.
 */
@Component
class ActivityRecorder {

	private final Activities activities;

	ActivityRecorder(Activities activities) {
		this.activities = activities;
	}

	@ApplicationModuleListener(id = "activity.skill-level-recorded")
	void on(SkillLevelRecorded event) {
		if (event.byTheLearner()) {
			this.activities.record(event.accountId(), event.at(), ActivityKind.SKILL_LEVEL_RECORDED, event.skillCode());
		}
	}

	@ApplicationModuleListener(id = "activity.plan-item-added")
	void on(PlanItemAdded event) {
		this.activities.record(event.accountId(), event.at(), ActivityKind.PLAN_ITEM_ADDED, event.itemCode());
	}

	@ApplicationModuleListener(id = "activity.plan-item-completed")
	void on(PlanItemCompleted event) {
		this.activities.record(event.accountId(), event.at(), ActivityKind.PLAN_ITEM_COMPLETED, event.itemCode());
	}

	@ApplicationModuleListener(id = "activity.goal-set")
	void on(GoalSet event) {
		this.activities.record(event.accountId(), event.at(), ActivityKind.GOAL_SET, event.roleCode());
	}

}

/**
 * What learners did last: a read model kept from the events of the skills and learning
 * modules ({@link dev.skillgap.skills.SkillLevelRecorded},
 * {@link dev.skillgap.learning.PlanItemAdded},
 * {@link dev.skillgap.learning.PlanItemCompleted},
 * {@link dev.skillgap.learning.GoalSet}), read through
 * {@link dev.skillgap.activity.Activities}, e.g. for a mentor's dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activity",
		allowedDependencies = { "learning", "skills" })
@org.jspecify.annotations.NullMarked
package dev.skillgap.activity;

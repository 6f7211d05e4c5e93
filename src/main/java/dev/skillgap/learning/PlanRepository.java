package dev.skillgap.learning;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LearningPlan plan(UUID account) {
		return new LearningPlan(findAll(account));
	}

	/** The plans of many learners in one query (learners without items are absent). */
	Map<UUID, LearningPlan> plans(Collection<UUID> accounts) {
		Map<UUID, List<PlanItem>> items = new HashMap<>();
		this.jdbc.sql(
				"select * from learning_plan_item where account_id = any(:accounts) order by account_id, position, added_at")
			.param("accounts", accounts.toArray(UUID[]::new))
			.query((rs) -> {
				items.computeIfAbsent(rs.getObject("account_id", UUID.class), (k) -> new ArrayList<>()).add(map(rs, 0));
			});
		Map<UUID, LearningPlan> plans = new HashMap<>();
		items.forEach((account, list) -> plans.put(account, new LearningPlan(list)));
		return plans;
	}

	/** The goals of many learners in one query (learners without a goal are absent). */
	Map<UUID, Goal> goals(Collection<UUID> accounts) {
		Map<UUID, Goal> goals = new HashMap<>();
		this.jdbc.sql(
				"select account_id, role_code, target_date, set_at from learning_goal where account_id = any(:accounts)")
			.param("accounts", accounts.toArray(UUID[]::new))
			.query((rs) -> {
				goals.put(rs.getObject("account_id", UUID.class), new Goal(rs.getString("role_code"),
						rs.getDate("target_date").toLocalDate(), rs.getTimestamp("set_at").toInstant()));
			});
		return goals;
	}

	List<PlanItem> findAll(UUID account) {
		return this.jdbc.sql("select * from learning_plan_item where account_id = :account order by position, added_at")
			.param("account", account)
			.query(PlanRepository::map)
			.list();
	}

	Optional<PlanItem> find(UUID account, String itemCode) {
		return this.jdbc.sql("select * from learning_plan_item where account_id = :account and item_code = :item")
			.param("account", account)
			.param("item", itemCode)
			.query(PlanRepository::map)
			.optional();
	}

	/**
	 * Locks the learner's plan until the end of the transaction, creating its row on
	 * first use: writes that move positions call this first, so that they run one after
	 * the other for a learner (and a second one sees what the first committed).
	 */
	void lock(UUID account) {
		this.jdbc.sql("insert into learning_plan (account_id) values (:account) on conflict (account_id) do nothing")
			.param("account", account)
			.update();
		this.jdbc.sql("select account_id from learning_plan where account_id = :account for update")
			.param("account", account)
			.query(UUID.class)
			.single();
	}

	/**
	 * Adds the item at the end of the plan. Call {@link #lock} first.
	 * @return false when the item is already in the plan
	 */
	boolean insert(UUID account, String itemCode, LocalDate targetDate) {
		return this.jdbc.sql("""
				insert into learning_plan_item (account_id, item_code, position, target_date)
				values (:account, :item, (select coalesce(max(position) + 1, 0) from learning_plan_item
				  where account_id = :account), :targetDate)
				on conflict (account_id, item_code) do nothing
				""")
			.param("account", account)
			.param("item", itemCode)
			.param("targetDate", date(targetDate))
			.update() > 0;
	}

	void update(UUID account, PlanItem item) {
		this.jdbc.sql("""
				update learning_plan_item set status = :status, target_date = :targetDate, started_at = :startedAt,
				  completed_at = :completedAt
				where account_id = :account and item_code = :item
				""")
			.param("account", account)
			.param("item", item.itemCode())
			.param("status", item.status().code())
			.param("targetDate", date(item.targetDate()))
			.param("startedAt", timestamp(item.startedAt()))
			.param("completedAt", timestamp(item.completedAt()))
			.update();
	}

	/**
	 * Puts the items on positions 0..n-1 in the order given. Call {@link #lock} first.
	 */
	void reorder(UUID account, List<String> itemCodes) {
		for (int position = 0; position < itemCodes.size(); position++) {
			this.jdbc.sql(
					"update learning_plan_item set position = :position where account_id = :account and item_code = :item")
				.param("position", position)
				.param("account", account)
				.param("item", itemCodes.get(position))
				.update();
		}
	}

	/**
	 * Removes the item and moves the items after it up by one, so that positions stay
	 * 0..n-1. Call {@link #lock} first.
	 * @return false when the item was not in the plan
	 */
	boolean delete(UUID account, String itemCode) {
		Optional<Integer> position = this.jdbc
			.sql("delete from learning_plan_item where account_id = :account and item_code = :item returning position")
			.param("account", account)
			.param("item", itemCode)
			.query(Integer.class)
			.optional();
		position.ifPresent((removed) -> this.jdbc.sql("""
				update learning_plan_item set position = position - 1
				where account_id = :account and position > :removed
				""").param("account", account).param("removed", removed).update());
		return position.isPresent();
	}

	void logHours(UUID account, String itemCode, BigDecimal hours, LocalDate on) {
		this.jdbc.sql("""
				insert into learning_hours_log (account_id, item_code, hours, logged_on)
				values (:account, :item, :hours, :on)
				""")
			.param("account", account)
			.param("item", itemCode)
			.param("hours", hours)
			.param("on", date(on))
			.update();
		this.jdbc.sql("""
				update learning_plan_item set hours_logged = hours_logged + :hours
				where account_id = :account and item_code = :item
				""").param("account", account).param("item", itemCode).param("hours", hours).update();
	}

	/** Hours logged on one day, over every item. */
	BigDecimal hoursOn(UUID account, LocalDate day) {
		return this.jdbc.sql(
				"select coalesce(sum(hours), 0) from learning_hours_log where account_id = :account and logged_on = :on")
			.param("account", account)
			.param("on", date(day))
			.query(BigDecimal.class)
			.single();
	}

	/** Hours logged per ISO week start (Monday), oldest first. */
	List<WeekHours> hoursPerWeek(UUID account) {
		return this.jdbc.sql("""
				select date_trunc('week', logged_on)::date as week, sum(hours) as hours from learning_hours_log
				where account_id = :account group by 1 order by 1
				""")
			.param("account", account)
			.query((rs, row) -> new WeekHours(rs.getDate("week").toLocalDate(), rs.getBigDecimal("hours")))
			.list();
	}

	Optional<Goal> findGoal(UUID account) {
		return this.jdbc.sql("select role_code, target_date, set_at from learning_goal where account_id = :account")
			.param("account", account)
			.query((rs, row) -> new Goal(rs.getString("role_code"), rs.getDate("target_date").toLocalDate(),
					rs.getTimestamp("set_at").toInstant()))
			.optional();
	}

	void saveGoal(UUID account, String roleCode, LocalDate targetDate) {
		this.jdbc.sql("""
				insert into learning_goal (account_id, role_code, target_date) values (:account, :role, :date)
				on conflict (account_id) do update set role_code = excluded.role_code,
				  target_date = excluded.target_date, set_at = now()
				""").param("account", account).param("role", roleCode).param("date", date(targetDate)).update();
	}

	void deleteGoal(UUID account) {
		this.jdbc.sql("delete from learning_goal where account_id = :account").param("account", account).update();
	}

	Optional<String> findCareerPosition(UUID account) {
		return this.jdbc.sql("select role_code from career_position where account_id = :account")
			.param("account", account)
			.query(String.class)
			.optional();
	}

	void saveCareerPosition(UUID account, String roleCode) {
		if (roleCode == null) {
			this.jdbc.sql("delete from career_position where account_id = :account").param("account", account).update();
			return;
		}
		this.jdbc.sql("""
				insert into career_position (account_id, role_code) values (:account, :role)
				on conflict (account_id) do update set role_code = excluded.role_code, set_at = now()
				""").param("account", account).param("role", roleCode).update();
	}

	private static PlanItem map(ResultSet rs, int row) throws SQLException {
		Date target = rs.getDate("target_date");
		return new PlanItem(rs.getString("item_code"), rs.getInt("position"), PlanStatus.of(rs.getString("status")),
				target == null ? null : target.toLocalDate(), rs.getBigDecimal("hours_logged"),
				instant(rs.getTimestamp("added_at")), instant(rs.getTimestamp("started_at")),
				instant(rs.getTimestamp("completed_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Date date(LocalDate date) {
		return date == null ? null : Date.valueOf(date);
	}

	record Goal(String roleCode, LocalDate targetDate, Instant setAt) {
	}

}

package dev.skillgap.learning;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import dev.skillgap.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The migration that makes plan positions unique, run in a schema of its own on plans
 * that concurrent writes left with two items on one position.
 */
@IntegrationTest
class PlanPositionMigrationIntegrationTests {

	private final String schema = "plan_migration_" + UUID.randomUUID().toString().replace("-", "");

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void dropTheSchema() {
		this.jdbc.sql("drop schema if exists " + this.schema + " cascade").update();
	}

	@Test
	void duplicatePositionsAreRenumberedInTheirOrderAndThenRefused() {
		migrateTo(versionBefore("11"));
		UUID account = UUID.randomUUID();
		UUID other = UUID.randomUUID();
		sql("insert into %s.account (id, email, display_name, password_hash, locale) values (?, ?, 'A', 'x', 'en'), "
				+ "(?, ?, 'B', 'x', 'en')", account, account + "@skillgap.test", other, other + "@skillgap.test");
		for (String item : List.of("a", "b", "c", "d")) {
			sql("insert into %s.learning_item (code, kind, title_en, title_ja, provider, languages, hours, cost, "
					+ "position) values (?, 'book', ?, ?, 'p', '{en}', 1, 'free', 0)", item, item, item);
		}
		addItem(account, "a", 0, "2030-01-01T00:00:00Z");
		addItem(account, "b", 1, "2030-01-01T00:00:01Z");
		addItem(account, "c", 1, "2030-01-01T00:00:02Z");
		addItem(account, "d", 3, "2030-01-01T00:00:03Z");
		addItem(other, "a", 5, "2030-01-01T00:00:00Z");
		addItem(other, "b", 5, "2030-01-01T00:00:01Z");

		migrateTo("11");

		assertThat(plan(account)).containsExactly("a:0", "b:1", "c:2", "d:3");
		assertThat(plan(other)).containsExactly("a:0", "b:1");
		assertThat(
				this.jdbc.sql("select count(*) from " + this.schema + ".learning_plan").query(Integer.class).single())
			.as("a plan row for every learner with a plan")
			.isEqualTo(2);
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> sql("update %s.learning_plan_item set position = 0 where account_id = ?", other));
	}

	private void migrateTo(String version) {
		flyway().target(version).load().migrate();
	}

	/** The last migration before this one (Flyway wants a target that exists). */
	private String versionBefore(String version) {
		MigrationVersion before = MigrationVersion.fromVersion(version);
		return Arrays.stream(flyway().load().info().all())
			.map(MigrationInfo::getVersion)
			.filter((v) -> v != null && v.compareTo(before) < 0)
			.max(MigrationVersion::compareTo)
			.orElseThrow()
			.getVersion();
	}

	private FluentConfiguration flyway() {
		return Flyway.configure().dataSource(this.dataSource).schemas(this.schema).locations("classpath:db/migration");
	}

	private void addItem(UUID account, String item, int position, String addedAt) {
		sql("insert into %s.learning_plan_item (account_id, item_code, position, added_at) "
				+ "values (?, ?, ?, ?::timestamptz)", account, item, position, addedAt);
	}

	private List<String> plan(UUID account) {
		return this.jdbc
			.sql("select item_code || ':' || position from " + this.schema
					+ ".learning_plan_item where account_id = ? order by position")
			.param(account)
			.query(String.class)
			.list();
	}

	private void sql(String sql, Object... params) {
		this.jdbc.sql(sql.formatted(this.schema)).params(params).update();
	}

}

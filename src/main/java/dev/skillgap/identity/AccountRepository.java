package dev.skillgap.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the account.
	 * @return false when the email is already taken (checked by the unique index, so two
	 * registrations racing for one email cannot both win)
	 */
	boolean insert(Account account) {
		try {
			this.jdbc.sql("""
					insert into account (id, email, display_name, password_hash, locale, created_at, updated_at)
					values (:id, :email, :displayName, :passwordHash, :locale, :createdAt, :createdAt)
					""")
				.param("id", account.id())
				.param("email", account.email())
				.param("displayName", account.displayName())
				.param("passwordHash", account.passwordHash())
				.param("locale", account.locale())
				.param("createdAt", Timestamp.from(account.createdAt()))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	void updateProfile(Account account) {
		this.jdbc.sql("""
				update account set display_name = :displayName, locale = :locale, updated_at = now() where id = :id
				""")
			.param("id", account.id())
			.param("displayName", account.displayName())
			.param("locale", account.locale())
			.update();
	}

	void updatePasswordHash(UUID id, String passwordHash) {
		this.jdbc.sql("update account set password_hash = :hash, updated_at = now() where id = :id")
			.param("id", id)
			.param("hash", passwordHash)
			.update();
	}

	/** Deletes the account; every table that refers to it cascades. */
	void delete(UUID id) {
		this.jdbc.sql("delete from account where id = :id").param("id", id).update();
	}

	Optional<Account> findByEmail(String email) {
		return this.jdbc.sql("select * from account where lower(email) = :email")
			.param("email", Account.normaliseEmail(email))
			.query(AccountRepository::map)
			.optional();
	}

	Optional<Account> findById(UUID id) {
		return this.jdbc.sql("select * from account where id = :id")
			.param("id", id)
			.query(AccountRepository::map)
			.optional();
	}

	private static Account map(ResultSet rs, int row) throws SQLException {
		return new Account(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
				rs.getString("password_hash"), rs.getString("locale"), rs.getTimestamp("created_at").toInstant());
	}

	Map<UUID, String> displayNames(Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select id, display_name from account where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query((rs) -> {
				names.put(rs.getObject("id", UUID.class), rs.getString("display_name"));
			});
		return names;
	}

}

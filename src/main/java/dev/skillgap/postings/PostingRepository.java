package dev.skillgap.postings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PostingRepository {

	private final JdbcClient jdbc;

	PostingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SavedPosting insert(UUID account, String title, String text) {
		return this.jdbc.sql("""
				insert into job_posting (id, account_id, title, text) values (:id, :account, :title, :text)
				returning id, title, text, created_at
				""")
			.param("id", UUID.randomUUID())
			.param("account", account)
			.param("title", title)
			.param("text", text)
			.query(PostingRepository::map)
			.single();
	}

	List<SavedPosting> findAll(UUID account) {
		return this.jdbc.sql(
				"select id, title, text, created_at from job_posting where account_id = :account order by created_at desc")
			.param("account", account)
			.query(PostingRepository::map)
			.list();
	}

	/** Only the account's own postings: another user's id is as good as unknown. */
	Optional<SavedPosting> find(UUID account, UUID id) {
		return this.jdbc
			.sql("select id, title, text, created_at from job_posting where account_id = :account and id = :id")
			.param("account", account)
			.param("id", id)
			.query(PostingRepository::map)
			.optional();
	}

	List<SavedPosting> findAll(UUID account, Collection<UUID> ids) {
		return this.jdbc.sql("""
				select id, title, text, created_at from job_posting where account_id = :account and id in (:ids)
				order by created_at
				""").param("account", account).param("ids", ids).query(PostingRepository::map).list();
	}

	boolean delete(UUID account, UUID id) {
		return this.jdbc.sql("delete from job_posting where account_id = :account and id = :id")
			.param("account", account)
			.param("id", id)
			.update() > 0;
	}

	private static SavedPosting map(ResultSet rs, int row) throws SQLException {
		return new SavedPosting(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("text"),
				rs.getTimestamp("created_at").toInstant());
	}

}

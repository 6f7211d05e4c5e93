package dev.skillgap.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that means "the database cannot be reached right now" (no
 * connection within the pool's timeout, a connection lost, the server shutting down),
 * which the app answers with 503 and {@code Retry-After} instead of 500: the request was
 * fine and may be sent again shortly. The connection pool reconnects by itself once the
 * database is back.
 */
final class DatabaseUnavailable {

	/** Seconds a client should wait before trying again. */
	static final int RETRY_AFTER_SECONDS = 5;

	static final HttpStatus STATUS = HttpStatus.SERVICE_UNAVAILABLE;

	static final String DETAIL = "error.database.unavailable";

	private DatabaseUnavailable() {
	}

	static boolean isCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
				return true;
			}
			// a rollback that failed on a lost connection hides the failure that caused
			// it
			if (cause instanceof TransactionSystemException transaction && transaction.getApplicationException() != null
					&& isCause(transaction.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQLSTATE class 08 (connection exception) and 57P01-57P03 (admin shutdown, crash
	 * shutdown, cannot connect now).
	 */
	private static boolean isConnectionState(String state) {
		return state != null
				&& (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
	}

}

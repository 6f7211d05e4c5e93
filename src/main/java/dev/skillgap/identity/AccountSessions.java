package dev.skillgap.identity;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The sessions of one account, found through Spring Session's principal name index (the
 * sessions live in PostgreSQL, so this reaches the sessions of every instance).
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of the account except {@code keep} (null: ends them all).
	 * @param principalName the account's email as it logs in (the session's principal
	 * name)
	 * @return how many sessions were ended
	 */
	int endAllBut(String principalName, @Nullable String keep) {
		Set<String> ids = this.sessions.findByPrincipalName(principalName).keySet();
		int ended = 0;
		for (String id : ids) {
			if (!id.equals(keep)) {
				this.sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}

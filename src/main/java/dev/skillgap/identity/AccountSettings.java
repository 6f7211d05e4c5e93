package dev.skillgap.identity;

import java.time.Instant;

import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.IdempotencyKeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a logged-in person changes about their own account beyond the profile: the
 * password (which ends their other sessions) and the account itself (deleted with
 * everything that refers to it). Both need the current password, checked under the login
 * throttle so that a stolen session cannot guess it.
 */
@Service
public class AccountSettings {

	private final AccountRepository repository;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final DeviceCookies devices;

	private final AccountSessions sessions;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final IdempotencyKeys idempotency;

	AccountSettings(AccountRepository repository, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, DeviceCookies devices, AccountSessions sessions, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, IdempotencyKeys idempotency) {
		this.idempotency = idempotency;
		this.repository = repository;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.devices = devices;
		this.sessions = sessions;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * Changes the password after checking the current one, and ends every other session
	 * of the account (this one stays logged in).
	 * @return how many other sessions were ended
	 * @throws DomainException 400 on {@code currentPassword} when it is wrong, 400 on
	 * {@code newPassword} when it breaks the policy
	 * @throws dev.skillgap.platform.TooManyAttemptsException while throttled
	 */
	public int changePassword(CurrentUser user, String currentPassword, String newPassword,
			HttpServletRequest request) {
		Account account = confirm(user, "currentPassword", currentPassword, request);
		this.passwordPolicy.check(newPassword, account.email(), account.displayName()).ifPresent((code) -> {
			throw DomainException.invalid("newPassword", code, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
		});
		this.repository.updatePasswordHash(account.id(), this.passwordEncoder.encode(newPassword));
		HttpSession current = request.getSession(false);
		return this.sessions.endAllBut(user.getUsername(), (current != null) ? current.getId() : null);
	}

	/**
	 * Deletes the account after checking the password: every row that refers to it goes
	 * with it (levels, plan, goal, saved postings, mentoring and team links), every
	 * session ends, and {@link AccountDeleted} is published.
	 * @throws DomainException 400 on {@code password} when it is wrong
	 * @throws dev.skillgap.platform.TooManyAttemptsException while throttled
	 */
	public void delete(CurrentUser user, String password, HttpServletRequest request) {
		Account account = confirm(user, "password", password, request);
		this.transactions.executeWithoutResult((status) -> {
			this.idempotency.forgetAnswersOf(account.id());
			this.repository.delete(account.id());
			this.events.publishEvent(new AccountDeleted(account.id(), Instant.now()));
		});
		HttpSession current = request.getSession(false);
		if (current != null) {
			current.invalidate();
		}
		this.sessions.endAllBut(user.getUsername(), null);
		SecurityContextHolder.clearContext();
	}

	/**
	 * Checks the account's password like a login attempt (counted first, in the same
	 * buckets), so confirmations cannot be used to guess it faster than logins.
	 */
	private Account confirm(CurrentUser user, String field, String password, HttpServletRequest request) {
		Account account = this.repository.findById(user.id())
			.orElseThrow(() -> DomainException.notFound("account.notFound"));
		LoginThrottle.Attempt attempt = this.throttle.begin(account.email(), request.getRemoteAddr(),
				this.devices.trustedDevice(account.email(), request));
		if (!this.passwordEncoder.matches(password, account.passwordHash())) {
			throw DomainException.invalid(field, "account.password.wrong");
		}
		this.throttle.succeeded(attempt);
		return account;
	}

}

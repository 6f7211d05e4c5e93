package dev.skillgap.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Checks a password and starts the session: throttled ({@link LoginThrottle}), with
 * session fixation protection (new session id) and a fresh CSRF token; a successful login
 * or registration also gives the browser a new device cookie for the account
 * ({@link DeviceCookies}).
 */
@Component
public class SessionLogin {

	private final AuthenticationManager authenticationManager;

	private final SessionAuthenticationStrategy sessionStrategy;

	private final SecurityContextRepository contexts;

	private final LoginThrottle throttle;

	private final Accounts accounts;

	private final DeviceCookies devices;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SessionLogin(AuthenticationManager authenticationManager, SessionAuthenticationStrategy sessionStrategy,
			SecurityContextRepository contexts, LoginThrottle throttle, Accounts accounts, DeviceCookies devices) {
		this.authenticationManager = authenticationManager;
		this.sessionStrategy = sessionStrategy;
		this.contexts = contexts;
		this.throttle = throttle;
		this.accounts = accounts;
		this.devices = devices;
	}

	/**
	 * @return the logged-in user
	 * @throws BadCredentialsException when the email or password is wrong (the same
	 * answer for both)
	 * @throws dev.skillgap.platform.TooManyAttemptsException while throttled
	 */
	public CurrentUser logIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
		Optional<String> device = this.devices.trustedDevice(email, request);
		LoginThrottle.Attempt attempt = this.throttle.begin(email, request.getRemoteAddr(), device);
		Authentication authentication;
		try {
			authentication = this.authenticationManager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
		}
		catch (AuthenticationException ex) {
			// the attempt was counted before the password was checked
			throw new BadCredentialsException("auth.login.wrong");
		}
		this.throttle.succeeded(attempt);
		this.devices.issue(email, request, response);
		start(authentication, request, response);
		return (CurrentUser) authentication.getPrincipal();
	}

	/** Logs a just-registered account in without asking for the password again. */
	public CurrentUser logInNew(AccountView account, HttpServletRequest request, HttpServletResponse response) {
		CurrentUser user = new CurrentUser(account.id(), account.email(), null, this.accounts.rolesOf(account));
		this.devices.issue(account.email(), request, response);
		start(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
		return user;
	}

	private void start(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		this.sessionStrategy.onAuthentication(authentication, request, response);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}

package dev.skillgap.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.skillgap.platform.ApiException;
import dev.skillgap.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration and profile changes; also the user lookup behind login. */
@Service
public class Accounts implements UserDetailsService {

	private final AccountRepository repository;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final IdentityProperties properties;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository repository, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
			IdentityProperties properties, MessageSource messages, ApplicationEventPublisher events) {
		this.repository = repository;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.messages = messages;
		this.events = events;
	}

	/**
	 * Creates an account and publishes {@link AccountCreated} in the same transaction.
	 * @throws ApiException 400 on the password field when the password breaks the policy,
	 * 409 on the email field when the email is taken (in any case)
	 */
	@Transactional
	public Account register(String email, String password, String displayName, String locale) {
		this.passwordPolicy.check(password, email, displayName).ifPresent((code) -> {
			throw ApiException.invalid("password", message(code));
		});
		Account account = Account.register(email, displayName, this.passwordEncoder.encode(password), locale);
		if (!this.repository.insert(account)) {
			throw ApiException.conflict("email", message("email.taken"));
		}
		this.events.publishEvent(new AccountCreated(account.id(), account.locale(), account.createdAt()));
		return account;
	}

	@Transactional
	public Account updateProfile(UUID id, String displayName, String locale) {
		Account updated = find(id).withProfile(displayName, locale);
		this.repository.updateProfile(updated);
		return updated;
	}

	public Account find(UUID id) {
		return this.repository.findById(id).orElseThrow(() -> DomainException.notFound("account.notFound"));
	}

	public List<String> rolesOf(Account account) {
		List<String> roles = new ArrayList<>(List.of("LEARNER"));
		if (this.properties.isAdmin(account.email())) {
			roles.add("ADMIN");
		}
		return roles;
	}

	@Override
	public CurrentUser loadUserByUsername(String email) {
		Account account = this.repository.findByEmail(email)
			.orElseThrow(() -> new UsernameNotFoundException("No account for that email"));
		return new CurrentUser(account.id(), account.email(), account.passwordHash(), rolesOf(account));
	}

	private String message(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(code, new Object[] { PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH },
				locale);
	}

}

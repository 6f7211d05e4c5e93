package dev.skillgap.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	Accounts(AccountRepository repository, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
			IdentityProperties properties, ApplicationEventPublisher events) {
		this.repository = repository;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.events = events;
	}

	/**
	 * Creates an account and publishes {@link AccountCreated} in the same transaction.
	 * @throws DomainException 400 on the password field when the password breaks the
	 * policy, 409 on the email field when the email is taken (in any case)
	 */
	@Transactional
	public AccountView register(String email, String password, String displayName, String locale) {
		this.passwordPolicy.check(password, email, displayName).ifPresent((code) -> {
			throw DomainException.invalid("password", code, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
		});
		Account account = Account.register(email, displayName, this.passwordEncoder.encode(password), locale);
		if (!this.repository.insert(account)) {
			throw DomainException.conflict("email", "email.taken");
		}
		this.events.publishEvent(new AccountCreated(account.id(), account.locale(), account.createdAt()));
		return AccountView.of(account);
	}

	@Transactional
	public AccountView updateProfile(UUID id, String displayName, String locale) {
		Account updated = account(id).withProfile(displayName, locale);
		this.repository.updateProfile(updated);
		return AccountView.of(updated);
	}

	/**
	 * @throws DomainException 404 when there is no such account
	 */
	public AccountView find(UUID id) {
		return AccountView.of(account(id));
	}

	/**
	 * The language of a file someone downloads (a CSV export): the one the app asks for
	 * ({@code ja} or {@code en}, the language chosen in the app), else the account's,
	 * never the browser's.
	 * @throws DomainException 400 ({@code lang}) for any other value
	 */
	public Locale downloadLanguage(UUID id, @Nullable String requested) {
		String language = (requested == null || requested.isBlank()) ? account(id).locale() : requested.strip();
		return switch (language) {
			case "ja" -> Locale.JAPANESE;
			case "en" -> Locale.ENGLISH;
			default -> throw DomainException.invalid("lang", "download.lang.invalid");
		};
	}

	/** The account with this email (case-insensitive), if any. */
	public Optional<AccountView> findByEmail(String email) {
		return this.repository.findByEmail(email.strip()).map(AccountView::of);
	}

	/**
	 * Display names by account id, in one query; ids without an account are absent.
	 */
	public Map<UUID, String> displayNames(Collection<UUID> ids) {
		return this.repository.displayNames(ids);
	}

	private Account account(UUID id) {
		return this.repository.findById(id).orElseThrow(() -> DomainException.notFound("account.notFound"));
	}

	public List<String> rolesOf(AccountView account) {
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
		return new CurrentUser(account.id(), account.email(), account.passwordHash(), rolesOf(AccountView.of(account)));
	}

}

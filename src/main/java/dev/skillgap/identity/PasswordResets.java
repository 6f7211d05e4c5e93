package dev.skillgap.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.Mailer;
import dev.skillgap.platform.Message;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password": when mail is configured ({@link Mailer#enabled()}), a single-use
 * link that expires after {@link #VALID_FOR} is mailed to the account's address; only a
 * hash of its token is stored. Asking for a link answers the same whether or not the
 * address has an account, and is throttled like a login. Without mail, people are told
 * whom to ask ({@code skillgap.support-contact}).
 */
@Service
public class PasswordResets {

	static final Duration VALID_FOR = Duration.ofHours(1);

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final PasswordPolicy policy;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final AccountSessions sessions;

	private final Mailer mailer;

	private final String publicUrl;

	private final String supportContact;

	PasswordResets(JdbcClient jdbc, AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder,
			LoginThrottle throttle, AccountSessions sessions, Mailer mailer,
			@Value("${skillgap.public-url:http://localhost:8080}") String publicUrl,
			@Value("${skillgap.support-contact:}") String supportContact) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.policy = policy;
		this.encoder = encoder;
		this.throttle = throttle;
		this.sessions = sessions;
		this.mailer = mailer;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
		this.supportContact = supportContact.strip();
	}

	/** Whether links are mailed, and whom to ask otherwise. */
	public Availability availability() {
		return new Availability(this.mailer.enabled(), this.supportContact.isEmpty() ? null : this.supportContact);
	}

	/**
	 * Mails a reset link to the account with this email, if there is one and mail is
	 * configured; otherwise does nothing (the caller answers the same either way).
	 * @throws dev.skillgap.platform.TooManyAttemptsException while throttled
	 */
	public void request(String email, String address) {
		this.throttle.beginReset(email, address);
		if (!this.mailer.enabled()) {
			return;
		}
		Optional<Account> account = this.accounts.findByEmail(email);
		if (account.isEmpty()) {
			return;
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("""
				insert into password_reset (token_hash, account_id, expires_at) values (:hash, :account, :expires)
				""")
			.param("hash", hash(token))
			.param("account", account.get().id())
			.param("expires", Instant.now().plus(VALID_FOR).atOffset(ZoneOffset.UTC))
			.update();
		String link = this.publicUrl + "/reset-password?token=" + token;
		this.mailer.send(account.get().email(), Locale.forLanguageTag(account.get().locale()),
				Message.of("passwordReset.mail.subject"),
				Message.of("passwordReset.mail.body", account.get().displayName(), link, VALID_FOR.toMinutes()));
	}

	/**
	 * Sets a new password with a link's token: the token is used up (with every other
	 * link of the account), and every session of the account ends.
	 * @throws DomainException 400 on {@code token} when it is unknown, used or expired;
	 * 400 on {@code newPassword} when the policy refuses it
	 */
	@Transactional
	public void reset(String token, String newPassword) {
		UUID accountId = this.jdbc.sql("""
				select account_id from password_reset
				where token_hash = :hash and used_at is null and expires_at > now() for update
				""")
			.param("hash", hash(token))
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> DomainException.invalid("token", "passwordReset.invalid"));
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> DomainException.invalid("token", "passwordReset.invalid"));
		this.policy.check(newPassword, account.email(), account.displayName()).ifPresent((code) -> {
			throw DomainException.invalid("newPassword", code, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
		});
		this.accounts.updatePasswordHash(accountId, this.encoder.encode(newPassword));
		this.jdbc.sql("update password_reset set used_at = now() where account_id = :account and used_at is null")
			.param("account", accountId)
			.update();
		this.sessions.endAllBut(account.email(), null);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * @param emailEnabled whether reset links are mailed
	 * @param supportContact whom to ask when they are not (null when not configured)
	 */
	public record Availability(boolean emailEnabled, @Nullable String supportContact) {
	}

}

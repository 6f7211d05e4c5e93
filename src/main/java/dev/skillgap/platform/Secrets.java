package dev.skillgap.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Keys for signing and encrypting, one per purpose, the same on every instance: derived
 * (HMAC-SHA256) from {@code skillgap.secret-key} ({@code SKILLGAP_SECRET_KEY}, base64, at
 * least 32 bytes) when it is set, otherwise random and kept in PostgreSQL
 * ({@code app_secret}), stored by the first instance that needs it.
 * <p>
 * Signed tokens ({@link #sign}) are {@code payload.signature} in URL-safe base64, for
 * links that must work without a session (one-click unsubscribe). Encrypted values
 * ({@link #encrypt}) are AES-256-GCM with a random nonce (webhook addresses at rest):
 * with {@code SKILLGAP_SECRET_KEY} set outside the database, a copy of the database alone
 * does not reveal them.
 */
@Component
public class Secrets {

	private static final SecureRandom random = new SecureRandom();

	private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

	private static final int NONCE = 12;

	private final JdbcClient jdbc;

	private final byte[] master;

	private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

	Secrets(JdbcClient jdbc, @Value("${skillgap.secret-key:}") String master) {
		this.jdbc = jdbc;
		this.master = StringUtils.hasText(master) ? Base64.getDecoder().decode(master.strip()) : new byte[0];
		if (this.master.length > 0 && this.master.length < 32) {
			throw new IllegalStateException("skillgap.secret-key must be at least 32 bytes (base64)");
		}
	}

	/** A 32-byte key for a purpose, the same on every instance. */
	byte[] key(String purpose) {
		return this.keys.computeIfAbsent(purpose, this::load);
	}

	/** {@code payload} with its signature, safe in a URL. */
	public String sign(String purpose, String payload) {
		String encoded = URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
		return encoded + "." + URL.encodeToString(mac(purpose, encoded));
	}

	/** The payload of a token {@link #sign} made for this purpose; empty if forged. */
	public Optional<String> verify(String purpose, String token) {
		int dot = token.indexOf('.');
		if (dot <= 0 || dot == token.length() - 1) {
			return Optional.empty();
		}
		String encoded = token.substring(0, dot);
		try {
			byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
			if (!MessageDigest.isEqual(signature, mac(purpose, encoded))) {
				return Optional.empty();
			}
			return Optional.of(new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** AES-256-GCM with a random nonce, base64. */
	public String encrypt(String purpose, String plain) {
		try {
			byte[] nonce = new byte[NONCE];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(purpose), "AES"), new GCMParameterSpec(128, nonce));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt", ex);
		}
	}

	/** What {@link #encrypt} sealed for this purpose. */
	public String decrypt(String purpose, String sealed) {
		try {
			byte[] bytes = Base64.getDecoder().decode(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key(purpose), "AES"),
					new GCMParameterSpec(128, bytes, 0, NONCE));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not decrypt (was the secret key changed?)", ex);
		}
	}

	/** A random token of 32 bytes, URL-safe. */
	public static String randomToken() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return URL.encodeToString(bytes);
	}

	/** SHA-256 of a token, hex: what is stored instead of the token itself. */
	public static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			StringBuilder hex = new StringBuilder();
			for (byte b : digest) {
				hex.append(String.format("%02x", b));
			}
			return hex.toString();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] mac(String purpose, String data) {
		return hmac(key(purpose), data.getBytes(StandardCharsets.US_ASCII));
	}

	private byte[] load(String purpose) {
		if (this.master.length > 0) {
			return hmac(this.master, ("skillgap:" + purpose).getBytes(StandardCharsets.UTF_8));
		}
		byte[] fresh = new byte[32];
		random.nextBytes(fresh);
		this.jdbc.sql("insert into app_secret (purpose, secret) values (:purpose, :secret) on conflict do nothing")
			.param("purpose", purpose)
			.param("secret", fresh)
			.update();
		return this.jdbc.sql("select secret from app_secret where purpose = :purpose")
			.param("purpose", purpose)
			.query(byte[].class)
			.single();
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

package dev.skillgap.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Device cookies: a browser that logged in to an account gets a signed cookie for it, and
 * its later login attempts for that account are throttled on their own (see
 * {@link LoginThrottle}), so that someone guessing the password elsewhere cannot lock the
 * owner out. The signing key comes from {@code skillgap.security.login.device-secret} or,
 * when that is blank, from PostgreSQL, where the first instance that needs it stores a
 * random one; either way every instance accepts every instance's cookies.
 */
@Component
class DeviceCookies {

	static final String COOKIE = "DEVICE";

	/** Only the login and registration requests need the cookie. */
	static final String PATH = "/api/auth";

	private static final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final LoginProperties properties;

	private final Clock clock;

	private volatile DeviceCookieSigner signer;

	@Autowired
	DeviceCookies(JdbcClient jdbc, LoginProperties properties) {
		this(jdbc, properties, Clock.systemUTC());
	}

	DeviceCookies(JdbcClient jdbc, LoginProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
		if (StringUtils.hasText(properties.deviceSecret())) {
			this.signer = new DeviceCookieSigner(Base64.getDecoder().decode(properties.deviceSecret().strip()));
		}
	}

	/**
	 * @return the id of the device when the request carries a valid device cookie for
	 * this email
	 */
	Optional<String> trustedDevice(String email, HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null || email == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				Optional<String> device = signer().deviceOf(cookie.getValue(), email, this.clock.instant(),
						this.properties.deviceCookieMaxAge());
				if (device.isPresent()) {
					return device;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * Gives the browser a new device cookie for this email (after a successful login).
	 */
	void issue(String email, HttpServletRequest request, HttpServletResponse response) {
		byte[] id = new byte[16];
		random.nextBytes(id);
		String value = signer().sign(email, Base64.getUrlEncoder().withoutPadding().encodeToString(id),
				this.clock.instant());
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
			.path(PATH)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.maxAge(this.properties.deviceCookieMaxAge())
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private DeviceCookieSigner signer() {
		DeviceCookieSigner current = this.signer;
		if (current == null) {
			current = new DeviceCookieSigner(storedSecret());
			this.signer = current;
		}
		return current;
	}

	/** The key in the database, created by whichever instance asks first. */
	private byte[] storedSecret() {
		byte[] fresh = new byte[32];
		random.nextBytes(fresh);
		this.jdbc.sql("insert into login_device_secret (id, secret) values (1, :secret) on conflict (id) do nothing")
			.param("secret", fresh)
			.update();
		return this.jdbc.sql("select secret from login_device_secret where id = 1").query(byte[].class).single();
	}

}

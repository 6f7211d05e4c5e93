package dev.skillgap.identity;

import java.util.List;
import java.util.Map;

import dev.skillgap.platform.Texts;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The application's one security filter chain. Session cookie authentication (the
 * sessions live in PostgreSQL through Spring Session JDBC, so every instance accepts them
 * and they survive restarts; the cookie is still {@code JSESSIONID}); CSRF on for every
 * state-changing request with the SPA cookie-to-header scheme ({@code XSRF-TOKEN} cookie,
 * {@code X-XSRF-TOKEN} header); every {@code /api/**} route but registration, login and
 * the CSRF token needs a session. Object-level checks (whose data may this user see) are
 * made by each module's services.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecurityConfiguration {

	static final String SESSION_COOKIE = "JSESSIONID";

	/** One-click unsubscribe links of mails (a signed token). */
	static final String UNSUBSCRIBE = "/api/unsubscribe/*";

	/** Private calendar feeds (a secret token). */
	static final String CALENDAR = "/api/calendar/*";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, CookieCsrfTokenRepository csrfTokens,
			SecurityContextRepository contexts) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(HttpMethod.POST, "/api/auth/register", "/api/auth/login", "/api/auth/logout",
					"/api/auth/password-reset", "/api/auth/password-reset/confirm")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/auth/csrf", "/api/auth/password-reset")
			.permitAll()
			// links that work without a session, guarded by the secret token they carry
			.requestMatchers(HttpMethod.GET, UNSUBSCRIBE, CALENDAR)
			.permitAll()
			.requestMatchers(HttpMethod.POST, UNSUBSCRIBE)
			.permitAll()
			.requestMatchers("/api/**")
			.authenticated()
			.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens)
				.csrfTokenRequestHandler(plainCsrfTokens())
				// RFC 8058: a mail client posts the one-click unsubscribe without any
				// token but the link's
				.ignoringRequestMatchers(
						PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, UNSUBSCRIBE)))
			.securityContext((context) -> context.securityContextRepository(contexts))
			.sessionManagement((session) -> session.sessionFixation().changeSessionId())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.logoutUrl("/api/auth/logout")
				.logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT))
				.deleteCookies(SESSION_COOKIE))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> Texts.writeProblem(request, response,
						HttpStatus.UNAUTHORIZED, "error.status.401"))
				.accessDeniedHandler((request, response, ex) -> Texts.writeProblem(request, response,
						HttpStatus.FORBIDDEN, (ex instanceof CsrfException) ? "error.csrf" : "error.status.403")))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
						+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
						+ "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
						+ "form-action 'self'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * The token travels as the raw cookie value (no per-request masking: it is sent in a
	 * header by script, never rendered into a page), and is loaded on every request so
	 * that the first page load already sets the {@code XSRF-TOKEN} cookie.
	 */
	private static CsrfTokenRequestAttributeHandler plainCsrfTokens() {
		CsrfTokenRequestAttributeHandler handler = new CsrfTokenRequestAttributeHandler();
		handler.setCsrfRequestAttributeName(null);
		return handler;
	}

	@Bean
	CookieCsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").path("/"));
		return repository;
	}

	/**
	 * The session cookie (Spring Session's): {@code JSESSIONID}, HttpOnly, SameSite=Lax,
	 * and Secure when the request came over HTTPS (directly or, as Tomcat reports it,
	 * through a trusted proxy). Defined here rather than by properties so that it is the
	 * same with or without an embedded server (as in MockMvc tests).
	 */
	@Bean
	DefaultCookieSerializer sessionCookieSerializer() {
		DefaultCookieSerializer cookies = new DefaultCookieSerializer();
		cookies.setCookieName(SESSION_COOKIE);
		cookies.setCookiePath("/");
		cookies.setUseHttpOnlyCookie(true);
		cookies.setSameSite("Lax");
		return cookies;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * What happens to the session when someone logs in: a new session id, a new CSRF
	 * token.
	 */
	@Bean
	SessionAuthenticationStrategy loginSessionStrategy(CookieCsrfTokenRepository csrfTokens) {
		CsrfAuthenticationStrategy csrf = new CsrfAuthenticationStrategy(csrfTokens);
		csrf.setRequestHandler(plainCsrfTokens());
		return new CompositeSessionAuthenticationStrategy(List.of(new ChangeSessionIdAuthenticationStrategy(), csrf));
	}

	@Bean
	AuthenticationManager authenticationManager(Accounts accounts, PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwordEncoder);
		return new ProviderManager(provider);
	}

	/** Argon2id for new hashes; bcrypt hashes (if any are imported) still verify. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}

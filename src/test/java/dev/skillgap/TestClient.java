package dev.skillgap;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A browser-like client of the API over MockMvc, doing what the SPA does: it keeps the
 * session and the {@code XSRF-TOKEN} cookie between requests, echoes the token in
 * {@code X-XSRF-TOKEN} on every request, and fetches a token from
 * {@code GET /api/auth/csrf} when it has none yet. Each client comes from its own client
 * address so that login throttling in one test cannot affect another.
 */
public final class TestClient {

	public static final String CSRF_COOKIE = "XSRF-TOKEN";

	public static final String CSRF_HEADER = "X-XSRF-TOKEN";

	private static final AtomicInteger addresses = new AtomicInteger();

	private final MockMvc mvc;

	private MockHttpSession session;

	private String csrfToken;

	private String remoteAddress;

	public TestClient(MockMvc mvc) {
		this.mvc = mvc;
		this.remoteAddress = uniqueAddress();
	}

	/** A client address no other test client uses (in 10.0.0.0/8). */
	public static String uniqueAddress() {
		int n = addresses.incrementAndGet();
		return "10." + ((n >> 16) & 0xff) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
	}

	/** Sends the following requests from this address. */
	public TestClient from(String address) {
		this.remoteAddress = address;
		return this;
	}

	public String remoteAddress() {
		return this.remoteAddress;
	}

	/** The current session, or {@code null} before one was started or after logout. */
	public MockHttpSession session() {
		return this.session;
	}

	public String csrfToken() {
		return this.csrfToken;
	}

	/** Fetches a CSRF token the way a client without the cookie does. */
	public String fetchCsrfToken() throws Exception {
		send(get("/api/auth/csrf"), false);
		return this.csrfToken;
	}

	/**
	 * Sends the request with the session, the cookie and the {@code X-XSRF-TOKEN} header,
	 * fetching a token first if the client has none.
	 */
	public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (this.csrfToken == null) {
			fetchCsrfToken();
		}
		return send(request, true);
	}

	/** Sends the request with the session and cookies but without the CSRF header. */
	public ResultActions performWithoutCsrfHeader(MockHttpServletRequestBuilder request) throws Exception {
		return send(request, false);
	}

	private ResultActions send(MockHttpServletRequestBuilder request, boolean withCsrfHeader) throws Exception {
		String address = this.remoteAddress;
		MockHttpSession currentSession = this.session;
		String token = this.csrfToken;
		request.with((MockHttpServletRequest r) -> {
			r.setRemoteAddr(address);
			if (currentSession != null) {
				r.setSession(currentSession);
			}
			if (token != null) {
				Cookie[] existing = (r.getCookies() != null) ? r.getCookies() : new Cookie[0];
				Cookie[] cookies = Arrays.copyOf(existing, existing.length + 1);
				cookies[existing.length] = new Cookie(CSRF_COOKIE, token);
				r.setCookies(cookies);
				if (withCsrfHeader) {
					r.addHeader(CSRF_HEADER, token);
				}
			}
			return r;
		});
		return this.mvc.perform(request).andDo(this::remember);
	}

	private void remember(MvcResult result) {
		String token = lastCookieValue(result, CSRF_COOKIE);
		if (token != null) {
			this.csrfToken = token.isEmpty() ? null : token;
		}
		HttpSession after = result.getRequest().getSession(false);
		if (after instanceof MockHttpSession mock && !mock.isInvalid()) {
			this.session = mock;
		}
		else {
			this.session = null;
		}
	}

	/**
	 * The value the browser keeps for a cookie set (possibly several times) by the
	 * response: the last one wins; {@code ""} when it was deleted; {@code null} when it
	 * was not set.
	 */
	public static String lastCookieValue(MvcResult result, String name) {
		String value = null;
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getName().equals(name)) {
				value = (cookie.getMaxAge() == 0) ? "" : cookie.getValue();
			}
		}
		return value;
	}

}

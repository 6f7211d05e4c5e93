package dev.skillgap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A browser-like client of the API over MockMvc, doing what the SPA does: it keeps the
 * cookies the server sets (the session cookie, {@code XSRF-TOKEN}, the device cookie)
 * between requests, echoes the token in {@code X-XSRF-TOKEN} on every request, and
 * fetches a token from {@code GET /api/auth/csrf} when it has none yet. Each client comes
 * from its own client address so that login throttling in one test cannot affect another.
 */
public final class TestClient {

	public static final String CSRF_COOKIE = "XSRF-TOKEN";

	public static final String CSRF_HEADER = "X-XSRF-TOKEN";

	public static final String SESSION_COOKIE = "JSESSIONID";

	/**
	 * Starts at a random place in 10.0.0.0/8, so that runs against a database kept
	 * between runs ({@code TEST_DB_URL}) do not meet the throttle state of earlier runs.
	 */
	private static final AtomicInteger addresses = new AtomicInteger(new Random().nextInt(1 << 23));

	private final MockMvc mvc;

	private final Map<String, String> cookies = new LinkedHashMap<>();

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

	/**
	 * The value of the session cookie, or {@code null} before a session was started or
	 * after logout.
	 */
	public String session() {
		return this.cookies.get(SESSION_COOKIE);
	}

	/** The session cookie, to send with a request made by hand. */
	public Cookie sessionCookie() {
		return new Cookie(SESSION_COOKIE, session());
	}

	/** The cookies this client keeps, by name (changes affect the client). */
	public Map<String, String> cookies() {
		return this.cookies;
	}

	public String csrfToken() {
		return this.cookies.get(CSRF_COOKIE);
	}

	/** Fetches a CSRF token the way a client without the cookie does. */
	public String fetchCsrfToken() throws Exception {
		send(get("/api/auth/csrf"), false);
		return csrfToken();
	}

	/**
	 * Sends the request with the cookies and the {@code X-XSRF-TOKEN} header, fetching a
	 * token first if the client has none.
	 */
	public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		if (csrfToken() == null) {
			fetchCsrfToken();
		}
		return send(request, true);
	}

	/** Sends the request with the cookies but without the CSRF header. */
	public ResultActions performWithoutCsrfHeader(MockHttpServletRequestBuilder request) throws Exception {
		return send(request, false);
	}

	private ResultActions send(MockHttpServletRequestBuilder request, boolean withCsrfHeader) throws Exception {
		String address = this.remoteAddress;
		List<Cookie> jar = this.cookies.entrySet()
			.stream()
			.map((cookie) -> new Cookie(cookie.getKey(), cookie.getValue()))
			.toList();
		String token = csrfToken();
		request.with((MockHttpServletRequest r) -> {
			r.setRemoteAddr(address);
			if (!jar.isEmpty()) {
				Cookie[] existing = (r.getCookies() != null) ? r.getCookies() : new Cookie[0];
				Cookie[] all = Arrays.copyOf(existing, existing.length + jar.size());
				for (int i = 0; i < jar.size(); i++) {
					all[existing.length + i] = jar.get(i);
				}
				r.setCookies(all);
			}
			if (token != null && withCsrfHeader) {
				r.addHeader(CSRF_HEADER, token);
			}
			return r;
		});
		return this.mvc.perform(request).andDo(this::remember);
	}

	/** Keeps the cookies the response sets, and forgets those it deletes, in order. */
	private void remember(MvcResult result) {
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0 || cookie.getValue() == null || cookie.getValue().isEmpty()) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie.getValue());
			}
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

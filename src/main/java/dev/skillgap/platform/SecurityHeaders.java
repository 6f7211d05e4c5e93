package dev.skillgap.platform;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * The security headers of every response: the content security policy, no framing, no
 * MIME sniffing, and the referrer policy. Spring Security writes them on what the
 * application answers; {@link Valve} writes them on what Tomcat answers itself (a request
 * it refuses before the application, {@code /WEB-INF/...}, an error page), so that no
 * response goes without them. Both take the values from here.
 */
public final class SecurityHeaders {

	/**
	 * The content security policy: the SPA's own scripts and styles (Mantine's inline
	 * styles), images and fonts from itself or data URLs, no plugins, no framing.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	/** The referrer policy. */
	public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";

	private static final Map<String, String> HEADERS = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"X-Frame-Options", "DENY", "X-Content-Type-Options", "nosniff", "Referrer-Policy", REFERRER_POLICY);

	private SecurityHeaders() {
	}

	/** Sets each header the response does not have yet. */
	public static void apply(HttpServletResponse response) {
		if (response.isCommitted()) {
			return;
		}
		HEADERS.forEach((name, value) -> {
			if (!response.containsHeader(name)) {
				response.setHeader(name, value);
			}
		});
	}

	/**
	 * First on Tomcat's host: the headers are on the response before anything (the
	 * application, Tomcat's own refusal of {@code /WEB-INF/...}, the error page) answers.
	 */
	static class Valve extends ValveBase {

		Valve() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			apply(response);
			getNext().invoke(request, response);
		}

	}

}

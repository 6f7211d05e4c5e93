package dev.skillgap.platform;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 problem details with {@code Retry-After} when the database is unreachable
 * in code that runs outside Spring MVC (the session repository, the security filters),
 * where no controller advice sees the failure. Runs first so that it wraps them all, and
 * gives the whole request the request's database timeout
 * ({@link RequestDatabaseTimeout}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			RequestDatabaseTimeout.during(request, response, chain);
		}
		catch (ServletException | RuntimeException ex) {
			if (!DatabaseUnavailable.isCause(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unreachable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
					ex.toString());
			response.resetBuffer();
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			Texts.writeProblem(request, response, DatabaseUnavailable.STATUS, DatabaseUnavailable.DETAIL);
		}
	}

}

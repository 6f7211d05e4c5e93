package dev.skillgap.platform;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartException;

/**
 * The servlet error page ({@code /error}): what Tomcat forwards to for errors that no
 * controller answered, such as a request the security firewall rejected or an exception
 * thrown by a filter. Always an RFC 9457 problem detail, never Boot's JSON or an HTML
 * page; it replaces Boot's {@code BasicErrorController}. (Exceptions reaching it were
 * already logged by Tomcat.)
 */
@Controller
class ProblemErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = ErrorResponses.status((code instanceof Integer number) ? number : 500);
		if (status.is5xxServerError() && isInputError(request.getAttribute(RequestDispatcher.ERROR_EXCEPTION))) {
			status = HttpStatus.BAD_REQUEST;
		}
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		response.resetBuffer();
		SecurityHeaders.apply(response);
		Problems.write(response, status, ErrorResponses.detail(status, Texts.localeOf(request)),
				Problems.instance((uri instanceof String path) ? path : null), List.of());
	}

	private static boolean isInputError(Object exception) {
		for (Throwable cause = (exception instanceof Throwable t) ? t : null; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException || cause instanceof RequestRejectedException
					|| cause instanceof MultipartException) {
				return true;
			}
		}
		return false;
	}

}

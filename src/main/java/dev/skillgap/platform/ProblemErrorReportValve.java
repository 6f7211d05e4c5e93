package dev.skillgap.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error report, for requests it refuses before the application sees them (an
 * invalid URI or encoding, a malformed request line or header): for {@code /api} paths,
 * and where there is no usable path, an RFC 9457 problem detail instead of Tomcat's HTML
 * page; Tomcat's minimal HTML (no report, no server version) elsewhere.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	ProblemErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		// Tomcat's own refusals (a malformed request line, an undecodable path) reach no
		// other valve, and the headers may have been reset with the response
		SecurityHeaders.apply(response);
		if (!isApi(request.getRequestURI())) {
			super.report(request, response, throwable);
			return;
		}
		int code = response.getStatus();
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus status = ErrorResponses.status(code);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(Problems.json(status, ErrorResponses.detail(status, Texts.localeOf(request)),
						Problems.instance(request.getRequestURI()), List.of()));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is unusable: nothing more to say
		}
	}

	/** {@code /api} paths, and requests whose path Tomcat could not even read. */
	static boolean isApi(String uri) {
		return uri == null || uri.isEmpty() || uri.startsWith("/api/") || uri.equals("/api") || !uri.startsWith("/");
	}

	/**
	 * Installs the valve on Tomcat's host in place of the default error report valve
	 * (including the one Spring Boot adds); runs after Boot's own customizer.
	 */
	@Component
	static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> {
				org.apache.catalina.Container host = context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new SecurityHeaders.Valve());
				host.getPipeline().addValve(new ProblemErrorReportValve());
				if (host instanceof org.apache.catalina.core.StandardHost standardHost) {
					standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}

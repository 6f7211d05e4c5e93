package dev.skillgap.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpStatus;

/**
 * The texts of the message bundles ({@code messages*.properties}) for code that runs
 * outside Spring MVC, where no {@code MessageSource} is injected: security filters,
 * Tomcat's error report, the servlet error page. The language is the request's
 * ({@code Accept-Language}: Japanese or English).
 */
public final class Texts {

	private static final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

	static {
		bundles.setBasename("messages");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
	}

	private Texts() {
	}

	/** The text of a message code in a language. */
	public static String of(String code, Locale locale, Object... arguments) {
		return bundles.getMessage(code, arguments, code, locale);
	}

	/** The language of a request: Japanese when it asks for it first, else English. */
	public static Locale localeOf(HttpServletRequest request) {
		try {
			return "ja".equals(request.getLocale().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
		}
		catch (RuntimeException ex) {
			// a request Tomcat could not parse: answer in English
			return Locale.ENGLISH;
		}
	}

	/**
	 * Writes a problem detail whose text is a message code, in the request's language.
	 */
	public static void writeProblem(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
			HttpStatus status, String code, Object... arguments) throws java.io.IOException {
		Problems.write(request, response, status, of(code, localeOf(request), arguments));
	}

}

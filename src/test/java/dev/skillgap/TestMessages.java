package dev.skillgap;

import java.util.Locale;

import dev.skillgap.platform.Message;
import dev.skillgap.platform.MessageRenderer;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The app's message bundles ({@code messages*.properties}) as Spring Boot configures them
 * (UTF-8, no fallback to the system locale), for rendering texts in unit tests.
 */
public final class TestMessages {

	private static final MessageRenderer RENDERER = new MessageRenderer(bundles());

	private TestMessages() {
	}

	public static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasename("messages");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

	public static String english(Message message) {
		return RENDERER.render(message, Locale.ENGLISH);
	}

	public static String japanese(Message message) {
		return RENDERER.render(message, Locale.JAPANESE);
	}

}

package dev.skillgap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The settings of an {@link IntegrationTest} application that differ from run to run,
 * where {@code application-test.properties} has the fixed ones: the
 * {@linkplain TestAccounts#adminEmail admin addresses}, and for a
 * {@link DeliveryIntegrationTest} the JVM's SMTP server ({@link TestMail}). They go into
 * the environment before the application starts, since auto-configuration decides on them
 * (mail is configured only when {@code spring.mail.host} is set).
 * <p>
 * Registered in {@code META-INF/spring.factories}; applications with the same settings
 * share a context as before.
 */
public class TestRunProperties implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		if (!TestContextAnnotationUtils.hasAnnotation(testClass, IntegrationTest.class)) {
			return null;
		}
		return new Customizer(TestContextAnnotationUtils.hasAnnotation(testClass, DeliveryIntegrationTest.class));
	}

	/**
	 * @param mail whether the application mails through the JVM's SMTP server
	 */
	record Customizer(boolean mail) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("skillgap.security.admin-emails", TestAccounts.adminEmails());
			if (this.mail) {
				properties.put("spring.mail.host", "localhost");
				properties.put("spring.mail.port", TestMail.server().getSmtp().getPort());
			}
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testRun", properties));
		}

	}

}

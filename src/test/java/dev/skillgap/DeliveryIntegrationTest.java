package dev.skillgap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.skillgap.platform.FlakyListener;

import org.springframework.context.annotation.Import;

/**
 * An {@link IntegrationTest} of what the application delivers after a commit: mail, and
 * event publications whose listener failed. The one other application context of the
 * integration tests, shared by every class with this annotation, since these need what
 * the others must not have:
 * <ul>
 * <li>an SMTP server, the JVM's {@link TestMail}: without one the application mails
 * nothing, and the browser tests check that installation (a forgotten password goes to an
 * administrator);</li>
 * <li>a listener that fails on request ({@link FlakyListener}), an extra listener of
 * every recorded skill level.</li>
 * </ul>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@Import(FlakyListener.Configuration.class)
public @interface DeliveryIntegrationTest {

}

package dev.skillgap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.skillgap.identity.ThrottleOnTestClock;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application against a real PostgreSQL ({@link TestDatabase}) under the
 * {@code test} profile ({@code application-test.properties}), served by a real Tomcat on
 * a random port ({@code @LocalServerPort}) and through MockMvc, with the
 * {@link SqlStatementCounter} and the login throttle on the {@link TestClock} (which
 * follows real time again after each test). Name the class {@code ...IntegrationTests} so
 * that failsafe runs it in {@code ./mvnw verify}.
 * <p>
 * Every test class with this annotation and nothing more shares one application context,
 * started once per test JVM: the build prints how many distinct contexts its tests loaded
 * ({@link SpringContextsReport}). Anything a class adds to its configuration
 * ({@code @Import} of a class not imported here, {@code @DynamicPropertySource},
 * {@code @TestPropertySource}, {@link #properties()}) starts the whole application once
 * more for that class; do so only where a test truly needs another configuration, and say
 * why in its Javadoc. Tests therefore share the database and the application's state: use
 * unique data ({@link TestAccounts#uniqueEmail}, {@link TestClient#uniqueAddress}) and
 * never rely on a table being empty.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabase.class, SqlStatementCounter.class, ThrottleOnTestClock.class })
@ActiveProfiles("test")
@AutoConfigureMockMvc
@ExtendWith(TestClock.Reset.class)
public @interface IntegrationTest {

	/**
	 * Ignored: every integration test runs on a real Tomcat on a random port
	 * ({@code RANDOM_PORT}) and has MockMvc too, so that a class asking for {@code MOCK}
	 * or {@code RANDOM_PORT} shares the one application context.
	 * @deprecated leave it out
	 */
	@Deprecated
	SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.RANDOM_PORT;

	/**
	 * Extra properties, {@code key=value}: each distinct set starts another application
	 * context. Fixed test settings belong in {@code application-test.properties}.
	 */
	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default {};

}

package dev.skillgap.identity;

import dev.skillgap.TestClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the application's login throttle run on the {@link TestClock}, which follows real
 * time until a test freezes it. Every {@code IntegrationTest} has it, and so does every
 * application a test starts itself with this class among its sources.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ThrottleOnTestClock {

	@Bean
	@Primary
	LoginThrottle loginThrottleOnTestClock(JdbcClient jdbc, PlatformTransactionManager transactions) {
		return new LoginThrottle(jdbc, transactions, TestClock.get());
	}

}

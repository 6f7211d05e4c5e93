package dev.skillgap.identity;

import java.time.Instant;

import dev.skillgap.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Makes the application's login throttle run on {@link #clock}, which stands still until
 * a test moves it, so that a one-second lock cannot run out half-way through a test on a
 * slow machine. Every application context that imports this shares the clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ThrottleOnTestClock {

	static final MutableClock clock = new MutableClock(Instant.now());

	@Bean
	@Primary
	LoginThrottle loginThrottleOnTestClock(JdbcClient jdbc, PlatformTransactionManager transactions) {
		return new LoginThrottle(jdbc, transactions, clock);
	}

}

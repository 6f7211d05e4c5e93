package dev.skillgap.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock (UTC): what the job scheduler and the features built on it
 * (reassessment cycles, certifications, reminders, digests, webhooks, the calendar) take
 * as "now", so that a test can put another clock in its place and move time.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean(Clock.class)
	Clock applicationClock() {
		return Clock.systemUTC();
	}

}

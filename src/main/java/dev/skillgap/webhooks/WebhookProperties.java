package dev.skillgap.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Team chat webhooks.
 *
 * @param allowLoopback accept http(s) addresses on the loopback interface (tests only:
 * the receiver runs in the test)
 * @param timeout how long a chat may take to answer a delivery
 * @param maxAttempts attempts before a delivery is given up (failed)
 */
@ConfigurationProperties("skillgap.webhooks")
record WebhookProperties(@DefaultValue("false") boolean allowLoopback, @DefaultValue("10s") Duration timeout,
		@DefaultValue("8") int maxAttempts) {
}

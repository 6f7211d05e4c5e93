package dev.skillgap.platform;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed event publications are delivered again and how long completed ones are kept
 * (see {@link EventRedelivery}).
 *
 * @param redelivery whether this instance resubmits failed publications at all
 * @param redeliverEvery how often it looks for failed publications (also once when ready)
 * @param firstRetryAfter how long after its last attempt a failed publication is retried
 * the first time; each further attempt waits twice as long, up to {@code maxRetryDelay}
 * @param maxRetryDelay the longest wait between two attempts
 * @param batchSize at most this many publications per round
 * @param keepCompleted how long completed publications stay in the archive
 */
@ConfigurationProperties("skillgap.events")
public record EventsProperties(@DefaultValue("true") boolean redelivery, @DefaultValue("1m") Duration redeliverEvery,
		@DefaultValue("30s") Duration firstRetryAfter, @DefaultValue("1h") Duration maxRetryDelay,
		@DefaultValue("100") int batchSize, @DefaultValue("7d") Duration keepCompleted) {
}

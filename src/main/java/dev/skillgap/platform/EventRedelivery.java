package dev.skillgap.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Delivers events again whose listener failed, safely with any number of instances on one
 * database, and prunes the archive of completed publications.
 * <p>
 * Spring Modulith 2.0 gives every publication a status (published, processing, completed,
 * failed, resubmitted). A listener that throws leaves its publication {@code FAILED} at
 * once; one whose instance died leaves it {@code PUBLISHED} or {@code PROCESSING}, which
 * the staleness monitor ({@code spring.modulith.events.staleness.*}) turns into
 * {@code FAILED} after a few minutes. This class resubmits only {@code FAILED}
 * publications ({@link FailedEventPublications#resubmit}), once when the app is ready and
 * then every {@code skillgap.events.redeliver-every}. Each one is claimed first with a
 * single conditional update
 * ({@code status = 'RESUBMITTED' ... where status <> 'RESUBMITTED'}), so when several
 * instances find the same publication exactly one of them delivers it. Republishing every
 * incomplete publication on start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}) is off: it
 * would also claim publications that another running instance is delivering right now.
 * <p>
 * A publication that keeps failing waits longer each time (from
 * {@code first-retry-after}, doubling, up to {@code max-retry-delay}) instead of being
 * retried every round.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventRedelivery implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private final FailedEventPublications failed;

	private final CompletedEventPublications completed;

	private final EventsProperties properties;

	private final Clock clock = Clock.systemUTC();

	EventRedelivery(FailedEventPublications failed, CompletedEventPublications completed, EventsProperties properties) {
		this.failed = failed;
		this.completed = completed;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (this.properties.redelivery()) {
			Duration every = this.properties.redeliverEvery();
			registrar.addFixedDelayTask(new FixedDelayTask(this::redeliver, every, every));
		}
		registrar.addFixedDelayTask(this::pruneCompleted, Duration.ofHours(1));
	}

	@EventListener(ApplicationReadyEvent.class)
	void whenReady() {
		if (this.properties.redelivery()) {
			redeliver();
		}
	}

	/** Resubmits the failed publications whose wait is over. */
	void redeliver() {
		try {
			this.failed.resubmit(ResubmissionOptions.defaults()
				.withBatchSize(this.properties.batchSize())
				.withFilter(this::dueForRetry));
		}
		catch (RuntimeException ex) {
			// the database may be down; the next round tries again
			log.warn("Could not resubmit failed event publications: {}", ex.toString());
		}
	}

	void pruneCompleted() {
		try {
			this.completed.deletePublicationsOlderThan(this.properties.keepCompleted());
		}
		catch (RuntimeException ex) {
			log.warn("Could not prune completed event publications: {}", ex.toString());
		}
	}

	private boolean dueForRetry(EventPublication publication) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return !this.clock.instant().isBefore(last.plus(retryDelay(publication.getCompletionAttempts())));
	}

	/** First retry after the first attempt, then twice as long each time, capped. */
	Duration retryDelay(int attempts) {
		Duration delay = this.properties.firstRetryAfter();
		for (int i = 1; i < attempts && delay.compareTo(this.properties.maxRetryDelay()) < 0; i++) {
			delay = delay.multipliedBy(2);
		}
		return delay.compareTo(this.properties.maxRetryDelay()) > 0 ? this.properties.maxRetryDelay() : delay;
	}

}

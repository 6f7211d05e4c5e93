package dev.skillgap.platform;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.skillgap.DeliveryIntegrationTest;
import dev.skillgap.skills.SkillLevelRecorded;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * A listener of recorded skill levels (listener id {@value #ID}) that fails for the
 * accounts it is told to, until it is told they work: counts its attempts and successful
 * deliveries for those accounts and ignores everyone else's. Part of the
 * {@link DeliveryIntegrationTest} application.
 */
public class FlakyListener {

	/** The listener id of its event publications. */
	public static final String ID = "test.flaky";

	private final Set<UUID> failing = ConcurrentHashMap.newKeySet();

	private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

	private final Map<UUID, AtomicInteger> deliveries = new ConcurrentHashMap<>();

	void failFor(UUID account) {
		this.attempts.put(account, new AtomicInteger());
		this.deliveries.put(account, new AtomicInteger());
		this.failing.add(account);
	}

	void works(UUID account) {
		this.failing.remove(account);
	}

	int attempts(UUID account) {
		return this.attempts.get(account).get();
	}

	int deliveries(UUID account) {
		return this.deliveries.get(account).get();
	}

	@ApplicationModuleListener(id = ID)
	void on(SkillLevelRecorded event) {
		AtomicInteger attempts = this.attempts.get(event.accountId());
		if (attempts == null) {
			return;
		}
		attempts.incrementAndGet();
		if (this.failing.contains(event.accountId())) {
			throw new IllegalStateException("Listener down for " + event.accountId());
		}
		this.deliveries.get(event.accountId()).incrementAndGet();
	}

	/** Adds the listener to the application. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		FlakyListener flakyListener() {
			return new FlakyListener();
		}

	}

}

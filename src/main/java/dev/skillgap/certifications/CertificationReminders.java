package dev.skillgap.certifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import dev.skillgap.platform.Job;
import dev.skillgap.platform.JobSchedule;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every day: each certification that expires within 90 days, within 30 days or has
 * expired gets one reminder for the stage it is in (a certification recorded 20 days
 * before expiry gets the 30-day one only; one that expired over 30 days ago gets none).
 * Each reminder is kept in {@code certification_reminder} and published as
 * {@link CertificationExpiring} in the same transaction, so that nobody is reminded
 * twice, whatever the number of instances or runs.
 */
@Component
class CertificationReminders implements Job {

	static final int FIRST = 90;

	static final int SECOND = 30;

	private final Certifications certifications;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	CertificationReminders(Certifications certifications, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.certifications = certifications;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String name() {
		return "certification-reminders";
	}

	@Override
	public JobSchedule schedule() {
		return JobSchedule.daily(LocalTime.of(6, 0));
	}

	@Override
	@Transactional
	public void run(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		for (Certification certification : this.certifications.expiring(today.minusDays(SECOND),
				today.plusDays(FIRST))) {
			String stage = stage(certification.expiresOn(), today);
			if (stage == null) {
				continue;
			}
			int inserted = this.jdbc.sql("""
					insert into certification_reminder (certification_id, expires_on, stage)
					values (:id, :expiresOn, :stage) on conflict do nothing
					""")
				.param("id", certification.id())
				.param("expiresOn", certification.expiresOn())
				.param("stage", stage)
				.update();
			if (inserted == 1) {
				this.events.publishEvent(new CertificationExpiring(certification.id(), certification.accountId(),
						certification.name(), certification.itemCode(), certification.expiresOn(), stage));
			}
		}
	}

	/** The reminder stage on {@code today}: within 90 days, within 30, expired. */
	static @Nullable String stage(@Nullable LocalDate expiresOn, LocalDate today) {
		if (expiresOn == null) {
			return null;
		}
		long days = ChronoUnit.DAYS.between(today, expiresOn);
		if (days < 0) {
			return CertificationExpiring.EXPIRED;
		}
		if (days <= SECOND) {
			return "30-days";
		}
		return (days <= FIRST) ? "90-days" : null;
	}

}

package dev.skillgap.notifications;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.identity.Accounts;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores a notification (once per recipient, kind and source) and, when mail is
 * configured, publishes {@link NotificationCreated} for its mail.
 */
@Component
class Notifier {

	private final Notifications notifications;

	private final NotificationMail mail;

	private final Accounts accounts;

	private final ApplicationEventPublisher events;

	Notifier(Notifications notifications, NotificationMail mail, Accounts accounts, ApplicationEventPublisher events) {
		this.notifications = notifications;
		this.mail = mail;
		this.accounts = accounts;
		this.events = events;
	}

	/** One notification, from {@code actor} to {@code recipient}. */
	void notify(UUID recipient, NotificationKind kind, @Nullable UUID actor, Map<String, String> arguments, String link,
			Object source) {
		notifyAll(List.of(recipient), kind, actor, arguments, link, source);
	}

	/** The same notification to each recipient (the actor's name read once). */
	void notifyAll(Collection<UUID> recipients, NotificationKind kind, @Nullable UUID actor,
			Map<String, String> arguments, String link, Object source) {
		if (recipients.isEmpty()) {
			return;
		}
		String actorName = (actor != null) ? this.accounts.displayNames(List.of(actor)).get(actor) : null;
		for (UUID recipient : recipients) {
			this.notifications
				.store(new NotificationDraft(recipient, kind, actorName, arguments, link, source.toString()))
				.filter((id) -> this.mail.enabled())
				.ifPresent((id) -> this.events.publishEvent(new NotificationCreated(id)));
		}
	}

}

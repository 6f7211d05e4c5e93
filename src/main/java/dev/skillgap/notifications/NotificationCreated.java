package dev.skillgap.notifications;

/**
 * A notification was stored; published in the same transaction so that its mail is sent
 * (and retried by the event publication registry while the SMTP server fails) after the
 * notification is safely committed. Only published when mail is enabled.
 */
public record NotificationCreated(long notificationId) {
}

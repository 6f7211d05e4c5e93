package dev.skillgap.notifications.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import dev.skillgap.identity.CurrentUser;
import dev.skillgap.notifications.Notification;
import dev.skillgap.notifications.Notifications;
import dev.skillgap.platform.MessageRenderer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The bell: my notifications, the unread count, marking read. */
@RestController
@Tag(name = "Notifications", description = "What I am told: invitations, validations, reviews, suggestions")
class NotificationsController {

	private final Notifications notifications;

	private final MessageRenderer messages;

	NotificationsController(Notifications notifications, MessageRenderer messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping("/api/me/notifications")
	@Operation(summary = "My notifications, newest first, with the unread count",
			description = "Each text is in the request's language.")
	NotificationPageResponse list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(defaultValue = "0") @Min(0) int offset, Locale locale) {
		List<NotificationResponse> items = this.notifications.of(user.id(), limit, offset)
			.stream()
			.map((notification) -> response(notification, locale))
			.toList();
		return new NotificationPageResponse(this.notifications.unread(user.id()), items);
	}

	@GetMapping("/api/me/notifications/unread-count")
	@Operation(summary = "How many of my notifications are unread")
	UnreadCountResponse unreadCount(@AuthenticationPrincipal CurrentUser user) {
		return new UnreadCountResponse(this.notifications.unread(user.id()));
	}

	@PostMapping("/api/me/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark one of my notifications read", description = "404 unless it is mine.")
	void read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		this.notifications.markRead(user.id(), id);
	}

	@PostMapping("/api/me/notifications/read-all")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark all my notifications read")
	void readAll(@AuthenticationPrincipal CurrentUser user) {
		this.notifications.markAllRead(user.id());
	}

	private NotificationResponse response(Notification notification, Locale locale) {
		return new NotificationResponse(notification.id(), notification.kind().code(),
				this.messages.render(notification.text(locale), locale), notification.actorName(),
				notification.isWithdrawn() ? null : notification.link(), notification.createdAt(),
				notification.isRead(), notification.isWithdrawn());
	}

	/**
	 * @param kind what it is about: mentor-invited, mentorship-accepted,
	 * mentorship-declined, mentorship-ended, level-validated, review-requested,
	 * review-written, review-replied, item-suggested, suggestion-accepted,
	 * suggestion-declined, ... (see NotificationKind)
	 * @param text the notification in words, in the request's language
	 * @param link the route of the app it opens, such as /mentoring or /mentees/{id}
	 * (null once withdrawn)
	 * @param withdrawn its author withdrew what it is about (a review, a suggestion, an
	 * invitation): the text says so
	 */
	record NotificationResponse(long id, String kind, String text, @Nullable String actorName, @Nullable String link,
			Instant createdAt, boolean read, boolean withdrawn) {
	}

	/**
	 * @param unread how many of all my notifications are unread
	 */
	record NotificationPageResponse(long unread, List<NotificationResponse> items) {
	}

	record UnreadCountResponse(long unread) {
	}

}

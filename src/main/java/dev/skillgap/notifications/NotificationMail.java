package dev.skillgap.notifications;

import java.util.Locale;
import java.util.UUID;

import dev.skillgap.identity.AccountView;
import dev.skillgap.identity.Accounts;
import dev.skillgap.platform.Mailer;
import dev.skillgap.platform.Message;
import dev.skillgap.platform.MessageRenderer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails each notification to its recipient in their language (their account's locale),
 * when an SMTP server is configured. The notification is committed first (with the
 * {@link NotificationCreated} event); the mail follows from the event publication
 * registry, so an SMTP server that fails or cannot be reached loses nothing: the listener
 * throws, the publication is failed and delivered again later (with a growing wait), and
 * {@code mailed_at} is set once the server took the mail. A mail may go out twice if
 * marking it fails after the server took it; never zero times while the notification
 * exists. Only kinds the recipient gets by mail at once are mailed here (the others wait
 * for their digest, {@link Digests}, or stay in the app); each mail carries a one-click
 * unsubscribe link for its kind ({@link Unsubscribes}).
 */
@Component
class NotificationMail {

	private final Mailer mailer;

	private final Notifications notifications;

	private final Accounts accounts;

	private final MessageRenderer renderer;

	private final String publicUrl;

	private final NotificationPreferences preferences;

	private final Unsubscribes unsubscribes;

	NotificationMail(Mailer mailer, Notifications notifications, Accounts accounts, MessageRenderer renderer,
			@Value("${skillgap.public-url:http://localhost:8080}") String publicUrl,
			NotificationPreferences preferences, Unsubscribes unsubscribes) {
		this.mailer = mailer;
		this.notifications = notifications;
		this.accounts = accounts;
		this.renderer = renderer;
		this.preferences = preferences;
		this.unsubscribes = unsubscribes;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	boolean enabled() {
		return this.mailer.enabled();
	}

	@ApplicationModuleListener(id = "notifications.mail")
	void on(NotificationCreated event) {
		if (!this.mailer.enabled()) {
			return;
		}
		this.notifications.unmailed(event.notificationId())
			.filter((notification) -> this.preferences.delivery(notification.recipientId(),
					notification.kind()) == Delivery.MAIL)
			.ifPresent((notification) -> {
				AccountView recipient = this.accounts.find(notification.recipientId());
				Locale locale = locale(recipient.locale());
				String text = this.renderer.render(notification.text(locale), locale);
				String link = this.publicUrl + ((notification.link() != null) ? notification.link() : "/");
				String kind = notification.kind().code();
				this.mailer.send(recipient.email(), locale, notification.mailSubject(locale),
						Message.of("notification.mail.body", text, link, Message.of("notification.kind." + kind),
								this.unsubscribes.url(recipient.id(), kind)),
						this.unsubscribes.headers(recipient.id(), kind));
				this.notifications.markMailed(notification.id());
			});
	}

	/**
	 * Invites an address that has no account yet to register and answer a mentee's
	 * invitation, in the mentee's language (the invitee's is not known).
	 */
	void invite(String email, UUID menteeId) {
		if (!this.mailer.enabled()) {
			return;
		}
		AccountView mentee = this.accounts.find(menteeId);
		this.mailer.send(email, locale(mentee.locale()),
				Message.of("notification.mail.subject.invitation", mentee.displayName()),
				Message.of("notification.mail.body.invitation", mentee.displayName(), this.publicUrl + "/register"));
	}

	/**
	 * Invites an address that has no account yet to register and answer a lead's
	 * invitation to a team, in the lead's language (the invitee's is not known).
	 */
	void inviteToTeam(String email, UUID leadId, String teamName) {
		if (!this.mailer.enabled()) {
			return;
		}
		AccountView lead = this.accounts.find(leadId);
		this.mailer.send(email, locale(lead.locale()),
				Message.of("notification.mail.subject.team-invitation", lead.displayName(), teamName),
				Message.of("notification.mail.body.team-invitation", lead.displayName(), teamName,
						this.publicUrl + "/register"));
	}

	static Locale locale(String code) {
		return "ja".equals(code) ? Locale.JAPANESE : Locale.ENGLISH;
	}

}

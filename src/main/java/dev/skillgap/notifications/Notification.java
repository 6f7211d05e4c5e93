package dev.skillgap.notifications;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.platform.Message;
import org.jspecify.annotations.Nullable;

/**
 * Something a person is told: {@link #text()} in words, {@link #link()} where the bell
 * item leads in the app.
 *
 * @param actorName who did it, as named when it happened
 * @param arguments what it was about: {@code name_en}/{@code name_ja} (a skill's name, a
 * learning item's title or a list of skills), {@code level}, codes and ids
 * @param link the route of the single-page app the item opens, such as {@code /mentoring}
 * or {@code /mentees/<id>}
 */
public record Notification(long id, UUID recipientId, NotificationKind kind, @Nullable String actorName,
		Map<String, String> arguments, @Nullable String link, Instant createdAt, @Nullable Instant readAt,
		@Nullable Instant mailedAt) {

	static final String NAME_EN = "name_en";

	static final String NAME_JA = "name_ja";

	static final String LEVEL = "level";

	static final String DETAIL_EN = "detail_en";

	static final String DETAIL_JA = "detail_ja";

	static final String DATE = "date";

	public Notification {
		arguments = Map.copyOf(arguments);
	}

	public boolean isRead() {
		return this.readAt != null;
	}

	/**
	 * The notification in words ({@code notification.<kind>}): {@code {0}} the actor,
	 * {@code {1}} the name of what it is about in the reader's language (a team's name
	 * for team notifications), {@code {2}} the level, {@code {3}} a further detail in the
	 * reader's language (a role's name, a list of skills), {@code {4}} a date
	 * (yyyy-mm-dd).
	 */
	public Message text(Locale locale) {
		return Message.of("notification." + this.kind.code(), arguments(locale));
	}

	/** The subject of its mail ({@code notification.mail.subject.<kind>}). */
	public Message mailSubject(Locale locale) {
		return Message.of("notification.mail.subject." + this.kind.code(), arguments(locale));
	}

	private Object[] arguments(Locale locale) {
		boolean japanese = "ja".equals(locale.getLanguage());
		String name = this.arguments.getOrDefault(japanese ? NAME_JA : NAME_EN,
				this.arguments.getOrDefault(japanese ? NAME_EN : NAME_JA, ""));
		String detail = this.arguments.getOrDefault(japanese ? DETAIL_JA : DETAIL_EN,
				this.arguments.getOrDefault(japanese ? DETAIL_EN : DETAIL_JA, ""));
		return new Object[] { (this.actorName != null) ? this.actorName : "?", name,
				this.arguments.getOrDefault(LEVEL, ""), detail, this.arguments.getOrDefault(DATE, "") };
	}

}

package dev.skillgap.notifications;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A notification to store.
 *
 * @param sourceKey what caused it (a mentorship, review, suggestion id...): one
 * notification per recipient, kind and source
 */
record NotificationDraft(UUID recipientId, NotificationKind kind, @Nullable String actorName,
		Map<String, String> arguments, String link, String sourceKey) {

	NotificationDraft {
		arguments = Map.copyOf(arguments);
	}

}

package dev.skillgap.platform;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link Message} into the words of the message bundles for a locale. A code
 * missing from the bundles is an error, not a silent fallback.
 */
@Component
public class MessageRenderer {

	private final MessageSource messages;

	public MessageRenderer(MessageSource messages) {
		this.messages = messages;
	}

	public String render(Message message, Locale locale) {
		if (message instanceof Message.Coded coded) {
			return this.messages.getMessage(coded.code(),
					coded.arguments().stream().map((argument) -> argument(argument, locale)).toArray(), locale);
		}
		return join((Message.Joined) message, locale);
	}

	private Object argument(Object argument, Locale locale) {
		return (argument instanceof Message message) ? render(message, locale) : argument;
	}

	private String join(Message.Joined joined, Locale locale) {
		List<String> parts = joined.parts().stream().map((part) -> String.valueOf(argument(part, locale))).toList();
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		String separator = this.messages.getMessage(joined.separatorCode(), null, locale);
		String last = this.messages.getMessage(joined.lastSeparatorCode(), null, locale);
		return String.join(separator, parts.subList(0, parts.size() - 1)) + last + parts.get(parts.size() - 1);
	}

}

package dev.skillgap.platform;

import java.util.List;

/**
 * Text a user reads, held as message codes and arguments rather than as words, so that
 * the domain can say what to tell the user without knowing the language: the words come
 * from the message bundles ({@code messages*.properties}) when a {@link MessageRenderer}
 * renders it for a locale.
 */
public sealed interface Message permits Message.Coded, Message.Joined {

	/**
	 * One message of the bundles. An argument that is itself a {@link Message} is
	 * rendered first; any other argument (names, numbers) is handed to the message format
	 * as it is.
	 */
	static Message of(String code, Object... arguments) {
		return new Coded(code, List.of(arguments));
	}

	/**
	 * The parts as a list the way the language writes one, with {@code list.separator}
	 * between them and {@code list.lastSeparator} before the last (A, B and C in
	 * English).
	 */
	static Message list(List<?> parts) {
		return new Joined(List.copyOf(parts), "list.separator", "list.lastSeparator");
	}

	/**
	 * The parts one after another with {@code list.separator} only (A, B, C in English).
	 */
	static Message series(List<?> parts) {
		return new Joined(List.copyOf(parts), "list.separator", "list.separator");
	}

	/**
	 * Sentences one after another ({@code sentence.separator}: a space in English,
	 * nothing in Japanese).
	 */
	static Message sentences(List<? extends Message> parts) {
		return new Joined(List.copyOf(parts), "sentence.separator", "sentence.separator");
	}

	/**
	 * @param code the message key
	 * @param arguments the {@code {0}}, {@code {1}}, … of the message
	 */
	record Coded(String code, List<Object> arguments) implements Message {

		public Coded {
			arguments = List.copyOf(arguments);
		}

	}

	/**
	 * Parts joined with the message {@code separatorCode} between them and
	 * {@code lastSeparatorCode} before the last one.
	 */
	record Joined(List<Object> parts, String separatorCode, String lastSeparatorCode) implements Message {

		public Joined {
			parts = List.copyOf(parts);
		}

	}

}

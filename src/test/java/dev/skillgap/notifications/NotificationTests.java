package dev.skillgap.notifications;

import java.time.Instant;
import java.util.Locale;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.TestMessages;
import dev.skillgap.platform.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The words of notifications and their mail, from the message bundles. */
class NotificationTests {

	static final Instant AT = Instant.parse("2030-01-01T09:00:00Z");

	/** Sent by the reminder jobs: no person acts, so none is named. */
	static final Set<NotificationKind> FROM_THE_SYSTEM = EnumSet.of(NotificationKind.REASSESSMENT_DUE,
			NotificationKind.REASSESSMENT_OVERDUE, NotificationKind.CERTIFICATION_EXPIRING,
			NotificationKind.CERTIFICATION_EXPIRED, NotificationKind.COVERAGE_MET, NotificationKind.COVERAGE_LOST);

	@ParameterizedTest
	@EnumSource(NotificationKind.class)
	void everyKindHasItsTextAndMailSubjectInBothLanguages(NotificationKind kind) {
		Notification notification = notification(kind, "Sato", Map.of("name_en", "Networking", "name_ja", "NW", "level",
				"3", "detail_en", "Linux", "detail_ja", "Linux", "date", "2030-02-01"));
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.JAPANESE }) {
			String text = render(notification.text(locale), locale);
			String subject = render(notification.mailSubject(locale), locale);
			if (FROM_THE_SYSTEM.contains(kind)) {
				assertThat(text).as("%s %s", kind, locale).containsAnyOf("Linux", "Networking").doesNotContain("Sato");
			}
			else {
				assertThat(text).as("%s %s", kind, locale).contains("Sato");
			}
			assertThat(text).as("%s %s", kind, locale).doesNotContain("{").doesNotContain(" : ");
			assertThat(subject).as("%s %s", kind, locale).startsWith("Skillgap: ").doesNotContain("{");
		}
		assertThat(NotificationKind.of(kind.code())).isEqualTo(kind);
	}

	@Test
	void theNameIsTheReadersLanguageAndTheOtherWhenMissing() {
		Notification validated = notification(NotificationKind.LEVEL_VALIDATED, "Sato",
				Map.of("name_en", "Networking", "name_ja", "NW", "level", "3"));
		assertThat(TestMessages.english(validated.text(Locale.ENGLISH)))
			.isEqualTo("Sato validated your Networking at level 3.");
		assertThat(TestMessages.japanese(validated.text(Locale.JAPANESE))).contains(" NW ").contains("3");

		Notification englishOnly = notification(NotificationKind.ITEM_SUGGESTED, "Sato", Map.of("name_en", "LPIC-1"));
		assertThat(TestMessages.japanese(englishOnly.text(Locale.JAPANESE))).contains("LPIC-1");
	}

	@Test
	void anActorWhoseAccountIsGoneIsAQuestionMark() {
		Notification ended = notification(NotificationKind.MENTORSHIP_ENDED, null, Map.of());
		assertThat(TestMessages.english(ended.text(Locale.ENGLISH))).isEqualTo("? ended your mentorship.");
	}

	@Test
	void theMailBodyHasTheTextAndTheLink() {
		assertThat(TestMessages.english(Message.of("notification.mail.body", "Sato ended your mentorship.",
				"https://skillgap.example/mentoring")))
			.startsWith("Sato ended your mentorship.\n\n")
			.contains("https://skillgap.example/mentoring");
		assertThat(TestMessages
			.japanese(Message.of("notification.mail.body.invitation", "Hana", "https://skillgap.example/register")))
			.contains("Hana")
			.contains("https://skillgap.example/register");
	}

	private static Notification notification(NotificationKind kind, String actor, Map<String, String> arguments) {
		return new Notification(1, UUID.randomUUID(), kind, actor, arguments, "/mentoring", AT, null, null);
	}

	private static String render(Message message, Locale locale) {
		return "ja".equals(locale.getLanguage()) ? TestMessages.japanese(message) : TestMessages.english(message);
	}

}

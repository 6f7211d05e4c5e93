package dev.skillgap.notifications;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.skillgap.DeliveryIntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications by mail through a real SMTP server (GreenMail, in process): each reader
 * in the language of their account, with a link into the app; an invitation to an address
 * without an account; and an SMTP server that is down loses nothing (the notification is
 * there at once, the mail follows once the server is back).
 */
@DeliveryIntegrationTest
class NotificationMailIntegrationTests {

	static final Duration DELIVERY = TestMail.DELIVERY;

	static final String PUBLIC_URL = TestMail.PUBLIC_URL;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FailedEventPublications failed;

	@Test
	void eachReaderGetsTheMailInTheLanguageOfTheirAccount() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		TestUser mentee = accounts.register(TestAccounts.uniqueEmail("mentee"), TestAccounts.PASSWORD, "Hana", "ja");
		TestUser mentor = accounts.register(TestAccounts.uniqueEmail("mentor"), TestAccounts.PASSWORD, "Sam", "en");

		// the request's language does not matter: the mentor's account says English
		String mentorship = invite(new Learner(mentee.client()).in("ja"), mentor.email());
		MimeMessage invited = awaitMail(mentor.email());
		assertThat(invited.getSubject()).isEqualTo("Skillgap: Hana invited you to be their mentor");
		assertThat(body(invited)).startsWith("Hana invited you to be their mentor.")
			.contains(PUBLIC_URL + "/mentoring");

		new Learner(mentor.client()).in("en")
			.post("/api/mentorships/" + mentorship + "/accept", "{}")
			.andExpect(status().isOk());
		MimeMessage accepted = awaitMail(mentee.email());
		assertThat(accepted.getSubject()).isEqualTo("Skillgap: Sam さんがメンターを引き受けました");
		assertThat(body(accepted)).startsWith("Sam さんがメンターを引き受けました。")
			.contains("Skillgap で確認する: " + PUBLIC_URL + "/mentoring");

		await().atMost(DELIVERY).until(() -> unmailed(mentee.id(), mentor.id()) == 0);
		assertThat(mails(mentee.email())).hasSize(1);
		assertThat(mails(mentor.email())).hasSize(1);
	}

	@Test
	void anAddressWithoutAccountIsInvitedToRegisterInTheMenteesLanguage() throws Exception {
		TestUser mentee = new TestAccounts(this.mvc).register(TestAccounts.uniqueEmail("mentee"), TestAccounts.PASSWORD,
				"Hana", "ja");
		String address = TestAccounts.uniqueEmail("no-account");

		invite(new Learner(mentee.client()), address);

		MimeMessage invitation = awaitMail(address);
		assertThat(invitation.getSubject()).isEqualTo("Skillgap: Hana さんからメンターの依頼");
		assertThat(body(invitation)).contains(PUBLIC_URL + "/register");
	}

	@Test
	void anSmtpServerThatIsDownLosesNothing() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		TestUser mentee = accounts.register(TestAccounts.uniqueEmail("mentee"), TestAccounts.PASSWORD, "Hana", "en");
		TestUser mentor = accounts.register(TestAccounts.uniqueEmail("mentor"), TestAccounts.PASSWORD, "Sam", "en");
		TestMail.server().stop();
		try {
			invite(new Learner(mentee.client()), mentor.email());

			// the notification is there, its mail failed and waits for the registry to
			// retry
			await().atMost(DELIVERY).until(() -> failedMails(mentor.id()) > 0 && count(mentor.id()) == 1);
			assertThat(unmailed(mentor.id())).isEqualTo(1);
			assertThat((Integer) new Learner(mentor.client()).read("/api/me/notifications/unread-count", "$.unread"))
				.isEqualTo(1);
		}
		finally {
			TestMail.server().start();
		}
		await().atMost(DELIVERY).until(() -> {
			this.failed.resubmit(ResubmissionOptions.defaults());
			return unmailed(mentor.id()) == 0;
		});
		assertThat(awaitMail(mentor.email()).getSubject()).isEqualTo("Skillgap: Hana invited you to be their mentor");
		assertThat(mails(mentor.email())).hasSize(1);
	}

	private static String invite(Learner mentee, String email) throws Exception {
		return Json.read(Json.body(mentee.post("/api/me/mentors", Json.object("email", email))
			.andExpect(status().isCreated())
			.andReturn()), "$.id");
	}

	private static MimeMessage awaitMail(String to) {
		return await().atMost(DELIVERY).until(() -> mails(to), (mails) -> !mails.isEmpty()).get(0);
	}

	private static List<MimeMessage> mails(String to) {
		return TestMail.to(to);
	}

	private static String body(MimeMessage mail) throws Exception {
		return (String) mail.getContent();
	}

	private int count(UUID recipient) {
		return this.jdbc.sql("select count(*) from notification where recipient_id = :recipient")
			.param("recipient", recipient)
			.query(Integer.class)
			.single();
	}

	private int unmailed(UUID... recipients) {
		return this.jdbc
			.sql("select count(*) from notification where recipient_id = any (:recipients) and mailed_at is null")
			.param("recipients", recipients)
			.query(Integer.class)
			.single();
	}

	/** Failed publications of the mail of the recipient's notifications. */
	private int failedMails(UUID recipient) {
		return this.jdbc.sql("""
				select count(*) from event_publication p join notification n
				  on p.serialized_event like '%:' || n.id || '}'
				where p.listener_id = 'notifications.mail' and p.status = 'FAILED' and n.recipient_id = :recipient
				""").param("recipient", recipient).query(Integer.class).single();
	}

}

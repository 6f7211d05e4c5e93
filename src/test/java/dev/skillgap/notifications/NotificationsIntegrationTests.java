package dev.skillgap.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications kept from the events of mentoring, skills and learning, driven through
 * the API as two people would: each step tells the right person once, in the reader's
 * language, even when every event is delivered a second time; and the bell's API (list,
 * unread count, marking read). No SMTP server here: nothing is mailed and nothing breaks.
 */
@IntegrationTest
class NotificationsIntegrationTests {

	static final Duration DELIVERY = Duration.ofSeconds(30);

	static final String LINUX = "linux-administration";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventSerializer serializer;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void eachStepOfAMentorshipTellsTheOtherSideOnceEvenWhenEveryEventIsDeliveredTwice() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		TestUser menteeUser = accounts.register(TestAccounts.uniqueEmail("mentee"), TestAccounts.PASSWORD, "Hana",
				"en");
		TestUser mentorUser = accounts.register(TestAccounts.uniqueEmail("mentor"), TestAccounts.PASSWORD, "Sato",
				"ja");
		Learner mentee = new Learner(menteeUser.client());
		Learner mentor = new Learner(mentorUser.client());

		String mentorship = Json.read(Json.body(mentee.post("/api/me/mentors", Json.object("email", mentorUser.email()))
			.andExpect(status().isCreated())
			.andReturn()), "$.id");
		awaitCount(mentorUser.id(), 1);
		mentor.post("/api/mentorships/" + mentorship + "/accept", "{}").andExpect(status().isOk());
		awaitCount(menteeUser.id(), 1);

		// a self-assessment tells nobody; the mentor's validation tells the mentee
		mentee.putLevel(LINUX, 4).andExpect(status().isOk());
		mentor
			.post("/api/mentees/" + menteeUser.id() + "/validations",
					Json.object("skillCode", LINUX, "level", 3, "note", "Watched it done"))
			.andExpect(status().isCreated());
		awaitCount(menteeUser.id(), 2);

		mentee
			.post("/api/me/review-requests",
					Json.object("mentorshipIds", List.of(mentorship), "skillCodes",
							List.of(LINUX, "network-fundamentals")))
			.andExpect(status().isCreated());
		awaitCount(mentorUser.id(), 2);

		String review = Json.read(Json.body(mentor
			.post("/api/mentees/" + menteeUser.id() + "/reviews", Json.object("body", "Good progress on **Linux**."))
			.andExpect(status().isCreated())
			.andReturn()), "$.id");
		awaitCount(menteeUser.id(), 3);
		mentee.post("/api/me/reviews/" + review + "/replies", Json.object("body", "Thanks!"))
			.andExpect(status().isCreated());
		awaitCount(mentorUser.id(), 3);

		String suggestion = Json.read(Json.body(mentor
			.post("/api/mentees/" + menteeUser.id() + "/suggestions",
					Json.object("itemCode", "lpic-1", "note", "Start here"))
			.andExpect(status().isCreated())
			.andReturn()), "$.id");
		awaitCount(menteeUser.id(), 4);
		mentee.post("/api/me/plan/suggestions/" + suggestion + "/accept", "{}").andExpect(status().isOk());
		awaitCount(mentorUser.id(), 4);

		mentee.delete("/api/mentorships/" + mentorship).andExpect(status().isNoContent());
		awaitCount(mentorUser.id(), 5);

		String mentees = "/mentees/" + menteeUser.id();
		List<Map<String, Object>> toMentee = items(mentee);
		assertThat(toMentee).extracting((i) -> i.get("kind"), (i) -> i.get("text"), (i) -> i.get("link"))
			.containsExactly(tuple("item-suggested",
					"Your mentor Sato suggested LPIC-1 Linux Administrator for your learning plan.", "/learning/plan"),
					tuple("review-written", "Your mentor Sato wrote a review of your progress.", "/mentoring"),
					tuple("level-validated", "Your mentor Sato validated your Linux server administration at level 3.",
							"/skills"),
					tuple("mentorship-accepted", "Sato accepted to be your mentor.", "/mentoring"));
		List<Map<String, Object>> toMentor = items(mentor.in("ja"));
		assertThat(toMentor).extracting((i) -> i.get("kind"), (i) -> i.get("link"))
			.containsExactly(tuple("mentorship-ended", "/mentoring"), tuple("suggestion-accepted", mentees),
					tuple("review-replied", mentees), tuple("review-requested", mentees),
					tuple("mentor-invited", "/mentoring"));
		assertThat(toMentor).extracting((i) -> i.get("text"))
			.contains("Hana さんがメンタリング関係を終了しました。", "Hana さんから Linuxサーバー管理、ネットワーク基礎 のレビュー依頼が届きました。");
		assertThat(toMentor).allSatisfy((i) -> {
			assertThat(i.get("actorName")).isEqualTo("Hana");
			assertThat(i.get("read")).isEqualTo(false);
		});

		// every event again, as the registry may deliver it: still one notification each
		int delivered = redeliverEverything(menteeUser.id());
		assertThat(delivered).isEqualTo(10);
		await().atMost(DELIVERY).until(() -> completed(menteeUser.id()) == 2 * delivered);
		assertThat(items(mentee)).isEqualTo(toMentee);
		assertThat(items(mentor.in("ja"))).isEqualTo(toMentor);
		assertThat(unmailed(menteeUser.id(), mentorUser.id())).as("no SMTP server: nothing mailed").isEqualTo(9);
	}

	@Test
	void aDeclineTellsTheMenteeAndAnEndByTheMentorTellsTheMentee() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		TestUser menteeUser = accounts.register(TestAccounts.uniqueEmail("mentee"), TestAccounts.PASSWORD, "Hana",
				"en");
		TestUser mentorUser = accounts.register(TestAccounts.uniqueEmail("mentor"), TestAccounts.PASSWORD, "Sato",
				"en");
		Learner mentee = new Learner(menteeUser.client());
		Learner mentor = new Learner(mentorUser.client());

		String first = invite(mentee, mentorUser.email());
		mentor.post("/api/mentorships/" + first + "/decline", "{}").andExpect(status().isOk());
		awaitCount(menteeUser.id(), 1);
		String second = invite(mentee, mentorUser.email());
		mentor.post("/api/mentorships/" + second + "/accept", "{}").andExpect(status().isOk());
		awaitCount(menteeUser.id(), 2);
		mentor.delete("/api/mentorships/" + second).andExpect(status().isNoContent());
		awaitCount(menteeUser.id(), 3);

		assertThat(items(mentee)).extracting((i) -> i.get("kind"))
			.containsExactly("mentorship-ended", "mentorship-accepted", "mentorship-declined");
		assertThat(items(mentee).get(2).get("text")).isEqualTo("Sato declined to be your mentor.");
		assertThat(items(mentor)).extracting((i) -> i.get("kind")).containsExactly("mentor-invited", "mentor-invited");
	}

	@Test
	void anInvitationToAnAddressWithoutAccountNotifiesWhoeverRegistersIt() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		TestUser menteeUser = accounts.register(TestAccounts.uniqueEmail("mentee"), TestAccounts.PASSWORD, "Hana",
				"en");
		String address = TestAccounts.uniqueEmail("future-mentor");
		invite(new Learner(menteeUser.client()), address);

		TestUser mentorUser = accounts.register(address, TestAccounts.PASSWORD, "Sato", "ja");

		awaitCount(mentorUser.id(), 1);
		Learner mentor = new Learner(mentorUser.client()).in("ja");
		assertThat(items(mentor)).extracting((i) -> i.get("kind"), (i) -> i.get("text"))
			.containsExactly(tuple("mentor-invited", "Hana さんからメンターの依頼が届きました。"));
	}

	@Test
	void markingReadOneOrAllAndNeverAnotherPersonsNotification() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		TestUser menteeUser = accounts.register();
		TestUser mentorUser = accounts.register();
		Learner mentee = new Learner(menteeUser.client());
		Learner mentor = new Learner(mentorUser.client());
		for (int i = 0; i < 3; i++) {
			String id = invite(mentee, mentorUser.email());
			mentor.post("/api/mentorships/" + id + "/decline", "{}").andExpect(status().isOk());
		}
		awaitCount(menteeUser.id(), 3);
		assertThat((Integer) mentee.read("/api/me/notifications/unread-count", "$.unread")).isEqualTo(3);
		assertThat((Integer) mentee.read("/api/me/notifications?limit=2", "$.unread")).isEqualTo(3);
		assertThat((List<?>) mentee.read("/api/me/notifications?limit=2", "$.items")).hasSize(2);
		assertThat((List<?>) mentee.read("/api/me/notifications?limit=2&offset=2", "$.items")).hasSize(1);

		List<Map<String, Object>> items = items(mentee);
		Object newest = items.get(0).get("id");
		mentor.post("/api/me/notifications/" + newest + "/read", "{}").andExpect(status().isNotFound());
		mentee.post("/api/me/notifications/" + newest + "/read", "{}").andExpect(status().isNoContent());
		mentee.post("/api/me/notifications/" + newest + "/read", "{}").andExpect(status().isNoContent());
		mentee.post("/api/me/notifications/987654321/read", "{}").andExpect(status().isNotFound());
		assertThat(items(mentee)).extracting((i) -> i.get("read")).containsExactly(true, false, false);
		assertThat((Integer) mentee.read("/api/me/notifications/unread-count", "$.unread")).isEqualTo(2);
		assertThat((Integer) mentor.read("/api/me/notifications/unread-count", "$.unread")).isEqualTo(3);

		mentee.post("/api/me/notifications/read-all", "{}").andExpect(status().isNoContent());
		assertThat(items(mentee)).extracting((i) -> i.get("read")).containsOnly(true);
		assertThat((Integer) mentee.read("/api/me/notifications/unread-count", "$.unread")).isZero();
		assertThat((Integer) mentor.read("/api/me/notifications/unread-count", "$.unread")).isEqualTo(3);

		mentee.get("/api/me/notifications?limit=0").andExpect(status().isBadRequest());
		mentee.get("/api/me/notifications?limit=101").andExpect(status().isBadRequest());
		mentee.get("/api/me/notifications?offset=-1").andExpect(status().isBadRequest());
		mentee.post("/api/me/notifications/abc/read", "{}").andExpect(status().isBadRequest());
	}

	private static String invite(Learner mentee, String email) throws Exception {
		return Json.read(Json.body(mentee.post("/api/me/mentors", Json.object("email", email))
			.andExpect(status().isCreated())
			.andReturn()), "$.id");
	}

	private static List<Map<String, Object>> items(Learner who) throws Exception {
		return who.read("/api/me/notifications?limit=100", "$.items");
	}

	private void awaitCount(UUID recipient, int count) {
		await().atMost(DELIVERY)
			.untilAsserted(
					() -> assertThat(this.jdbc.sql("select count(*) from notification where recipient_id = :recipient")
						.param("recipient", recipient)
						.query(Integer.class)
						.single()).isEqualTo(count));
	}

	/**
	 * Publishes again every event about this person that a notifications listener got,
	 * taken from the archive of the event publication registry.
	 * @return how many
	 */
	private int redeliverEverything(UUID person) throws Exception {
		await().atMost(DELIVERY).until(() -> incomplete(person) == 0);
		List<Map<String, Object>> archived = this.jdbc.sql("""
				select event_type, serialized_event from event_publication_archive
				where listener_id like 'notifications.%' and serialized_event like :person
				""").param("person", "%" + person + "%").query().listOfRows();
		for (Map<String, Object> row : archived) {
			Object event = this.serializer.deserialize(row.get("serialized_event"),
					Class.forName((String) row.get("event_type")));
			this.transactions.executeWithoutResult((tx) -> this.events.publishEvent(event));
		}
		return archived.size();
	}

	private int completed(UUID person) {
		return this.jdbc
			.sql("""
					select count(*) from event_publication_archive
					where listener_id like 'notifications.%' and serialized_event like :person and completion_date is not null
					""")
			.param("person", "%" + person + "%")
			.query(Integer.class)
			.single();
	}

	private int incomplete(UUID person) {
		return this.jdbc.sql("select count(*) from event_publication where serialized_event like :person")
			.param("person", "%" + person + "%")
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

}

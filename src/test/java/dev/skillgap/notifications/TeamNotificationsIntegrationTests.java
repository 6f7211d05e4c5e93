package dev.skillgap.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.DeliveryIntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.TestClient;
import dev.skillgap.TestMail;
import dev.skillgap.Teams;
import dev.skillgap.teams.TeamEvents;
import dev.skillgap.teams.TeamEvents.ReassessmentRequested;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notifications of teams, in the bell and by mail (GreenMail) in the reader's
 * language: invited, joined (to the other leads), declined (to the inviter), removed (to
 * the member), left (to the leads), a proposed target role, a request to reassess; and
 * the invitation of an address without an account, mailed in the lead's language.
 */
@DeliveryIntegrationTest
class TeamNotificationsIntegrationTests {

	static final Duration DELIVERY = TestMail.DELIVERY;

	static final String PUBLIC_URL = TestMail.PUBLIC_URL;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	TestUser user(String name, String locale) throws Exception {
		return new TestAccounts(this.mvc).register(TestAccounts.uniqueEmail(name.toLowerCase()), TestAccounts.PASSWORD,
				name, locale);
	}

	@Test
	void eachStepOfAMembershipTellsThePeopleItConcernsOnce() throws Exception {
		TestUser lead = user("Aoki", "en");
		TestUser coLead = user("Baba", "ja");
		TestUser member = user("Chiba", "en");
		TestUser decliner = user("Doi", "ja");
		TestUser leaver = user("Endo", "en");
		UUID team = Teams.create(lead, "Platform");
		UUID coLeadInvitation = Teams.invite(lead, team, coLead.email());
		Map<String, Object> invited = awaitOnly(coLead, "team-invited", "en");
		assertThat(invited).containsEntry("text", "Aoki invited you to the team Platform.")
			.containsEntry("link", "/teams");
		Teams.accept(coLead, coLeadInvitation);
		lead.client()
			.perform(json(put("/api/teams/" + team + "/members/" + coLead.id() + "/role"), Json.object("role", "lead")))
			.andExpect(status().isOk());
		awaitOnly(lead, "team-joined", "en");

		// joined: to both leads, not to the one who joined
		Teams.join(lead, team, member);
		assertThat(awaitKind(lead, "team-joined", 2, "en").get(0))
			.containsEntry("text", "Chiba joined the team Platform.")
			.containsEntry("link", "/teams/" + team);
		assertThat(awaitKind(coLead, "team-joined", 1, "ja").get(0)).containsEntry("text",
				"Chiba さんがチーム「Platform」に参加しました。");
		assertThat(kinds(member)).containsOnly("team-invited");

		// declined: to the lead who invited
		UUID declined = Teams.invite(coLead, team, decliner.email());
		decliner.client()
			.perform(post("/api/me/team-invitations/" + declined + "/decline"))
			.andExpect(status().isNoContent());
		assertThat(awaitOnly(coLead, "team-declined", "ja")).containsEntry("text", "Doi さんがチーム「Platform」への招待を辞退しました。");
		assertThat(kinds(lead)).doesNotContain("team-declined");

		// a target role a lead proposes: to the member, with the role's name
		lead.client()
			.perform(json(put("/api/teams/" + team + "/members/" + member.id() + "/target-role"),
					Json.object("roleCode", "server-engineer")))
			.andExpect(status().isOk());
		String roleName = Json.read(
				member.client().perform(get("/api/roles/server-engineer").header("Accept-Language", "en")).andReturn(),
				"$.name");
		assertThat(awaitOnly(member, "target-role-proposed", "en")).containsEntry("text",
				"Aoki proposed " + roleName + " as your target role on the team Platform.");
		// the member's own choice tells nobody
		member.client()
			.perform(json(put("/api/teams/" + team + "/members/" + member.id() + "/target-role"),
					Json.object("roleCode", "cloud-engineer")))
			.andExpect(status().isOk());

		// left: to the leads; removed: to the member
		Teams.join(lead, team, leaver);
		leaver.client()
			.perform(delete("/api/teams/" + team + "/members/" + leaver.id()))
			.andExpect(status().isNoContent());
		assertThat(awaitOnly(coLead, "team-left", "ja")).containsEntry("text", "Endo さんがチーム「Platform」から脱退しました。");
		lead.client()
			.perform(delete("/api/teams/" + team + "/members/" + member.id()))
			.andExpect(status().isNoContent());
		assertThat(awaitOnly(member, "team-removed", "en")).containsEntry("text",
				"Aoki removed you from the team Platform.");

		// and the mail, in each reader's language, with a link into the app
		MimeMessage removed = awaitMail(member.email(), "Skillgap: Aoki removed you from the team Platform");
		assertThat((String) removed.getContent()).startsWith("Aoki removed you from the team Platform.")
			.contains(PUBLIC_URL + "/teams");
		awaitMail(coLead.email(), "Skillgap: Endo さんがチーム「Platform」から脱退しました");
		assertThat(kinds(member)).containsOnlyOnce("target-role-proposed");
	}

	@Test
	void deletingATeamTellsEveryoneElseWhoWasOnItByTheTeamsName() throws Exception {
		TestUser lead = user("Ueda", "en");
		TestUser coLead = user("Wada", "en");
		TestUser member = user("Yano", "ja");
		TestUser invited = user("Zama", "en");
		UUID team = Teams.create(lead, "Doomed");
		Teams.join(lead, team, coLead);
		lead.client()
			.perform(json(put("/api/teams/" + team + "/members/" + coLead.id() + "/role"), Json.object("role", "lead")))
			.andExpect(status().isOk());
		Teams.join(lead, team, member);
		Teams.invite(lead, team, invited.email());

		lead.client().perform(delete("/api/teams/" + team)).andExpect(status().isNoContent());

		assertThat(awaitOnly(member, "team-deleted", "ja"))
			.containsEntry("text", "Ueda さんがチーム「Doomed」を削除しました。ヒートマップ、目標、研修計画は残りません。")
			.containsEntry("link", "/teams");
		assertThat(awaitOnly(coLead, "team-deleted", "en")).containsEntry("text",
				"Ueda deleted the team Doomed; its heatmap, targets and plan are gone.");
		awaitMail(member.email(), "Skillgap: Ueda さんがチーム「Doomed」を削除しました");
		// not the lead who deleted it, not someone only invited
		assertThat(kinds(lead)).doesNotContain("team-deleted");
		assertThat(kinds(invited)).doesNotContain("team-deleted");
	}

	@Test
	void anAddressWithoutAccountIsMailedAnInvitationToRegisterInTheLeadsLanguage() throws Exception {
		TestUser lead = user("Hana", "ja");
		UUID team = Teams.create(lead, "基盤チーム");
		String address = TestAccounts.uniqueEmail("no-account");
		Teams.invite(lead, team, address);

		MimeMessage invitation = awaitMail(address, "Skillgap: Hana さんからチーム「基盤チーム」への招待");
		assertThat((String) invitation.getContent()).contains("基盤チーム").contains(PUBLIC_URL + "/register");

		// once the address registers, the bell has it too
		TestUser later = new TestAccounts(this.mvc).register(address, TestAccounts.PASSWORD, "Later", "en");
		assertThat(awaitOnly(later, "team-invited", "en")).containsEntry("text", "Hana invited you to the team 基盤チーム.");
	}

	@Test
	void aRequestToReassessTellsEachMemberAskedWithOnlyTheirSkills() throws Exception {
		TestUser lead = user("Ito", "en");
		TestUser first = user("Kato", "ja");
		TestUser second = user("Mori", "en");
		TestUser notAsked = user("Noda", "en");
		UUID team = Teams.create(lead, "Ops");
		Teams.join(lead, team, first);
		Teams.join(lead, team, second);
		Teams.join(lead, team, notAsked);
		UUID id = UUID.randomUUID();
		ReassessmentRequested request = new ReassessmentRequested(id, team, lead.id(), List.of(first.id(), second.id()),
				List.of("linux-administration", "network-fundamentals"),
				List.of(new TeamEvents.Asked(first.id(), List.of("network-fundamentals")),
						new TeamEvents.Asked(second.id(), List.of("linux-administration"))));
		// published twice, told once
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.events.publishEvent(request);
			this.events.publishEvent(request);
		});

		Map<String, Object> english = awaitOnly(second, "reassessment-requested", "en");
		assertThat((String) english.get("text")).startsWith("Ito, lead of the team Ops, asked you to reassess ")
			.contains("Linux")
			.doesNotContain("Network");
		assertThat(english).containsEntry("link", "/skills?reassess=" + id);
		assertThat((String) awaitOnly(first, "reassessment-requested", "ja").get("text"))
			.startsWith("チーム「Ops」のリーダーの Ito さんが ")
			.doesNotContain("Linux");
		assertThat(kinds(notAsked)).doesNotContain("reassessment-requested");
	}

	/** The one notification of this kind the user has, once it arrived. */
	private Map<String, Object> awaitOnly(TestUser user, String kind, String language) {
		List<Map<String, Object>> found = awaitKind(user, kind, 1, language);
		await().during(Duration.ofMillis(300)).atMost(DELIVERY).until(() -> of(user, kind, language).size() == 1);
		return found.get(0);
	}

	private List<Map<String, Object>> awaitKind(TestUser user, String kind, int count, String language) {
		return await().atMost(DELIVERY).until(() -> of(user, kind, language), (items) -> items.size() >= count);
	}

	private static List<Map<String, Object>> of(TestUser user, String kind, String language) throws Exception {
		return items(user.client(), language).stream().filter((item) -> kind.equals(item.get("kind"))).toList();
	}

	private static List<String> kinds(TestUser user) throws Exception {
		return items(user.client(), "en").stream().map((item) -> (String) item.get("kind")).toList();
	}

	private static List<Map<String, Object>> items(TestClient client, String language) throws Exception {
		return Json.read(client.perform(get("/api/me/notifications?limit=100").header("Accept-Language", language))
			.andExpect(status().isOk())
			.andReturn(), "$.items");
	}

	private static MimeMessage awaitMail(String to, String subject) {
		return await().atMost(DELIVERY).until(() -> mails(to).stream().filter((mail) -> {
			try {
				return subject.equals(mail.getSubject());
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList(), (mails) -> !mails.isEmpty()).get(0);
	}

	private static List<MimeMessage> mails(String to) {
		return TestMail.to(to);
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}

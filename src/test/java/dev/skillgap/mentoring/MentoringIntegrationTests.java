package dev.skillgap.mentoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Mentoring;
import dev.skillgap.SqlStatementCounter;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mentoring through the API, as two people would use it: invitation (also to an address
 * that registers later), acceptance, validated levels that change the fit, suggestions,
 * reviews with replies and edits, review requests, calibration, the audit trail, and
 * access that ends the moment the relationship does.
 */
@IntegrationTest
class MentoringIntegrationTests {

	static final String LINUX = "linux-administration";

	static final String NETWORK = "network-fundamentals";

	@Autowired
	MockMvc mvc;

	TestAccounts accounts() {
		return new TestAccounts(this.mvc);
	}

	@Test
	void nothingIsVisibleUntilTheMentorAcceptsAndNothingAfterEitherSideEndsIt() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register();
		Mentoring.selfAssess(mentee, LINUX, 4);
		UUID mentorship = Mentoring.invite(mentee, mentor.email());

		mentor.client().perform(get("/api/mentees/" + mentee.id() + "/skills")).andExpect(status().isNotFound());
		mentor.client()
			.perform(get("/api/mentorships"))
			.andExpect(jsonPath("$[0].status").value("pending"))
			.andExpect(jsonPath("$[0].myRole").value("mentor"))
			.andExpect(jsonPath("$[0].invitedEmail").doesNotExist());

		Mentoring.accept(mentor, mentorship);
		mentor.client()
			.perform(get("/api/mentees/" + mentee.id() + "/skills"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].skillCode").value(LINUX))
			.andExpect(jsonPath("$[0].level").value(4));
		mentor.client().perform(get("/api/mentees")).andExpect(jsonPath("$[0].id").value(mentee.id().toString()));
		// the last activity names the skill in the reader's language, not by its code
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> mentor.client()
				.perform(get("/api/mentees").header("Accept-Language", "en"))
				.andExpect(jsonPath("$[0].lastActivity.kind").value("skill-level-recorded"))
				.andExpect(jsonPath("$[0].lastActivity.subject").value("Linux server administration")));
		mentor.client()
			.perform(get("/api/mentees").header("Accept-Language", "ja"))
			.andExpect(jsonPath("$[0].lastActivity.subject").value("Linuxサーバー管理"));

		Mentoring.end(mentee, mentorship);
		for (String path : List.of("", "/skills", "/fit", "/plan", "/reviews", "/skills/history")) {
			mentor.client()
				.perform(get("/api/mentees/" + mentee.id() + path))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.status").value(404));
		}
		mentor.client().perform(get("/api/mentees")).andExpect(jsonPath("$.length()").value(0));
		// an id nobody has answers exactly the same
		mentor.client()
			.perform(get("/api/mentees/" + UUID.randomUUID() + "/skills"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(mentor.client()
				.perform(get("/api/mentees/" + mentee.id() + "/skills"))
				.andReturn()
				.getResponse()
				.getContentAsString()
				.replaceAll(".*\"detail\":\"([^\"]*)\".*", "$1")));
	}

	@Test
	void oneMenteesSummaryIsThatMenteesLineOfTheDashboard() throws Exception {
		TestUser mentor = accounts().register();
		TestUser first = accounts().register();
		TestUser second = accounts().register();
		Mentoring.selfAssess(first, LINUX, 2);
		Mentoring.selfAssess(second, LINUX, 5);
		Mentoring.accept(mentor, Mentoring.invite(first, mentor.email()));
		Mentoring.accept(mentor, Mentoring.invite(second, mentor.email()));

		String dashboard = mentor.client().perform(get("/api/mentees")).andReturn().getResponse().getContentAsString();
		for (TestUser mentee : List.of(first, second)) {
			MvcResult one = mentor.client()
				.perform(get("/api/mentees/" + mentee.id()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(mentee.id().toString()))
				.andReturn();
			List<Map<String, Object>> line = Json.read(dashboard, "$[?(@.id == '" + mentee.id() + "')]");
			assertThat(line).hasSize(1);
			assertThat(Json.<Map<String, Object>>read(one, "$")).isEqualTo(line.get(0));
		}
	}

	@Test
	void anInvitationToAnAddressWithNoAccountWaitsUntilItRegisters() throws Exception {
		TestUser mentee = accounts().register();
		String email = TestAccounts.uniqueEmail("later");
		mentee.client()
			.perform(post("/api/me/mentors").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("email", email.toUpperCase())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("pending"))
			.andExpect(jsonPath("$.mentor.id").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.mentor.displayName").value(org.hamcrest.Matchers.nullValue()));

		TestUser mentor = accounts().register(email, TestAccounts.PASSWORD, "Sato", "ja");

		// at once, in the registration's transaction: the first page after sign-up lists
		// it
		MvcResult invitations = mentor.client()
			.perform(get("/api/mentorships"))
			.andExpect(jsonPath("$.length()").value(1))
			.andReturn();
		UUID id = UUID.fromString(Json.read(invitations, "$[0].id"));
		Mentoring.accept(mentor, id);
		mentee.client()
			.perform(get("/api/mentorships"))
			.andExpect(jsonPath("$[0].status").value("active"))
			.andExpect(jsonPath("$[0].mentor.displayName").value("Sato"));
	}

	@Test
	void invitationsAreRefusedForOneselfTwiceOrByTheWrongPerson() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register();
		TestUser stranger = accounts().register();
		mentee.client()
			.perform(post("/api/me/mentors").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("email", mentee.email())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		UUID id = Mentoring.invite(mentee, mentor.email());
		mentee.client()
			.perform(post("/api/me/mentors").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("email", mentor.email())))
			.andExpect(status().isConflict());
		// only the invited mentor accepts; the mentee cannot accept for them
		mentee.client().perform(post("/api/mentorships/" + id + "/accept")).andExpect(status().isNotFound());
		stranger.client().perform(post("/api/mentorships/" + id + "/accept")).andExpect(status().isNotFound());
		mentor.client().perform(post("/api/mentorships/" + id + "/decline")).andExpect(status().isOk());
		mentor.client().perform(post("/api/mentorships/" + id + "/accept")).andExpect(status().isNotFound());
		// declined: a new invitation is possible
		Mentoring.invite(mentee, mentor.email());
	}

	@Test
	void validatedLevelsLowerThanClaimedLowerTheFitAndBothLevelsShow() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register(TestAccounts.uniqueEmail("sato"), TestAccounts.PASSWORD, "佐藤", "ja");
		Mentoring.activate(mentee, mentor);
		Mentoring.selfAssess(mentee, LINUX, 5);
		Mentoring.selfAssess(mentee, NETWORK, 4);
		double before = fit(mentee, "server-engineer");

		Mentoring.validate(mentor, mentee, LINUX, 3);
		Mentoring.validate(mentor, mentee, NETWORK, 2);

		assertThat(fit(mentee, "server-engineer")).isLessThan(before);
		MvcResult skills = mentee.client().perform(get("/api/me/skills")).andReturn();
		Map<String, Object> linux = entry(skills, LINUX);
		assertThat(linux).containsEntry("level", 5).containsEntry("source", "self").containsEntry("effectiveLevel", 3);
		assertThat(Json.<String>read(Json.write(linux), "$.validation.validatedBy.displayName")).isEqualTo("佐藤");
		assertThat(Json.<Boolean>read(Json.write(linux), "$.validation.current")).isTrue();
		// the mentor's view of the fit is the mentee's
		assertThat(Json.<Double>read(
				mentor.client().perform(get("/api/mentees/" + mentee.id() + "/fit/server-engineer")).andReturn(),
				"$.fit"))
			.isEqualTo(fit(mentee, "server-engineer"));

		// a self-assessment after the validation is "not yet validated" and effective
		// again
		Mentoring.selfAssess(mentee, LINUX, 4);
		Map<String, Object> again = entry(mentee.client().perform(get("/api/me/skills")).andReturn(), LINUX);
		assertThat(again).containsEntry("level", 4).containsEntry("effectiveLevel", 4);
		assertThat(Json.<Boolean>read(Json.write(again), "$.validation.current")).isFalse();
		// the history keeps all of it
		mentee.client()
			.perform(get("/api/me/skills/" + LINUX + "/history"))
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(jsonPath("$[1].source").value("mentor"))
			.andExpect(jsonPath("$[1].validatedBy.displayName").value("佐藤"));
	}

	@Test
	void calibrationComparesSelfAssessmentsWithValidations() throws Exception {
		TestUser mentor = accounts().register();
		TestUser first = accounts().register();
		TestUser second = accounts().register();
		Mentoring.activate(first, mentor);
		Mentoring.activate(second, mentor);
		Mentoring.selfAssess(first, LINUX, 5);
		Mentoring.selfAssess(second, LINUX, 2);
		Mentoring.validate(mentor, first, LINUX, 3);
		Mentoring.validate(mentor, second, LINUX, 3);

		mentor.client()
			.perform(get("/api/mentor/calibration"))
			.andExpect(jsonPath("$[0].skillCode").value(LINUX))
			.andExpect(jsonPath("$[0].validations").value(2))
			.andExpect(jsonPath("$[0].overRated").value(1))
			.andExpect(jsonPath("$[0].underRated").value(1))
			.andExpect(jsonPath("$[0].meanDifference").value(0.5));
		first.client()
			.perform(get("/api/me/calibration"))
			.andExpect(jsonPath("$.points[0].selfLevel").value(5))
			.andExpect(jsonPath("$.points[0].validatedLevel").value(3))
			.andExpect(jsonPath("$.points[0].difference").value(2))
			.andExpect(jsonPath("$.perSkill[0].overRated").value(1));
	}

	@Test
	void aSuggestionJoinsThePlanWhenAcceptedAndNotWhenDeclined() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register(TestAccounts.uniqueEmail("m"), TestAccounts.PASSWORD, "Mentor M", "en");
		Mentoring.activate(mentee, mentor);
		UUID accepted = Mentoring.suggest(mentor, mentee, "lpic-1");
		UUID declined = Mentoring.suggest(mentor, mentee, "lpic-2");
		mentor.client()
			.perform(post("/api/mentees/" + mentee.id() + "/suggestions").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("itemCode", "lpic-1")))
			.andExpect(status().isConflict());

		mentee.client()
			.perform(get("/api/me/plan"))
			.andExpect(jsonPath("$.items.length()").value(0))
			.andExpect(jsonPath("$.suggestions.length()").value(2))
			.andExpect(jsonPath("$.suggestions[0].suggestedBy.displayName").value("Mentor M"));
		mentee.client().perform(post("/api/me/plan/suggestions/" + accepted + "/accept")).andExpect(status().isOk());
		mentee.client().perform(post("/api/me/plan/suggestions/" + declined + "/decline")).andExpect(status().isOk());
		mentee.client()
			.perform(post("/api/me/plan/suggestions/" + declined + "/accept"))
			.andExpect(status().isConflict());
		// another person's suggestion is not mine to answer
		mentor.client()
			.perform(post("/api/me/plan/suggestions/" + accepted + "/accept"))
			.andExpect(status().isNotFound());

		mentee.client()
			.perform(get("/api/me/plan"))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].item.code").value("lpic-1"))
			.andExpect(jsonPath("$.suggestions.length()").value(0));
		mentor.client()
			.perform(get("/api/mentees/" + mentee.id() + "/suggestions"))
			.andExpect(jsonPath("$[?(@.itemCode == 'lpic-1')].status").value("accepted"))
			.andExpect(jsonPath("$[?(@.itemCode == 'lpic-2')].status").value("declined"));
	}

	@Test
	void reviewsHaveRepliesAndTrackedEdits() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register();
		TestUser other = accounts().register();
		Mentoring.activate(mentee, mentor);
		Mentoring.activate(mentee, other);
		UUID review = Mentoring.review(mentor, mentee, "Good work on **Linux**. <script>alert(1)</script>");
		UUID reply = Mentoring.reply(mentee, review, "Thanks!");

		mentor.client()
			.perform(patch("/api/mentees/" + mentee.id() + "/reviews/" + review).contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("body", "Good work on **Linux** and networking.")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.editCount").value(1));
		// only the author edits
		other.client()
			.perform(patch("/api/mentees/" + mentee.id() + "/reviews/" + review).contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("body", "hijacked")))
			.andExpect(status().isNotFound());
		mentee.client()
			.perform(patch("/api/me/reviews/" + review).contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("body", "hijacked")))
			.andExpect(status().isNotFound());

		mentee.client()
			.perform(get("/api/me/reviews"))
			.andExpect(jsonPath("$[0].body").value("Good work on **Linux** and networking."))
			.andExpect(jsonPath("$[0].replies[0].id").value(reply.toString()))
			.andExpect(jsonPath("$[0].replies[0].author.role").value("mentee"))
			.andExpect(jsonPath("$[0].replies[0].mine").value(true));
		mentee.client()
			.perform(get("/api/me/reviews/" + review + "/edits"))
			.andExpect(jsonPath("$[0].previousBody").value("Good work on **Linux**. <script>alert(1)</script>"))
			.andExpect(jsonPath("$[0].editor.id").value(mentor.id().toString()));
		mentee.client()
			.perform(post("/api/me/reviews/" + review + "/replies").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("body", "  ")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
	}

	@Test
	void aReviewRequestClosesOnceEveryRequestedSkillIsValidated() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register();
		UUID mentorship = Mentoring.activate(mentee, mentor);
		Mentoring.selfAssess(mentee, LINUX, 3);
		Mentoring.requestReview(mentee, mentorship, LINUX, NETWORK);
		mentor.client().perform(get("/api/mentees")).andExpect(jsonPath("$[0].openReviewRequests").value(1));

		Mentoring.validate(mentor, mentee, LINUX, 3);
		mentee.client()
			.perform(get("/api/me/review-requests"))
			.andExpect(jsonPath("$[0].status").value("open"))
			.andExpect(jsonPath("$[0].validatedSkillCodes[0]").value(LINUX));
		Mentoring.validate(mentor, mentee, NETWORK, 2);
		mentee.client().perform(get("/api/me/review-requests")).andExpect(jsonPath("$[0].status").value("done"));
		mentor.client().perform(get("/api/mentees")).andExpect(jsonPath("$[0].openReviewRequests").value(0));
	}

	/**
	 * A mentor of A and C, given C's review request under A's path: neither while C is an
	 * active mentee too, nor after C ended the mentorship, may the mentor read or close
	 * it; it stays open in C's list. Through C's path it is closed while C's mentorship
	 * is active, and not after.
	 */
	@Test
	void aReviewRequestIsClosedOnlyThroughItsOwnMenteesActiveMentorship() throws Exception {
		TestUser mentor = accounts().register();
		TestUser a = accounts().register();
		TestUser c = accounts().register();
		Mentoring.activate(a, mentor);
		UUID withC = Mentoring.activate(c, mentor);
		UUID request = Mentoring.requestReview(c, withC, LINUX);
		UUID another = Mentoring.requestReview(c, withC, NETWORK);

		mentor.client()
			.perform(post("/api/mentees/" + a.id() + "/review-requests/" + request + "/done"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.id").doesNotExist())
			.andExpect(jsonPath("$.skillCodes").doesNotExist());
		c.client()
			.perform(get("/api/me/review-requests"))
			.andExpect(jsonPath("$[?(@.id == '%s')].status", request).value(org.hamcrest.Matchers.contains("open")));

		mentor.client()
			.perform(post("/api/mentees/" + c.id() + "/review-requests/" + request + "/done"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("done"));

		Mentoring.end(c, withC);
		for (TestUser path : List.of(a, c)) {
			mentor.client()
				.perform(post("/api/mentees/" + path.id() + "/review-requests/" + another + "/done"))
				.andExpect(status().isNotFound());
		}
		c.client()
			.perform(get("/api/me/review-requests"))
			.andExpect(jsonPath("$[?(@.id == '%s')].status", another).value(org.hamcrest.Matchers.contains("open")));
	}

	@Test
	void theAuditTrailShowsWhoSawOrChangedWhatAndOutlivesTheRelationship() throws Exception {
		TestUser mentee = accounts().register();
		TestUser mentor = accounts().register(TestAccounts.uniqueEmail("a"), TestAccounts.PASSWORD, "Auditor", "en");
		UUID mentorship = Mentoring.activate(mentee, mentor);
		Mentoring.selfAssess(mentee, LINUX, 4);
		mentor.client().perform(get("/api/mentees/" + mentee.id() + "/skills")).andExpect(status().isOk());
		mentor.client().perform(get("/api/mentees/" + mentee.id() + "/fit")).andExpect(status().isOk());
		Mentoring.validate(mentor, mentee, LINUX, 3);
		Mentoring.suggest(mentor, mentee, "lpic-1");
		Mentoring.end(mentor, mentorship);

		MvcResult trail = mentee.client()
			.perform(get("/api/me/audit").header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn();
		List<String> actions = Json.read(trail, "$.entries[*].action");
		assertThat(actions).containsExactly("mentorship-ended", "item-suggested", "level-validated", "viewed",
				"mentorship-accepted", "mentor-invited");
		List<String> texts = Json.read(trail, "$.entries[*].text");
		assertThat(texts).contains(
				"Your mentor Auditor validated Linux server administration at level 3 (your own level: 4).",
				"Your mentor Auditor viewed your data.");
	}

	@Test
	void theDashboardTakesTheSameNumberOfStatementsForOneMenteeOrMany() throws Exception {
		TestUser mentor = accounts().register();
		TestUser first = accounts().register();
		Mentoring.activate(first, mentor);
		Mentoring.selfAssess(first, LINUX, 3);
		setGoal(first);
		int one = SqlStatementCounter
			.count(() -> mentor.client().perform(get("/api/mentees")).andExpect(status().isOk()))
			.size();
		for (int i = 0; i < 5; i++) {
			TestUser mentee = accounts().register();
			Mentoring.activate(mentee, mentor);
			Mentoring.selfAssess(mentee, NETWORK, 2);
			setGoal(mentee);
		}
		List<String> many = SqlStatementCounter
			.count(() -> mentor.client().perform(get("/api/mentees")).andExpect(jsonPath("$.length()").value(6)));
		assertThat(many).as("statements for 6 mentees").hasSize(one);
	}

	private static void setGoal(TestUser learner) throws Exception {
		learner.client()
			.perform(put("/api/me/goal").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("roleCode", "cloud-engineer", "targetDate", "2099-01-01")))
			.andExpect(status().isOk());
	}

	private double fit(TestUser user, String role) throws Exception {
		return ((Number) Json.read(user.client().perform(get("/api/me/fit/" + role)).andReturn(), "$.fit"))
			.doubleValue();
	}

	private static Map<String, Object> entry(MvcResult skills, String code) {
		List<Map<String, Object>> matching = Json.read(skills, "$[?(@.skillCode == '" + code + "')]");
		assertThat(matching).hasSize(1);
		return matching.get(0);
	}

}

package dev.skillgap.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.Json;
import dev.skillgap.Mentoring;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.Teams;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People who reach an owner through a relationship of their own, and objects of other
 * owners, for the route matrix's "object of another subject" rows: a route naming an
 * owner and an object is called by someone with their own relationship to the owner the
 * path names, with an object that belongs to someone else.
 * <ul>
 * <li>{@code mentee}: a mentor of {@code mentee} (active) and of {@code other} (active),
 * formerly of {@code former}; the objects are the other's and the former mentee's review
 * requests, reviews and suggestions, and a request the path's own mentee sent to another
 * mentor;</li>
 * <li>{@code team}: a lead of {@code team} and of {@code otherTeam}; the objects are the
 * other team's invitation and member (who is not on the path's team);</li>
 * <li>{@code me}: a learner with data of their own, and a stranger's posting,
 * notification, review request, review, suggestion, certification and team
 * invitation.</li>
 * </ul>
 *
 * @param callers who calls, by owner kind
 * @param owners the owner the path names, by owner kind ({@code me}: none)
 * @param objects by owner kind and the path segment before the object's variable
 * ({@code mentee review-requests}): the objects of others to try
 */
record ForeignObjects(Map<String, TestUser> callers, Map<String, UUID> owners,
		Map<String, List<ForeignObject>> objects) {

	/**
	 * An object of another owner.
	 *
	 * @param what whose it is, for the test's name
	 * @param table where it is kept (its state before and after must be the same)
	 */
	record ForeignObject(String what, String table, Object id) {
	}

	static ForeignObjects create(TestAccounts accounts, JdbcClient jdbc) throws Exception {
		// mentoring
		TestUser mentor = accounts.register();
		TestUser anotherMentor = accounts.register();
		TestUser mentee = accounts.register();
		TestUser other = accounts.register();
		TestUser former = accounts.register();
		Mentoring.activate(mentee, mentor);
		UUID toAnotherMentor = Mentoring.activate(mentee, anotherMentor);
		UUID withOther = Mentoring.activate(other, mentor);
		UUID withFormer = Mentoring.activate(former, mentor);
		UUID othersRequest = Mentoring.requestReview(other, withOther, "linux-administration");
		UUID formersRequest = Mentoring.requestReview(former, withFormer, "linux-administration");
		UUID requestToAnotherMentor = Mentoring.requestReview(mentee, toAnotherMentor, "linux-administration");
		UUID othersReview = Mentoring.review(mentor, other, "Keep going");
		UUID formersReview = Mentoring.review(mentor, former, "Well done");
		UUID othersSuggestion = Mentoring.suggest(mentor, other, "lpic-1");
		UUID formersSuggestion = Mentoring.suggest(mentor, former, "lpic-1");
		Mentoring.end(former, withFormer);

		// teams
		TestUser lead = accounts.register();
		TestUser otherMember = accounts.register();
		TestUser otherInvited = accounts.register();
		UUID team = Teams.seed(jdbc, "Own team", lead.id(), List.of(accounts.register().id()));
		UUID otherTeam = Teams.seed(jdbc, "Other team", lead.id(), List.of(otherMember.id()));
		UUID otherInvitation = Teams.invite(jdbc, otherTeam, otherInvited, lead.id());

		// the caller's own data
		TestUser learner = accounts.register();
		TestUser learnersMentor = accounts.register();
		UUID learnersMentorship = Mentoring.activate(learner, learnersMentor);
		Mentoring.requestReview(learner, learnersMentorship, "linux-administration");
		Mentoring.review(learnersMentor, learner, "Good start");
		TestUser stranger = accounts.register();
		TestUser strangersMentor = accounts.register();
		UUID strangersMentorship = Mentoring.activate(stranger, strangersMentor);
		UUID strangersRequest = Mentoring.requestReview(stranger, strangersMentorship, "linux-administration");
		UUID strangersReview = Mentoring.review(strangersMentor, stranger, "Good start");
		UUID strangersSuggestion = Mentoring.suggest(strangersMentor, stranger, "lpic-1");
		UUID strangersTeamInvitation = Teams.invite(jdbc,
				Teams.seed(jdbc, "Stranger's team", strangersMentor.id(), List.of()), stranger, strangersMentor.id());
		long strangersNotification = jdbc
			.sql("insert into notification (recipient_id, kind, actor_name, link)"
					+ " values (:recipient, 'mentor-invited', 'Matrix', '/mentoring') returning id")
			.param("recipient", stranger.id())
			.query(Long.class)
			.single();
		UUID strangersPosting = savePosting(stranger);
		UUID strangersCertification = jdbc
			.sql("insert into certification (id, account_id, name, issued_on)"
					+ " values (gen_random_uuid(), :account, 'Matrix certificate', current_date) returning id")
			.param("account", stranger.id())
			.query(UUID.class)
			.single();

		return new ForeignObjects(Map.of("mentee", mentor, "team", lead, "me", learner),
				Map.of("mentee", mentee.id(), "team", team),
				Map.ofEntries(
						Map.entry("mentee review-requests",
								List.of(new ForeignObject("another active mentee's", "review_request", othersRequest),
										new ForeignObject("a former mentee's", "review_request", formersRequest),
										new ForeignObject("this mentee's to another mentor", "review_request",
												requestToAnotherMentor))),
						Map.entry("mentee reviews",
								List.of(new ForeignObject("another active mentee's", "mentor_review", othersReview),
										new ForeignObject("a former mentee's", "mentor_review", formersReview))),
						// routes naming a mentee's suggestion (withdrawing one) come with
						// the trust issue
						Map.entry("mentee suggestions",
								List.of(new ForeignObject("another active mentee's", "plan_suggestion",
										othersSuggestion),
										new ForeignObject("a former mentee's", "plan_suggestion", formersSuggestion))),
						Map.entry("team invitations",
								List.of(new ForeignObject("another team's", "team_member", otherInvitation))),
						Map.entry("team members",
								List.of(new ForeignObject("another team's", "account", otherMember.id()))),
						Map.entry("me review-requests",
								List.of(new ForeignObject("a stranger's", "review_request", strangersRequest))),
						Map.entry("me reviews",
								List.of(new ForeignObject("a stranger's", "mentor_review", strangersReview))),
						Map.entry("me postings",
								List.of(new ForeignObject("a stranger's", "job_posting", strangersPosting))),
						Map.entry("me notifications",
								List.of(new ForeignObject("a stranger's", "notification", strangersNotification))),
						Map.entry("me suggestions",
								List.of(new ForeignObject("a stranger's", "plan_suggestion", strangersSuggestion))),
						Map.entry("me certifications",
								List.of(new ForeignObject("a stranger's", "certification", strangersCertification))),
						Map.entry("me team-invitations",
								List.of(new ForeignObject("a stranger's", "team_member", strangersTeamInvitation)))));
	}

	/**
	 * The object's row and the rows that hang off it (replies, edits, memberships), as
	 * text: the same before and after a request means the request changed nothing.
	 */
	static String state(JdbcClient jdbc, ForeignObject object) {
		String row = jdbc.sql("select row_to_json(t)::text from " + object.table() + " t where id = :id")
			.param("id", object.id())
			.query(String.class)
			.single();
		String children = switch (object.table()) {
			case "mentor_review" -> jdbc.sql("""
					select (select count(*) from mentor_review where parent_id = :id)
					  || '/' || (select count(*) from mentor_review_edit where review_id = :id)
					""").param("id", object.id()).query(String.class).single();
			case "account" -> jdbc.sql("select string_agg(row_to_json(m)::text, ',' order by m.id) from team_member m"
					+ " where account_id = :id")
				.param("id", object.id())
				.query(String.class)
				.single();
			default -> "";
		};
		return row + " " + children;
	}

	private static UUID savePosting(TestUser owner) throws Exception {
		MvcResult saved = owner.client()
			.perform(post("/api/me/postings").contentType(MediaType.APPLICATION_JSON)
				.content(Json.object("text", RouteMatrixIntegrationTests.POSTING_TEXT)))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(Json.read(saved, "$.id"));
	}

}

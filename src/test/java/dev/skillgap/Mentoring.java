package dev.skillgap;

import java.util.List;
import java.util.UUID;

import dev.skillgap.TestAccounts.TestUser;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Test steps of mentoring through the API (each expects success): invite, accept, end,
 * validate, review, suggest. Small builders instead of copy-pasted JSON.
 */
public final class Mentoring {

	private Mentoring() {
	}

	/** The mentee invites the mentor's email; the id of the mentorship. */
	public static UUID invite(TestUser mentee, String mentorEmail) throws Exception {
		MvcResult result = mentee.client()
			.perform(json(post("/api/me/mentors"), Json.object("email", mentorEmail)))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(Json.read(result, "$.id"));
	}

	public static void accept(TestUser mentor, UUID mentorship) throws Exception {
		mentor.client().perform(post("/api/mentorships/" + mentorship + "/accept")).andExpect(status().isOk());
	}

	/** Invites and accepts: an active mentorship. */
	public static UUID activate(TestUser mentee, TestUser mentor) throws Exception {
		UUID id = invite(mentee, mentor.email());
		accept(mentor, id);
		return id;
	}

	public static void end(TestUser either, UUID mentorship) throws Exception {
		either.client().perform(delete("/api/mentorships/" + mentorship)).andExpect(status().isNoContent());
	}

	public static void selfAssess(TestUser learner, String skill, int level) throws Exception {
		learner.client()
			.perform(json(put("/api/me/skills/" + skill), Json.object("level", level)))
			.andExpect(status().isOk());
	}

	public static void validate(TestUser mentor, TestUser mentee, String skill, int level) throws Exception {
		mentor.client()
			.perform(json(post("/api/mentees/" + mentee.id() + "/validations"),
					Json.object("skillCode", skill, "level", level, "note", "checked in a pairing session")))
			.andExpect(status().isCreated());
	}

	/** The mentor writes a review; its id. */
	public static UUID review(TestUser mentor, TestUser mentee, String markdown) throws Exception {
		MvcResult result = mentor.client()
			.perform(json(post("/api/mentees/" + mentee.id() + "/reviews"), Json.object("body", markdown)))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(Json.read(result, "$.id"));
	}

	/** The mentee replies to a review; the reply's id. */
	public static UUID reply(TestUser mentee, UUID review, String markdown) throws Exception {
		MvcResult result = mentee.client()
			.perform(json(post("/api/me/reviews/" + review + "/replies"), Json.object("body", markdown)))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(Json.read(result, "$.id"));
	}

	/** The mentor suggests an item; the suggestion's id. */
	public static UUID suggest(TestUser mentor, TestUser mentee, String item) throws Exception {
		MvcResult result = mentor.client()
			.perform(json(post("/api/mentees/" + mentee.id() + "/suggestions"),
					Json.object("itemCode", item, "note", "a good next step")))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(Json.read(result, "$.id"));
	}

	/** The mentee asks for a review of skills through a mentorship; the request's id. */
	public static UUID requestReview(TestUser mentee, UUID mentorship, String... skills) throws Exception {
		MvcResult result = mentee.client()
			.perform(json(post("/api/me/review-requests"),
					Json.object("mentorshipIds", List.of(mentorship.toString()), "skillCodes", List.of(skills))))
			.andExpect(status().isCreated())
			.andReturn();
		return UUID.fromString(Json.read(result, "$[0].id"));
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

}

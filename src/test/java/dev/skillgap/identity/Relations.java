package dev.skillgap.identity;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.Mentoring;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;

/**
 * A mentee and the people around them, for the route matrix's relationship columns:
 * {@code self} (the mentee, with a level, a review they replied to, an open review
 * request and an open suggestion), {@code invited} (a pending mentor), {@code mentor}
 * (active), {@code former} (the mentee ended it) and {@code unrelated}.
 */
record Relations(Map<String, TestUser> people, Map<String, UUID> mentorships, UUID review, UUID reply, UUID request,
		UUID suggestion) {

	/** The relationship columns of the matrix beyond anonymous and self. */
	static final Set<String> PEOPLE = Set.of("invited", "mentor", "former", "unrelated", "admin");

	static Relations create(TestAccounts accounts) throws Exception {
		TestUser mentee = accounts.register();
		TestUser invited = accounts.register();
		TestUser mentor = accounts.register();
		TestUser former = accounts.register();
		TestUser unrelated = accounts.register();
		UUID pending = Mentoring.invite(mentee, invited.email());
		UUID active = Mentoring.activate(mentee, mentor);
		UUID ended = Mentoring.activate(mentee, former);
		Mentoring.end(mentee, ended);
		// someone else's invitation: what the mentee (and outsiders) act on
		UUID other = Mentoring.invite(mentee, TestAccounts.uniqueEmail("not-yet-registered"));
		Mentoring.selfAssess(mentee, "linux-administration", 4);
		UUID review = Mentoring.review(mentor, mentee, "Keep going");
		UUID reply = Mentoring.reply(mentee, review, "Will do");
		UUID request = Mentoring.requestReview(mentee, active, "linux-administration");
		UUID suggestion = Mentoring.suggest(mentor, mentee, "lpic-1");
		return new Relations(
				Map.of("self", mentee, "invited", invited, "mentor", mentor, "former", former, "unrelated", unrelated),
				Map.of("self", other, "invited", pending, "mentor", active, "former", ended), review, reply, request,
				suggestion);
	}

	TestUser user(String column) {
		return this.people.get(column);
	}

	/**
	 * The mentorship the caller of a column acts on: their own with the mentee, if any.
	 */
	UUID mentorship(String column) {
		return this.mentorships.getOrDefault(column, this.mentorships.get("self"));
	}

	/** An example path with the placeholders filled in for the caller of a column. */
	String resolve(String path, String column) {
		return path.replace("<mentee>", user("self").id().toString())
			.replace("<mentorship>", mentorship(column).toString())
			.replace("<review>", this.review.toString())
			.replace("<reply>", this.reply.toString())
			.replace("<request>", this.request.toString())
			.replace("<suggestion>", this.suggestion.toString());
	}

}

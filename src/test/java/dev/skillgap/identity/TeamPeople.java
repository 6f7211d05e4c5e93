package dev.skillgap.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.Teams;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people around a team, for the route matrix's team columns: {@code lead} (an active
 * lead), {@code member} (an active member), {@code invited} (a pending invitation),
 * {@code former} (a member who left) and {@code outsider} (on no team of theirs); the
 * matrix's {@code admin} is an outsider too. The people are registered once; each
 * {@link #team} is a new team written straight into the database, so that a row whose
 * request changes the team (deleting it, removing someone) gets a fresh one for each
 * caller.
 */
record TeamPeople(Map<String, TestUser> people) {

	/** The team columns of the matrix that name a person of {@link #people}. */
	static final Set<String> COLUMNS = Set.of("lead", "member", "invited", "former", "outsider");

	static TeamPeople register(TestAccounts accounts) throws Exception {
		return new TeamPeople(Map.of("lead", accounts.register(), "member", accounts.register(), "invited",
				accounts.register(), "former", accounts.register(), "outsider", accounts.register()));
	}

	TestUser user(String column) {
		return this.people.get(column);
	}

	/**
	 * A new team: led by {@code lead}, with {@code member} active, {@code invited}
	 * invited as a member (pending), {@code former} who joined and left.
	 */
	TeamFixture team(JdbcClient jdbc) {
		// a team's name is unique per creator
		UUID team = Teams.seed(jdbc, "Matrix team " + UUID.randomUUID(), user("lead").id(),
				List.of(user("member").id()));
		UUID invitation = Teams.invite(jdbc, team, user("invited"), user("lead").id());
		Teams.formerMember(jdbc, team, user("former").id());
		return new TeamFixture(this, team, invitation);
	}

	/**
	 * One team of the matrix with its people.
	 *
	 * @param invitation the pending invitation of {@code invited}
	 */
	record TeamFixture(TeamPeople people, UUID team, UUID invitation) {

		TestUser user(String column) {
			return this.people.user(column);
		}

		/** The member's account id. */
		UUID member() {
			return user("member").id();
		}

		UUID lead() {
			return user("lead").id();
		}

		/**
		 * An example path with the placeholders filled in: {@code <team>},
		 * {@code <member>} (the active member's account id), {@code <lead>},
		 * {@code <invitation>}.
		 */
		String resolve(String path) {
			return path.replace("<team>", this.team.toString())
				.replace("<member>", member().toString())
				.replace("<lead>", lead().toString())
				.replace("<invitation>", this.invitation.toString());
		}

	}

}

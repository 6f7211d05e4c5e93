package dev.skillgap.teams;

import java.util.UUID;

import dev.skillgap.access.Audience;
import dev.skillgap.access.OwnedObjects;
import dev.skillgap.access.Owner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The objects that routes under {@code /api/teams/{teamId}} name, checked by the access
 * policy against the team the path names (see {@link OwnedObjects}).
 */
final class TeamObjects {

	private TeamObjects() {
	}

	/** An invitation (pending or answered) of the team the path names. */
	@Component
	static class InvitationsOfTeam implements OwnedObjects {

		private final JdbcClient jdbc;

		InvitationsOfTeam(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String ownerVariable() {
			return TeamGroups.PATH_VARIABLE;
		}

		@Override
		public String objectVariable() {
			return "invitationId";
		}

		@Override
		public String notFound() {
			return "team.invitationNotFound";
		}

		@Override
		public boolean belongs(Owner owner, UUID objectId) {
			return this.jdbc.sql("select exists (select 1 from team_member where id = :id and team_id = :team)")
				.param("id", objectId)
				.param("team", owner.ownerId())
				.query(Boolean.class)
				.single();
		}

	}

	/**
	 * A person on the team the path names (an active member or lead). A member may name
	 * only themself, which the service answers with 403 for anyone else before reading
	 * anything about them; so for a member this check passes, and who is on the team is
	 * not told apart from who is not.
	 */
	@Component
	static class MembersOfTeam implements OwnedObjects {

		private final JdbcClient jdbc;

		MembersOfTeam(JdbcClient jdbc) {
			this.jdbc = jdbc;
		}

		@Override
		public String ownerVariable() {
			return TeamGroups.PATH_VARIABLE;
		}

		@Override
		public String objectVariable() {
			return "memberId";
		}

		@Override
		public String notFound() {
			return "team.memberNotFound";
		}

		@Override
		public boolean belongs(Owner owner, UUID objectId) {
			if (owner instanceof Audience audience && !audience.isLead()) {
				return true;
			}
			return this.jdbc.sql("""
					select exists (select 1 from team_member
					  where team_id = :team and account_id = :account and status = 'active')
					""").param("team", owner.ownerId()).param("account", objectId).query(Boolean.class).single();
		}

	}

}

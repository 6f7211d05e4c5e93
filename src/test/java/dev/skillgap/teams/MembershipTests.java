package dev.skillgap.teams;

import java.time.Instant;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of memberships: who answers, who ends, the last lead, target roles. */
class MembershipTests {

	static final UUID TEAM = UUID.randomUUID();

	static final UUID PERSON = UUID.randomUUID();

	static final UUID OTHER = UUID.randomUUID();

	static Membership membership(TeamRole role, MembershipStatus status) {
		return new Membership(UUID.randomUUID(), TEAM, PERSON, "person@skillgap.test", role, status, OTHER,
				Instant.EPOCH, null, null, null, null);
	}

	@Test
	void onlyTheInvitedPersonAnswersAPendingInvitation() {
		Membership pending = membership(TeamRole.MEMBER, MembershipStatus.PENDING);
		pending.checkAnswer(PERSON);
		assertThatThrownBy(() -> pending.checkAnswer(OTHER)).isInstanceOf(DomainException.NotFound.class)
			.hasMessage("team.invitationNotFound");
	}

	@Test
	void anAcceptedInvitationIsAConflictAndAnEndedOneIsGone() {
		assertThatThrownBy(() -> membership(TeamRole.MEMBER, MembershipStatus.ACTIVE).checkAnswer(PERSON))
			.isInstanceOf(DomainException.InvalidTransition.class)
			.hasMessage("team.notPending");
		for (MembershipStatus history : new MembershipStatus[] { MembershipStatus.DECLINED, MembershipStatus.LEFT,
				MembershipStatus.REMOVED }) {
			assertThatThrownBy(() -> membership(TeamRole.MEMBER, history).checkAnswer(PERSON))
				.isInstanceOf(DomainException.NotFound.class);
		}
	}

	@Test
	void aMemberLeavesAndALeadRemoves() {
		Membership member = membership(TeamRole.MEMBER, MembershipStatus.ACTIVE);
		assertThat(member.end(PERSON, false, 1)).isEqualTo(MembershipStatus.LEFT);
		assertThat(member.end(OTHER, true, 1)).isEqualTo(MembershipStatus.REMOVED);
	}

	@Test
	void aMemberCannotRemoveAnotherWhateverTheirStatus() {
		assertThatThrownBy(() -> Membership.checkMayEnd(OTHER, false, PERSON))
			.isInstanceOf(DomainException.Forbidden.class)
			.hasMessage("team.leadsOnly.remove");
		assertThatThrownBy(() -> membership(TeamRole.MEMBER, MembershipStatus.ACTIVE).end(OTHER, false, 2))
			.isInstanceOf(DomainException.Forbidden.class);
		Membership.checkMayEnd(PERSON, false, PERSON);
		Membership.checkMayEnd(OTHER, true, PERSON);
	}

	@Test
	void theLastLeadCanNeitherLeaveNorBeRemovedNorDemoted() {
		Membership lead = membership(TeamRole.LEAD, MembershipStatus.ACTIVE);
		assertThatThrownBy(() -> lead.end(PERSON, true, 1)).isInstanceOf(DomainException.Conflict.class)
			.hasMessage("team.lastLead");
		assertThatThrownBy(() -> lead.end(OTHER, true, 1)).isInstanceOf(DomainException.Conflict.class);
		assertThatThrownBy(() -> lead.changeRole(TeamRole.MEMBER, 1)).isInstanceOf(DomainException.Conflict.class)
			.hasMessage("team.lastLead");
		// with a second lead, all three are fine
		assertThat(lead.end(PERSON, true, 2)).isEqualTo(MembershipStatus.LEFT);
		assertThat(lead.changeRole(TeamRole.MEMBER, 2)).isTrue();
	}

	@Test
	void promotingIsAlwaysAllowedAndTheSameRoleChangesNothing() {
		Membership member = membership(TeamRole.MEMBER, MembershipStatus.ACTIVE);
		assertThat(member.changeRole(TeamRole.LEAD, 1)).isTrue();
		assertThat(member.changeRole(TeamRole.MEMBER, 1)).isFalse();
		assertThat(membership(TeamRole.LEAD, MembershipStatus.ACTIVE).changeRole(TeamRole.LEAD, 1)).isFalse();
	}

	@Test
	void onlyActiveMembershipsEndOrChangeRole() {
		Membership pending = membership(TeamRole.MEMBER, MembershipStatus.PENDING);
		assertThatThrownBy(() -> pending.end(OTHER, true, 1)).isInstanceOf(DomainException.NotFound.class);
		assertThatThrownBy(() -> pending.changeRole(TeamRole.LEAD, 1)).isInstanceOf(DomainException.NotFound.class);
	}

	@Test
	void aTargetRoleIsOwnForOneselfAndTheLeadsForAnother() {
		assertThat(Membership.targetSource(PERSON, false, PERSON)).isEqualTo(Membership.OWN);
		assertThat(Membership.targetSource(PERSON, true, PERSON)).isEqualTo(Membership.OWN);
		assertThat(Membership.targetSource(OTHER, true, PERSON)).isEqualTo(Membership.LEAD);
		assertThatThrownBy(() -> Membership.targetSource(OTHER, false, PERSON))
			.isInstanceOf(DomainException.Forbidden.class)
			.hasMessage("team.ownTargetOnly");
	}

	@ParameterizedTest
	@EnumSource(MembershipStatus.class)
	void historyIsFinalAndOnlyPendingOrActiveMove(MembershipStatus from) {
		for (MembershipStatus to : MembershipStatus.values()) {
			boolean allowed = from.canBecome(to);
			if (!from.isOpen()) {
				assertThat(allowed).as("%s -> %s", from, to).isFalse();
			}
			if (allowed) {
				assertThat(to).as("%s -> %s", from, to).isNotEqualTo(from).isNotEqualTo(MembershipStatus.PENDING);
			}
		}
		assertThat(MembershipStatus.PENDING.canBecome(MembershipStatus.ACTIVE)).isTrue();
		assertThat(MembershipStatus.ACTIVE.canBecome(MembershipStatus.DECLINED)).isFalse();
	}

	@Test
	void theEffectiveTargetRoleIsTheTeamsThenTheGoalThenNone() {
		TeamMember set = new TeamMember(UUID.randomUUID(), PERSON, "P", "member", "server-engineer", "lead",
				Instant.EPOCH);
		assertThat(set.withGoal("cloud-engineer")).isEqualTo(set);
		TeamMember unset = new TeamMember(UUID.randomUUID(), PERSON, "P", "member", null, null, Instant.EPOCH);
		assertThat(unset.withGoal("cloud-engineer").targetRole()).isEqualTo("cloud-engineer");
		assertThat(unset.withGoal("cloud-engineer").targetSource()).isEqualTo(TeamMember.GOAL);
		assertThat(unset.withGoal(null)).isEqualTo(unset);
	}

}

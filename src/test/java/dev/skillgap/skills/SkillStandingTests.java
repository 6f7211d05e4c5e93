package dev.skillgap.skills;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillStandingTests {

	static final Instant T = Instant.parse("2026-11-12T09:00:00Z");

	@Test
	void aValidationNewerThanTheSelfAssessmentIsTheEffectiveLevel() {
		SkillStanding standing = new SkillStanding("linux", self(1, 5, T), mentor(2, 3, T.plusSeconds(60)));
		assertThat(standing.effectiveLevel()).isEqualTo(3);
		assertThat(standing.validationCurrent()).isTrue();
	}

	@Test
	void aSelfAssessmentAfterTheValidationIsEffectiveAndNotYetValidated() {
		SkillStanding standing = new SkillStanding("linux", self(3, 4, T.plusSeconds(120)),
				mentor(2, 3, T.plusSeconds(60)));
		assertThat(standing.effectiveLevel()).isEqualTo(4);
		assertThat(standing.validationCurrent()).isFalse();
	}

	@Test
	void atTheSameInstantTheLaterRecordWins() {
		assertThat(new SkillStanding("linux", self(1, 5, T), mentor(2, 3, T)).effectiveLevel()).isEqualTo(3);
		assertThat(new SkillStanding("linux", self(3, 5, T), mentor(2, 3, T)).effectiveLevel()).isEqualTo(5);
	}

	@Test
	void onlyAValidationOrOnlyASelfAssessment() {
		assertThat(new SkillStanding("linux", null, mentor(1, 2, T)).effectiveLevel()).isEqualTo(2);
		assertThat(new SkillStanding("linux", self(1, 4, T), null).effectiveLevel()).isEqualTo(4);
		assertThat(new SkillStanding("linux", self(1, 4, T), null).validationCurrent()).isFalse();
	}

	private static SkillAssessment self(long id, int level, Instant at) {
		return new SkillAssessment(id, UUID.randomUUID(), "linux", level, AssessmentSource.SELF, null, null, null, null,
				at, null);
	}

	private static SkillAssessment mentor(long id, int level, Instant at) {
		return new SkillAssessment(id, UUID.randomUUID(), "linux", level, AssessmentSource.MENTOR, "note", null,
				UUID.randomUUID(), null, at, null);
	}

}

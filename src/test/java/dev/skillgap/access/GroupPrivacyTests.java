package dev.skillgap.access;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class GroupPrivacyTests {

	private final GroupPrivacy privacy = new GroupPrivacy(new GroupPrivacy.Properties(5));

	@Test
	void countsOverFewerPeopleThanTheMinimumAreHiddenFromAnyoneButALead() {
		assertThat(this.privacy.minGroupSize()).isEqualTo(5);
		assertThat(this.privacy.showsCounts(2)).isFalse();
		assertThat(this.privacy.showsCounts(4)).isFalse();
		assertThat(this.privacy.showsCounts(5)).isTrue();
		assertThat(this.privacy.showsCounts(audience(Audience.Standing.MEMBER), 4)).isFalse();
		assertThat(this.privacy.showsCounts(audience(Audience.Standing.MEMBER), 5)).isTrue();
		assertThat(this.privacy.showsCounts(audience(Audience.Standing.LEAD), 2)).isTrue();
	}

	@Test
	void theMinimumIsAtLeastOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new GroupPrivacy(new GroupPrivacy.Properties(0)));
		assertThat(new GroupPrivacy(new GroupPrivacy.Properties(1)).showsCounts(1)).isTrue();
	}

	private static Audience audience(Audience.Standing standing) {
		return new Audience(UUID.randomUUID(), UUID.randomUUID(), "team", standing);
	}

}

package dev.skillgap.platform;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TooManyAttemptsExceptionTests {

	private static long seconds(Duration wait) {
		return new TooManyAttemptsException(wait).retryAfterSeconds();
	}

	@Test
	void retryAfterIsWholeSecondsRoundedUpAndAtLeastOne() {
		assertThat(seconds(Duration.ZERO)).isEqualTo(1);
		assertThat(seconds(Duration.ofMillis(1))).isEqualTo(1);
		assertThat(seconds(Duration.ofMillis(1000))).isEqualTo(1);
		assertThat(seconds(Duration.ofMillis(1001))).isEqualTo(2);
		assertThat(seconds(Duration.ofMinutes(15))).isEqualTo(900);
	}

	@Test
	void theMessageTellsHowLongToWait() {
		assertThat(new TooManyAttemptsException(Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
	}

}

package dev.skillgap.postings;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.MutableClock;
import dev.skillgap.TestAccounts;
import dev.skillgap.platform.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Posting analyses per person (issue 26, item 7): counted in PostgreSQL, so every
 * instance shares the count; beyond the limit the API answers 429 with Retry-After, and
 * the next window serves again.
 */
@IntegrationTest
class PostingThrottleIntegrationTests {

	private static final String POSTING = "【業務内容】Linuxサーバーの構築・運用";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PostingThrottleProperties properties;

	@Test
	void aPersonGetsTheirAnalysesPerWindowThenWaits() {
		MutableClock clock = new MutableClock(Instant.now());
		PostingThrottle throttle = new PostingThrottle(this.jdbc,
				new PostingThrottleProperties(3, Duration.ofMinutes(10)), clock);
		UUID someone = register();
		UUID another = register();
		for (int i = 0; i < 3; i++) {
			throttle.recordAnalysis(someone);
			clock.advance(Duration.ofMinutes(1));
		}

		TooManyAttemptsException refused = catchThrowableOfType(TooManyAttemptsException.class,
				() -> throttle.recordAnalysis(someone));
		assertThat(refused).as("the fourth analysis in ten minutes").isNotNull();
		assertThat(refused.retryAfterSeconds()).isEqualTo(Duration.ofMinutes(7).toSeconds());
		assertThatCode(() -> throttle.recordAnalysis(another)).as("someone else").doesNotThrowAnyException();

		clock.advance(Duration.ofMinutes(7));
		assertThatCode(() -> throttle.recordAnalysis(someone)).as("the next window").doesNotThrowAnyException();
	}

	@Test
	void theApiAnswers429WithRetryAfterOnceThePersonUsedUpTheWindow() throws Exception {
		TestAccounts.TestUser user = new TestAccounts(this.mvc).register();
		Learner learner = new Learner(user.client());
		learner.post("/api/postings/analyze", Json.object("text", POSTING)).andExpect(status().isOk());
		// the rest of the window used up, as by many analyses in a row
		this.jdbc.sql("update posting_analysis_throttle set analyses = :max where account_id = :id")
			.param("max", this.properties.maxPerWindow())
			.param("id", user.id())
			.update();

		for (String path : new String[] { "/api/postings/analyze", "/api/me/postings" }) {
			MvcResult refused = learner.post(path, Json.object("text", POSTING))
				.andExpect(status().isTooManyRequests())
				.andReturn();
			assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
			assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L,
					this.properties.window().toSeconds());
		}
		learner.get("/api/me/postings").andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from job_posting where account_id = :id")
			.param("id", user.id())
			.query(Integer.class)
			.single()).as("nothing saved past the limit").isZero();
	}

	private UUID register() {
		try {
			return new TestAccounts(this.mvc).register().id();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}

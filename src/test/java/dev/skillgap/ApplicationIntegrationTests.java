package dev.skillgap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static dev.skillgap.ProblemDetails.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The application as operators and clients first meet it: probes, OpenAPI, the SPA. */
@IntegrationTest
class ApplicationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void livenessAndReadinessAreUp() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void healthRevealsNoDetailsToAnonymousCallers() throws Exception {
		MvcResult health = this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andReturn();
		assertThat(Json.body(health)).doesNotContain("jdbc").doesNotContain("PostgreSQL");
	}

	@Test
	void theOpenApiDescriptionListsTheIdentityRoutes() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.paths['/api/auth/register'].post").exists())
			.andExpect(jsonPath("$.paths['/api/auth/login'].post").exists())
			.andExpect(jsonPath("$.paths['/api/auth/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/auth/me'].patch").exists())
			.andExpect(jsonPath("$.paths['/api/auth/csrf'].get").exists());
	}

	@Test
	void securityHeadersAreSet() throws Exception {
		this.mvc.perform(get("/api/auth/csrf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Cache-Control", containsString("no-store")));
	}

	@Test
	void apiPathsNeverFallBackToTheSinglePageApp() throws Exception {
		TestClient user = new TestAccounts(this.mvc).register().client();
		for (String path : new String[] { "/api/skills-that-do-not-exist", "/api/auth/nothing", "/api/auth/" }) {
			MvcResult result = user.perform(get(path).accept(MediaType.TEXT_HTML, MediaType.ALL)).andReturn();
			assertThat(result.getResponse().getStatus()).as("status of %s", path).isEqualTo(404);
			ProblemDetails.assertProblem(result, 404);
			assertThat(Json.body(result)).as(path)
				.doesNotContainIgnoringCase("<!doctype")
				.doesNotContainIgnoringCase("<html");
		}
		this.mvc.perform(get("/api/auth/nothing").accept(MediaType.TEXT_HTML)).andExpect(problem(401));
	}

	@Test
	void clientRoutesAreAnsweredWithTheSinglePageApp() throws Exception {
		assumeThat(new ClassPathResource("static/index.html").exists())
			.as("the frontend was built into static/ (not with -DskipFrontend)")
			.isTrue();
		this.mvc.perform(get("/skills").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		this.mvc.perform(get("/roles/cloud-engineer").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
		// a missing asset is not answered with the page
		this.mvc.perform(get("/assets/missing-file.js")).andExpect(status().isNotFound());
	}

}

package dev.skillgap;

import java.util.List;

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
			.andExpect(jsonPath("$.paths['/api/auth/csrf'].get").exists())
			.andExpect(jsonPath("$.paths['/api/auth/logout'].post").exists())
			.andExpect(jsonPath("$.paths['/api/auth/logout'].post.responses['204']").exists());
	}

	@Test
	void theOpenApiDescriptionListsEveryModulesRoutes() throws Exception {
		String[][] routes = { { "/api/skills", "get" }, { "/api/skills/categories", "get" },
				{ "/api/skills/scale", "get" }, { "/api/me/skills", "get" }, { "/api/me/skills/{skillCode}", "put" },
				{ "/api/me/skills/history", "get" }, { "/api/me/skills/{skillCode}/history", "get" },
				{ "/api/roles", "get" }, { "/api/roles/{code}", "get" }, { "/api/me/fit", "get" },
				{ "/api/me/fit/{roleCode}", "get" }, { "/api/me/fit/explanation", "get" },
				{ "/api/me/fit/what-if", "post" }, { "/api/me/fit/history", "get" }, { "/api/learning/items", "get" },
				{ "/api/learning/items/{code}", "get" }, { "/api/me/recommendations", "get" },
				{ "/api/me/plan", "get" }, { "/api/me/plan", "post" }, { "/api/me/plan/order", "put" },
				{ "/api/me/plan/{itemCode}", "patch" }, { "/api/me/plan/{itemCode}", "delete" },
				{ "/api/me/plan/{itemCode}/hours", "post" }, { "/api/me/plan/{itemCode}/proposed-levels", "get" },
				{ "/api/me/plan/{itemCode}/apply-levels", "post" }, { "/api/me/goal", "get" },
				{ "/api/me/goal", "put" }, { "/api/me/goal", "delete" }, { "/api/me/career", "get" },
				{ "/api/me/career/current", "put" }, { "/api/postings/analyze", "post" }, { "/api/me/postings", "get" },
				{ "/api/me/postings", "post" }, { "/api/me/postings/{id}", "get" },
				{ "/api/me/postings/{id}", "delete" }, { "/api/me/postings/{id}/history", "get" },
				{ "/api/me/postings/compare", "get" } };
		String docs = Json.body(this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn());
		for (String[] route : routes) {
			assertThat(Json.<Object>read(docs, "$.paths['" + route[0] + "']." + route[1]))
				.as("%s %s is documented", route[1].toUpperCase(java.util.Locale.ROOT), route[0])
				.isNotNull();
		}
	}

	@Test
	void theOpenApiDescriptionDocumentsHowToCallTheJobPostingsRoutes() throws Exception {
		String docs = Json.body(this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn());
		String compare = "$.paths['/api/me/postings/compare'].get";
		assertThat(Json.<List<String>>read(docs, compare + ".tags")).containsExactly("Job postings");
		assertThat(Json.<List<Object>>read(docs, compare + ".parameters[?(@.name == 'ids')].required"))
			.containsExactly(true);
		assertThat(Json.<List<Object>>read(docs, compare + ".parameters[?(@.name == 'ids')].schema.type"))
			.containsExactly("array");
		assertThat(Json.<List<Object>>read(docs,
				"$.paths['/api/me/postings/{id}'].get.parameters[?(@.name == 'id')].schema.format"))
			.containsExactly("uuid");
		assertThat(Json.<Object>read(docs, "$.paths['/api/postings/analyze'].post.requestBody")).isNotNull();
		assertThat(Json.<Object>read(docs, "$.paths['/api/me/postings'].post.responses['201']")).isNotNull();
		assertThat(Json.<Object>read(docs, "$.paths['/api/me/postings/{id}'].delete.responses['204']")).isNotNull();
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
		for (String path : new String[] { "/api", "/api/", "/api/skills-that-do-not-exist", "/api/auth/nothing",
				"/api/auth/" }) {
			MvcResult result = user.perform(get(path).accept(MediaType.TEXT_HTML, MediaType.ALL)).andReturn();
			assertThat(result.getResponse().getStatus()).as("status of %s", path).isEqualTo(404);
			ProblemDetails.assertProblem(result, 404);
			assertThat(Json.body(result)).as(path)
				.doesNotContainIgnoringCase("<!doctype")
				.doesNotContainIgnoringCase("<html");
		}
		this.mvc.perform(get("/api/auth/nothing").accept(MediaType.TEXT_HTML)).andExpect(problem(401));
		this.mvc.perform(get("/api").accept(MediaType.TEXT_HTML)).andExpect(problem(401));
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

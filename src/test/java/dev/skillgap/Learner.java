package dev.skillgap;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A logged-in learner using the {@code /api/me/**} routes through a {@link TestClient}:
 * short verbs for what tests do over and over (record levels, read the fit, add to the
 * plan), in one language ({@code Accept-Language}, English unless {@link #in(String)}).
 */
public final class Learner {

	private final TestClient client;

	private final String language;

	public Learner(TestClient client) {
		this(client, "en");
	}

	private Learner(TestClient client, String language) {
		this.client = client;
		this.language = language;
	}

	/** The same learner (same session) asking in another language. */
	public Learner in(String language) {
		return new Learner(this.client, language);
	}

	public TestClient client() {
		return this.client;
	}

	// raw requests

	public ResultActions get(String path) throws Exception {
		return send(MockMvcRequestBuilders.get(path));
	}

	public ResultActions post(String path, String json) throws Exception {
		return send(withJson(MockMvcRequestBuilders.post(path), json));
	}

	public ResultActions put(String path, String json) throws Exception {
		return send(withJson(MockMvcRequestBuilders.put(path), json));
	}

	public ResultActions patch(String path, String json) throws Exception {
		return send(withJson(MockMvcRequestBuilders.patch(path), json));
	}

	public ResultActions delete(String path) throws Exception {
		return send(MockMvcRequestBuilders.delete(path));
	}

	/** The JSON body of a GET that must answer 200. */
	public String body(String path) throws Exception {
		return Json.body(get(path).andExpect(status().isOk()).andReturn());
	}

	/** A value of the body of a GET that must answer 200, by JSON path. */
	public <T> T read(String path, String jsonPath) throws Exception {
		return Json.read(body(path), jsonPath);
	}

	private ResultActions send(MockHttpServletRequestBuilder request) throws Exception {
		return this.client.perform(request.header("Accept-Language", this.language));
	}

	private static MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, String json) {
		return request.contentType(MediaType.APPLICATION_JSON).content(json);
	}

	// skills

	/** {@code PUT /api/me/skills/{skill}} with only a level (any JSON value). */
	public ResultActions putLevel(String skill, Object level) throws Exception {
		return put("/api/me/skills/" + skill, Json.object("level", level));
	}

	/** Records levels (each must answer 200), in the order given. */
	public Learner records(Levels levels) throws Exception {
		for (Map.Entry<String, Integer> level : levels.asMap().entrySet()) {
			putLevel(level.getKey(), level.getValue()).andExpect(status().isOk());
		}
		return this;
	}

	/** {@code GET /api/me/skills} as skill code to level. */
	public Map<String, Integer> currentLevels() throws Exception {
		List<Map<String, Object>> entries = read("/api/me/skills", "$");
		Map<String, Integer> levels = new java.util.TreeMap<>();
		entries.forEach((entry) -> levels.put((String) entry.get("skillCode"), (Integer) entry.get("level")));
		return levels;
	}

	// fit

	/** {@code GET /api/me/fit} as role code to fit, in the order answered. */
	public Map<String, Double> fits() throws Exception {
		List<Map<String, Object>> ranking = read("/api/me/fit", "$");
		Map<String, Double> fits = new java.util.LinkedHashMap<>();
		ranking.forEach((fit) -> fits.put((String) fit.get("roleCode"), ((Number) fit.get("fit")).doubleValue()));
		return fits;
	}

	public double fitTo(String role) throws Exception {
		return this.<Number>read("/api/me/fit/" + role, "$.fit").doubleValue();
	}

	public String bestRole() throws Exception {
		return fits().keySet().iterator().next();
	}

	// plan

	/** {@code POST /api/me/plan} (201 expected). */
	public Learner plans(String itemCode) throws Exception {
		post("/api/me/plan", Json.object("itemCode", itemCode)).andExpect(status().isCreated());
		return this;
	}

	/** {@code PATCH /api/me/plan/{item}} with a new status. */
	public ResultActions moves(String itemCode, String status) throws Exception {
		return patch("/api/me/plan/" + itemCode, Json.object("status", status));
	}

	/** The item codes of the plan in its order. */
	public List<String> planOrder() throws Exception {
		return read("/api/me/plan", "$.items[*].item.code");
	}

}

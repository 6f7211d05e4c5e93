package dev.skillgap.learning;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.ProblemDetails;
import dev.skillgap.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many requests of one learner at the same time, through a real Tomcat on a real
 * PostgreSQL (as two browser tabs or a double click send them): writes that move plan
 * positions run one at a time per learner, so none fails with a 500 and the plan stays
 * consistent: every item once, on positions 0..n-1.
 */
@IntegrationTest
class PlanConcurrencyIntegrationTests {

	static final int PARALLEL = 20;

	@LocalServerPort
	int port;

	private List<String> catalog;

	@BeforeEach
	void readTheCatalog() throws Exception {
		HttpTestClient client = register();
		this.catalog = Json.read(ok(client.get("/api/learning/items")).body(), "$[*].code");
		assertThat(this.catalog).hasSizeGreaterThan(PARALLEL + 10);
	}

	@Test
	void parallelReordersAllSucceedAndLeaveOneOfTheOrders() throws Exception {
		HttpTestClient learner = register();
		List<String> items = this.catalog.subList(0, 8);
		for (String item : items) {
			assertThat(add(learner, item).statusCode()).isEqualTo(201);
		}
		Random random = new Random(42);
		List<List<String>> orders = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			List<String> order = new ArrayList<>(items);
			Collections.shuffle(order, random);
			orders.add(order);
		}

		List<HttpResponse<String>> responses = inParallel(learner, (client, i) -> client.send("PUT",
				"/api/me/plan/order", json(Json.object("itemCodes", orders.get(i))), "application/json"));

		responses.forEach((response) -> assertThat(response.statusCode()).as(response.body()).isEqualTo(200));
		List<String> plan = assertConsistentPlan(learner);
		assertThat(orders).as("the plan is in one of the orders sent").contains(plan);
	}

	@Test
	void parallelAdditionsOfDistinctItemsGetDistinctPositions() throws Exception {
		HttpTestClient learner = register();
		List<String> items = this.catalog.subList(0, PARALLEL);

		List<HttpResponse<String>> responses = inParallel(learner, (client, i) -> add(client, items.get(i)));

		responses.forEach((response) -> assertThat(response.statusCode()).as(response.body()).isEqualTo(201));
		assertThat(assertConsistentPlan(learner)).containsExactlyInAnyOrderElementsOf(items);
	}

	@Test
	void parallelAdditionsOfTheSameItemAddItOnce() throws Exception {
		HttpTestClient learner = register();
		String item = this.catalog.get(0);

		List<HttpResponse<String>> responses = inParallel(learner, (client, i) -> add(client, item));

		assertThat(responses).filteredOn((response) -> response.statusCode() == 201).hasSize(1);
		List<HttpResponse<String>> refused = responses.stream()
			.filter((response) -> response.statusCode() != 201)
			.toList();
		assertThat(refused).hasSize(PARALLEL - 1);
		for (HttpResponse<String> response : refused) {
			ProblemDetails.assertProblem(409, response.headers().firstValue("Content-Type").orElse(null),
					response.body());
			assertThat(Json.<String>read(response.body(), "$.errors[0].field")).isEqualTo("itemCode");
		}
		assertThat(assertConsistentPlan(learner)).containsExactly(item);
	}

	@Test
	void parallelAdditionsAndRemovalsKeepThePositionsInARow() throws Exception {
		HttpTestClient learner = register();
		List<String> kept = this.catalog.subList(0, 5);
		List<String> removed = this.catalog.subList(5, 15);
		List<String> added = this.catalog.subList(15, 25);
		for (String item : this.catalog.subList(0, 15)) {
			assertThat(add(learner, item).statusCode()).isEqualTo(201);
		}

		List<HttpResponse<String>> responses = inParallel(learner,
				(client, i) -> (i % 2 == 0) ? add(client, added.get(i / 2)) : client.send("DELETE",
						"/api/me/plan/" + removed.get(i / 2), HttpRequest.BodyPublishers.noBody(), null));

		responses.forEach((response) -> assertThat(response.statusCode()).as(response.body()).isIn(201, 204));
		List<String> plan = assertConsistentPlan(learner);
		assertThat(plan).containsExactlyInAnyOrderElementsOf(concat(kept, added));
		assertThat(plan.subList(0, kept.size())).as("the items not removed keep their order").isEqualTo(kept);
	}

	/**
	 * Reads the plan and checks it is consistent: each item once, positions 0..n-1 in the
	 * order listed.
	 * @return the item codes in their order
	 */
	private static List<String> assertConsistentPlan(HttpTestClient learner) throws Exception {
		String body = ok(learner.get("/api/me/plan")).body();
		List<String> codes = Json.read(body, "$.items[*].item.code");
		List<Integer> positions = Json.read(body, "$.items[*].position");
		assertThat(codes).as("every item once").doesNotHaveDuplicates();
		assertThat(positions).as("positions of %s", codes)
			.containsExactlyElementsOf(IntStream.range(0, codes.size()).boxed().toList());
		return codes;
	}

	private HttpTestClient register() throws Exception {
		HttpTestClient client = new HttpTestClient(this.port);
		HttpResponse<String> response = client.postJson("/api/auth/register", Json.object("email",
				TestAccounts.uniqueEmail("concurrent"), "password", TestAccounts.PASSWORD, "displayName", "Parallel"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return client;
	}

	private static HttpResponse<String> add(HttpTestClient client, String item) throws Exception {
		return client.postJson("/api/me/plan", Json.object("itemCode", item));
	}

	private static HttpResponse<String> ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response;
	}

	private static HttpRequest.BodyPublisher json(String json) {
		return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	/**
	 * Sends {@link #PARALLEL} requests of the learner at once, each from its own client
	 * with the learner's cookies (session and CSRF token), released together.
	 */
	private List<HttpResponse<String>> inParallel(HttpTestClient learner, Request request) throws Exception {
		Map<String, String> cookies = Map.copyOf(learner.cookies());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService executor = Executors.newFixedThreadPool(PARALLEL);
		try {
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < PARALLEL; i++) {
				int index = i;
				HttpTestClient client = new HttpTestClient(this.port);
				client.cookies().putAll(cookies);
				Callable<HttpResponse<String>> call = () -> {
					start.await();
					return request.send(client, index);
				};
				futures.add(executor.submit(call));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				responses.add(future.get(60, TimeUnit.SECONDS));
			}
			return responses;
		}
		finally {
			executor.shutdownNow();
		}
	}

	/** One of the parallel requests, by its index. */
	@FunctionalInterface
	interface Request {

		HttpResponse<String> send(HttpTestClient client, int index) throws Exception;

	}

}

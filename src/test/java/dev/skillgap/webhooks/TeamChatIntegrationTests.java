package dev.skillgap.webhooks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import dev.skillgap.IntegrationTest;
import dev.skillgap.Json;
import dev.skillgap.Learner;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestAccounts.TestUser;
import dev.skillgap.Teams;
import dev.skillgap.platform.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A team's chat: deliveries reach a receiver this test runs on the loopback address with
 * the documented JSON (Slack's {@code {"text"}}, Teams' Adaptive Card), a chat answering
 * 500 gets the message again later, nothing is sent after the team disconnects, the
 * address is a secret (masked when shown, never in the log), and internal addresses are
 * refused.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TeamChatIntegrationTests {

	static final String SECRET = "T000/B000/s3cr3t-" + UUID.randomUUID();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<Job> jobs;

	HttpServer receiver;

	final List<String> received = new CopyOnWriteArrayList<>();

	final AtomicInteger answer = new AtomicInteger(200);

	@BeforeEach
	void startReceiver() throws IOException {
		this.receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.receiver.createContext("/hooks/", (exchange) -> {
			this.received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			exchange.sendResponseHeaders(this.answer.get(), -1);
			exchange.close();
		});
		this.receiver.start();
	}

	@AfterEach
	void stopReceiver() {
		this.receiver.stop(0);
	}

	String hookUrl() {
		return "http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/hooks/" + SECRET;
	}

	@Test
	void membersJoiningAndLeavingReachTheChatRetriedOn500AndStopAfterDisconnecting(CapturedOutput output)
			throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		TestUser lead = accounts.register(TestAccounts.uniqueEmail("lead"), TestAccounts.PASSWORD, "Lena", "en");
		TestUser member = accounts.register(TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD, "Kenta", "ja");
		String name = "Chat team " + UUID.randomUUID().toString().substring(0, 6);
		UUID team = Teams.create(lead, name);
		Learner leader = new Learner(lead.client());

		leader.put("/api/teams/" + team + "/webhook", Json.object("url", hookUrl(), "kind", "slack"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("slack"))
			.andExpect(jsonPath("$.url").value("http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/••••"));
		assertThat(leader.body("/api/teams/" + team + "/webhook")).doesNotContain(SECRET);
		assertThat(this.jdbc.sql("select url_sealed from team_webhook where team_id = :t")
			.param("t", team)
			.query(String.class)
			.single()).doesNotContain(SECRET).doesNotContain("127.0.0.1");

		// a member joins: the chat hears it, as Slack's JSON
		Teams.join(lead, team, member);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.received.size() == 1);
		assertThat(Json.<String>read(this.received.get(0), "$.text")).isEqualTo("Kenta joined the team " + name + ".");

		// the chat fails: the message waits and is sent again
		this.answer.set(500);
		new Learner(member.client()).delete("/api/teams/" + team + "/members/" + member.id())
			.andExpect(status().isNoContent());
		await().atMost(Duration.ofSeconds(20)).until(() -> this.received.size() == 2);
		await().atMost(Duration.ofSeconds(10)).until(() -> "pending".equals(lastStatus(team)));
		assertThat(leader.body("/api/teams/" + team + "/webhook")).contains("\"lastStatus\":500");
		this.answer.set(200);
		deliver(Instant.now().plus(Duration.ofMinutes(2)));
		assertThat(this.received).hasSize(3);
		assertThat(Json.<String>read(this.received.get(2), "$.text")).isEqualTo("Kenta left the team " + name + ".");
		assertThat(lastStatus(team)).isEqualTo("delivered");

		// Microsoft Teams: an Adaptive Card
		leader.put("/api/teams/" + team + "/webhook", Json.object("url", hookUrl(), "kind", "teams"))
			.andExpect(status().isOk());
		Teams.join(lead, team, member);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.received.size() == 4);
		String card = this.received.get(3);
		assertThat(Json.<String>read(card, "$.type")).isEqualTo("message");
		assertThat(Json.<String>read(card, "$.attachments[0].contentType"))
			.isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(Json.<String>read(card, "$.attachments[0].content.body[0].text"))
			.isEqualTo("Kenta joined the team " + name + ".");

		// disconnected: what waits is cancelled and nothing more is sent
		this.answer.set(500);
		new Learner(member.client()).delete("/api/teams/" + team + "/members/" + member.id())
			.andExpect(status().isNoContent());
		await().atMost(Duration.ofSeconds(20)).until(() -> this.received.size() == 5);
		leader.delete("/api/teams/" + team + "/webhook").andExpect(status().isNoContent());
		leader.get("/api/teams/" + team + "/webhook").andExpect(status().isNoContent());
		this.answer.set(200);
		deliver(Instant.now().plus(Duration.ofHours(2)));
		Teams.join(lead, team, member);
		Thread.sleep(1500);
		assertThat(this.received).hasSize(5);

		assertThat(output.getAll()).doesNotContain(SECRET);
	}

	@Test
	void onlyPublicHttpsAddressesAreAccepted() throws Exception {
		TestUser lead = new TestAccounts(this.mvc).register();
		UUID team = Teams.create(lead, "Guarded " + UUID.randomUUID());
		Learner leader = new Learner(lead.client());
		for (String url : List.of("http://10.1.2.3/hook", "https://192.168.0.10/hook", "http://169.254.169.254/latest",
				"https://[fd00::1]/hook", "ftp://example.com/hook", "https://user:pw@hooks.example/x", "not a url")) {
			leader.put("/api/teams/" + team + "/webhook", Json.object("url", url, "kind", "slack"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("url"));
		}
		leader.put("/api/teams/" + team + "/webhook", Json.object("url", hookUrl(), "kind", "discord"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		assertThat(WebhookAddress.isPublic(InetAddress.getByName("100.64.0.1"))).isFalse();
		assertThat(WebhookAddress.isPublic(InetAddress.getByName("::ffff:10.0.0.1"))).isFalse();
		assertThat(WebhookAddress.isPublic(InetAddress.getByName("93.184.216.34"))).isTrue();
		assertThat(WebhookDeliveries.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(WebhookDeliveries.retryDelay(3)).isEqualTo(Duration.ofMinutes(4));
		assertThat(WebhookDeliveries.retryDelay(20)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aSkillMeetingItsCoverageTargetIsTold() throws Exception {
		TestAccounts accounts = new TestAccounts(this.mvc);
		TestUser lead = accounts.register(TestAccounts.uniqueEmail("lead"), TestAccounts.PASSWORD, "Lena", "en");
		TestUser member = accounts.register();
		UUID team = Teams.create(lead, "Coverage " + UUID.randomUUID().toString().substring(0, 6));
		Teams.join(lead, team, member);
		Learner leader = new Learner(lead.client());
		leader
			.put("/api/teams/" + team + "/targets",
					Json.object("roleMix", List.of(), "coverage",
							List.of(Map.of("skillCode", "linux-administration", "targetLevel", 3, "required", 1))))
			.andExpect(status().isOk());
		leader.put("/api/teams/" + team + "/webhook", Json.object("url", hookUrl(), "kind", "slack"))
			.andExpect(status().isOk());
		run("coverage-watch");
		int before = this.received.size();
		new Learner(member.client()).putLevel("linux-administration", 3).andExpect(status().isOk());
		run("coverage-watch");
		await().atMost(Duration.ofSeconds(20)).until(() -> this.received.size() == before + 1);
		assertThat(Json.<String>read(this.received.get(before), "$.text")).startsWith("Coverage target met: Linux");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("select count(*) from notification where recipient_id = :l and kind = 'coverage-met'")
				.param("l", lead.id())
				.query(Integer.class)
				.single() == 1);
	}

	private void deliver(Instant at) {
		this.jobs.stream().filter((j) -> j.name().equals("webhook-deliveries")).findFirst().orElseThrow().run(at);
	}

	private void run(String job) {
		this.jobs.stream().filter((j) -> j.name().equals(job)).findFirst().orElseThrow().run(Instant.now());
	}

	private String lastStatus(UUID team) {
		return this.jdbc.sql("select status from webhook_delivery where team_id = :t order by id desc limit 1")
			.param("t", team)
			.query(String.class)
			.single();
	}

}

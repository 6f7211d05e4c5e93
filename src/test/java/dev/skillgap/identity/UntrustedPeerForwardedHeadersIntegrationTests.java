package dev.skillgap.identity;

import java.net.http.HttpResponse;
import java.util.Arrays;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.TestAccounts;
import dev.skillgap.TestClock;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.skillgap.identity.ForwardedHeadersIntegrationTests.assertTooManyAttempts;
import static dev.skillgap.identity.ForwardedHeadersIntegrationTests.login;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that connects directly (not through a trusted proxy) cannot choose its address
 * with {@code X-Forwarded-For}: rotating the header does not get around the login
 * throttle. The app trusts a proxy on loopback by default, so during each test the
 * running Tomcat trusts another proxy only, as
 * {@code server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.10} would make it (a
 * context of its own for that property would start the whole app again for one test); the
 * loopback peer of these requests is then an ordinary client. Tests run one at a time,
 * and MockMvc requests do not pass through Tomcat.
 */
@IntegrationTest
class UntrustedPeerForwardedHeadersIntegrationTests {

	/**
	 * The login throttle's clock stands still during each test, so that a one-second lock
	 * cannot run out half-way through it.
	 */
	@BeforeEach
	void stopTheThrottlesClock() {
		TestClock.freeze();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServletWebServerApplicationContext context;

	@Value("${server.tomcat.remoteip.internal-proxies}")
	String configuredProxies;

	@BeforeEach
	void trustAnotherProxyOnly() {
		RemoteIpValve valve = remoteIpValve();
		assertThat(valve.getInternalProxies()).as("the proxies Tomcat trusts").isEqualTo(this.configuredProxies);
		valve.setInternalProxies("192\\.0\\.2\\.10");
	}

	@AfterEach
	void trustTheConfiguredProxiesAgain() {
		remoteIpValve().setInternalProxies(this.configuredProxies);
	}

	private RemoteIpValve remoteIpValve() {
		Valve[] valves = ((TomcatWebServer) this.context.getWebServer()).getTomcat()
			.getEngine()
			.getPipeline()
			.getValves();
		return Arrays.stream(valves)
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * The loopback peer's address bucket is shared with every other test that talks HTTP
	 * from loopback (and the database outlives this class): start clean and leave nothing
	 * behind.
	 */
	@BeforeEach
	@AfterEach
	void forgetTheLoopbackAddress() {
		this.jdbc.sql("delete from login_throttle where bucket in ('address:127.0.0.1', 'address:0:0:0:0:0:0:0:1')")
			.update();
	}

	@Test
	void rotatingForwardedForDoesNotGetAroundTheAddressThrottle() throws Exception {
		HttpTestClient attacker = new HttpTestClient(this.port);
		String email = ForwardedHeadersIntegrationTests.register(attacker);
		for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
			attacker.withHeader("X-Forwarded-For", "198.51.100." + (i + 1));
			HttpResponse<String> response = login(attacker, TestAccounts.uniqueEmail("spray"), "Summer2030!!");
			assertThat(response.statusCode()).as("attempt %s: %s", i + 1, response.body()).isEqualTo(401);
		}
		attacker.withHeader("X-Forwarded-For", "198.51.100.200");
		assertTooManyAttempts(login(attacker, TestAccounts.uniqueEmail("spray"), "Summer2030!!"));
		// the right password from that peer waits too, whatever it claims to be
		HttpTestClient owner = new HttpTestClient(this.port).withHeader("X-Forwarded-For", "203.0.113.77");
		assertTooManyAttempts(login(owner, email, TestAccounts.PASSWORD));
	}

}

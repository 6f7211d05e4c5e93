package dev.skillgap.identity;

import java.net.http.HttpResponse;

import dev.skillgap.HttpTestClient;
import dev.skillgap.IntegrationTest;
import dev.skillgap.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.skillgap.identity.ForwardedHeadersIntegrationTests.assertTooManyAttempts;
import static dev.skillgap.identity.ForwardedHeadersIntegrationTests.login;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that connects directly (not through a trusted proxy) cannot choose its address
 * with {@code X-Forwarded-For}: rotating the header does not get around the login
 * throttle. Tomcat trusts loopback as a proxy by default, so this test names another
 * proxy, which makes the loopback peer of these requests an ordinary client.
 */
@IntegrationTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=192\\.0\\.2\\.10")
@Import(ThrottleOnTestClock.class)
class UntrustedPeerForwardedHeadersIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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

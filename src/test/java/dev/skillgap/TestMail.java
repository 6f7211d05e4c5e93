package dev.skillgap;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The in-process SMTP server (GreenMail) of the tests that read the app's mail: each test
 * class registers its own
 * ({@code @RegisterExtension static final GreenMailExtension smtp =
 * TestMail.server(SMTP_PORT)}, up for the whole class) and points the app at it from a
 * {@code @DynamicPropertySource} with {@link #properties}.
 */
public final class TestMail {

	/** The public address the app writes into its mail's links. */
	public static final String PUBLIC_URL = "https://skillgap.example";

	/**
	 * How long a mail may take: notifications are mailed after the transaction commits.
	 */
	public static final Duration DELIVERY = Duration.ofSeconds(30);

	private TestMail() {
	}

	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static GreenMailExtension server(int port) {
		return new GreenMailExtension(ServerSetupTest.SMTP.port(port)).withPerMethodLifecycle(false);
	}

	public static void properties(DynamicPropertyRegistry registry, int port) {
		registry.add("spring.mail.host", () -> "localhost");
		registry.add("spring.mail.port", () -> port);
		registry.add("skillgap.public-url", () -> PUBLIC_URL);
	}

	/** The mails the server received for an address, oldest first. */
	public static List<MimeMessage> to(GreenMailExtension smtp, String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> {
			try {
				return Arrays.stream(mail.getRecipients(RecipientType.TO))
					.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

}

package dev.skillgap;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

/**
 * The in-process SMTP server (GreenMail) of the tests that read the app's mail: one per
 * JVM, started on first use and kept until the JVM ends. The
 * {@link DeliveryIntegrationTest} application sends its mail there; a test reads the mail
 * of the addresses it used ({@link #to}, {@link #awaitMail}), never all of it, since
 * other tests mail it too.
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

	/**
	 * The JVM's SMTP server, running unless a test stopped it (one that does must start
	 * it again; it comes back on the same port with the mail it had).
	 */
	public static GreenMail server() {
		return Server.INSTANCE;
	}

	/** The mails the server received for an address, oldest first. */
	public static List<MimeMessage> to(String address) {
		return to(server().getReceivedMessages(), address);
	}

	/** The first mail to an address, waiting up to {@link #DELIVERY} for it. */
	public static MimeMessage awaitMail(String address) {
		return Awaitility.await().atMost(DELIVERY).until(() -> to(address), (mails) -> !mails.isEmpty()).get(0);
	}

	private static List<MimeMessage> to(MimeMessage[] mails, String address) {
		return Arrays.stream(mails).filter((mail) -> {
			try {
				return Arrays.stream(mail.getRecipients(RecipientType.TO))
					.anyMatch((recipient) -> recipient.toString().equalsIgnoreCase(address));
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static final class Server {

		static final GreenMail INSTANCE = start();

		private static GreenMail start() {
			GreenMail server = new GreenMail(ServerSetupTest.SMTP.port(freePort()));
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "test-smtp-shutdown"));
			return server;
		}

		private static int freePort() {
			try (ServerSocket socket = new ServerSocket(0)) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}

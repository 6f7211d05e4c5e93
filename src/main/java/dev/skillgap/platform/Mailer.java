package dev.skillgap.platform;

import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mail in the reader's language when an SMTP server is configured
 * ({@code spring.mail.host}, i.e. {@code SPRING_MAIL_HOST}); without one,
 * {@link #enabled()} is false and nothing is sent. Subject and body are {@link Message}s
 * rendered from the message bundles for the recipient's locale.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final @Nullable JavaMailSender sender;

	private final MessageRenderer renderer;

	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, MessageRenderer renderer,
			@Value("${skillgap.mail.from:Skillgap <no-reply@skillgap.invalid>}") String from) {
		this.sender = sender.getIfAvailable();
		this.renderer = renderer;
		this.from = from;
	}

	/** Whether an SMTP server is configured, so that mail is really sent. */
	public boolean enabled() {
		return this.sender != null;
	}

	/**
	 * Sends one mail, or does nothing when {@link #enabled() disabled}.
	 * @return whether it was handed to the SMTP server
	 * @throws MailException when the SMTP server refuses it or cannot be reached (callers
	 * that run from the event registry let it propagate, so that the event is retried)
	 */
	public boolean send(String to, Locale locale, Message subject, Message body) {
		return send(to, locale, subject, body, Map.of());
	}

	/**
	 * Sends one mail with extra headers (such as RFC 8058's {@code List-Unsubscribe} and
	 * {@code List-Unsubscribe-Post}), or does nothing when {@link #enabled() disabled}.
	 * @return whether it was handed to the SMTP server
	 * @throws MailException as {@link #send(String, Locale, Message, Message)}
	 */
	public boolean send(String to, Locale locale, Message subject, Message body, Map<String, String> headers) {
		if (this.sender == null) {
			return false;
		}
		if (!headers.isEmpty()) {
			MimeMessage mail = this.sender.createMimeMessage();
			try {
				MimeMessageHelper helper = new MimeMessageHelper(mail, false, "UTF-8");
				helper.setFrom(this.from);
				helper.setTo(to);
				helper.setSubject(this.renderer.render(subject, locale));
				helper.setText(this.renderer.render(body, locale));
				for (Map.Entry<String, String> header : headers.entrySet()) {
					mail.setHeader(header.getKey(), header.getValue());
				}
			}
			catch (MessagingException ex) {
				throw new MailPreparationException(ex);
			}
			this.sender.send(mail);
			log.debug("Mail sent subject={} locale={} headers={}", subject, locale, headers.keySet());
			return true;
		}
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(to);
		mail.setSubject(this.renderer.render(subject, locale));
		mail.setText(this.renderer.render(body, locale));
		this.sender.send(mail);
		log.debug("Mail sent subject={} locale={}", subject, locale);
		return true;
	}

}

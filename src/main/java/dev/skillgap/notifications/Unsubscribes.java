package dev.skillgap.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.Secrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-click unsubscribe (RFC 8058) for every notification mail: a link with a signed
 * token naming the person and what the mail was (a kind of notification, or a daily or
 * weekly digest), that turns that off without logging in: the kind is then delivered in
 * the app only; for a digest, every kind delivered in that digest is. Nothing else
 * changes.
 */
@Service
public class Unsubscribes {

	static final String PURPOSE = "unsubscribe";

	static final String DIGEST = "digest-";

	private final Secrets secrets;

	private final NotificationPreferences preferences;

	private final String publicUrl;

	Unsubscribes(Secrets secrets, NotificationPreferences preferences,
			@Value("${skillgap.public-url:http://localhost:8080}") String publicUrl) {
		this.secrets = secrets;
		this.preferences = preferences;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/**
	 * What a token turns off.
	 *
	 * @param target a notification kind's code, or {@code digest-daily} /
	 * {@code digest-weekly}
	 */
	public record Target(UUID accountId, String target) {
	}

	/** The link of a mail about {@code target} (a kind's code or a digest). */
	String url(UUID accountId, String target) {
		return this.publicUrl + "/api/unsubscribe/" + this.secrets.sign(PURPOSE, accountId + " " + target);
	}

	/** The RFC 8058 headers of a mail about {@code target}. */
	Map<String, String> headers(UUID accountId, String target) {
		return Map.of("List-Unsubscribe", "<" + url(accountId, target) + ">", "List-Unsubscribe-Post",
				"List-Unsubscribe=One-Click");
	}

	/** What a token names, if it is one this application signed. */
	public Optional<Target> read(String token) {
		return this.secrets.verify(PURPOSE, token).flatMap((payload) -> {
			int space = payload.indexOf(' ');
			if (space < 0) {
				return Optional.empty();
			}
			try {
				return Optional
					.of(new Target(UUID.fromString(payload.substring(0, space)), payload.substring(space + 1)));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		});
	}

	/**
	 * Turns off the mail a token names (again: no change).
	 * @return the kinds now delivered in the app only
	 * @throws DomainException 404 for a token this application did not sign
	 */
	@Transactional
	public List<NotificationKind> unsubscribe(String token) {
		Target target = read(token).orElseThrow(() -> DomainException.notFound("unsubscribe.unknown"));
		List<NotificationKind> kinds = new ArrayList<>();
		if (target.target().startsWith(DIGEST)) {
			Delivery digest = Delivery.of(target.target().substring(DIGEST.length()));
			this.preferences.deliveries(target.accountId()).forEach((kind, delivery) -> {
				if (delivery == digest) {
					kinds.add(kind);
				}
			});
		}
		else {
			try {
				kinds.add(NotificationKind.of(target.target()));
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.notFound("unsubscribe.unknown");
			}
		}
		kinds.forEach((kind) -> this.preferences.set(target.accountId(), kind, Delivery.APP));
		return kinds;
	}

}

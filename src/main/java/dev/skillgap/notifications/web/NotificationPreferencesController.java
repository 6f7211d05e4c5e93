package dev.skillgap.notifications.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.skillgap.identity.CurrentUser;
import dev.skillgap.notifications.NotificationPreferences;
import dev.skillgap.notifications.NotificationPreferences.Preference;
import dev.skillgap.notifications.Unsubscribes;
import dev.skillgap.platform.Message;
import dev.skillgap.platform.MessageRenderer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * How I want each kind of notification, and the one-click unsubscribe link of every mail
 * (no session needed: the link's signed token names the person and the kind).
 */
@RestController
@Tag(name = "Notifications", description = "What I am told: invitations, validations, reviews, suggestions")
class NotificationPreferencesController {

	private final NotificationPreferences preferences;

	private final Unsubscribes unsubscribes;

	private final MessageRenderer messages;

	NotificationPreferencesController(NotificationPreferences preferences, Unsubscribes unsubscribes,
			MessageRenderer messages) {
		this.preferences = preferences;
		this.unsubscribes = unsubscribes;
		this.messages = messages;
	}

	@GetMapping("/api/me/notification-preferences")
	@Operation(summary = "How each kind of notification reaches me",
			description = "delivery: app (in the app only), mail (also by mail at once), daily or weekly (also in "
					+ "a digest mail, in my language). A kind I never chose has its default.")
	List<PreferenceResponse> get(@AuthenticationPrincipal CurrentUser user, Locale locale) {
		return responses(this.preferences.of(user.id()), locale);
	}

	@PutMapping("/api/me/notification-preferences")
	@Operation(summary = "Choose how some kinds of notification reach me (the others keep theirs)",
			description = "400 naming the entry ([i].kind, [i].delivery) for an unknown kind or delivery.")
	List<PreferenceResponse> put(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody @Size(max = 100) List<@Valid PreferenceRequest> body, Locale locale) {
		return responses(this.preferences.set(user.id(),
				body.stream()
					.map((p) -> Map.entry((p != null && p.kind() != null) ? p.kind() : "",
							(p != null && p.delivery() != null) ? p.delivery() : ""))
					.toList()),
				locale);
	}

	@GetMapping("/api/unsubscribe/{token}")
	@SecurityRequirements
	@Operation(summary = "What an unsubscribe link of a mail turns off (no login needed)",
			description = "A browser (Accept: text/html) is sent to the page that asks to confirm; 404 for a "
					+ "token this application did not sign.")
	ResponseEntity<UnsubscribeResponse> describe(@PathVariable String token, HttpServletRequest request,
			Locale locale) {
		Unsubscribes.Target target = this.unsubscribes.read(token)
			.orElseThrow(() -> dev.skillgap.platform.DomainException.notFound("unsubscribe.unknown"));
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains(MediaType.TEXT_HTML_VALUE)) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.header(HttpHeaders.LOCATION, "/unsubscribe/" + token)
				.build();
		}
		return ResponseEntity.ok(new UnsubscribeResponse(target.target(),
				this.messages.render(Message.of("notification.kind." + target.target()), locale), false));
	}

	@PostMapping("/api/unsubscribe/{token}")
	@SecurityRequirements
	@Operation(summary = "One-click unsubscribe (RFC 8058): turn off the mail this link came with",
			description = "No login and no CSRF token needed (the signed token is the credential). A kind of "
					+ "notification is then delivered in the app only; a digest's link does that for every kind "
					+ "in that digest. Nothing else changes; repeating changes nothing. 404 for a token this "
					+ "application did not sign.")
	UnsubscribeResponse unsubscribe(@PathVariable String token, Locale locale) {
		Unsubscribes.Target target = this.unsubscribes.read(token)
			.orElseThrow(() -> dev.skillgap.platform.DomainException.notFound("unsubscribe.unknown"));
		this.unsubscribes.unsubscribe(token);
		return new UnsubscribeResponse(target.target(),
				this.messages.render(Message.of("notification.kind." + target.target()), locale), true);
	}

	private List<PreferenceResponse> responses(List<Preference> preferences, Locale locale) {
		return preferences.stream()
			.map((p) -> new PreferenceResponse(p.kind().code(), p.delivery().code(),
					p.kind().section().name().toLowerCase(Locale.ROOT),
					this.messages.render(Message.of("notification.kind." + p.kind().code()), locale),
					p.kind().defaultDelivery().code()))
			.toList();
	}

	/**
	 * @param kind a notification kind (GET lists them)
	 * @param delivery app, mail, daily or weekly
	 */
	record PreferenceRequest(@NotBlank @Size(max = 40) String kind, @NotBlank @Size(max = 10) String delivery) {
	}

	/**
	 * @param delivery app, mail, daily or weekly
	 * @param section whose part of a digest it is in: learner, mentor or lead
	 * @param label the kind in words, in the request's language
	 * @param defaultDelivery how it is delivered until chosen otherwise
	 */
	record PreferenceResponse(String kind, String delivery, String section, String label, String defaultDelivery) {
	}

	/**
	 * @param target the kind of notification (or digest-daily, digest-weekly)
	 * @param label it in words
	 * @param unsubscribed whether it was turned off by this request
	 */
	record UnsubscribeResponse(String target, String label, boolean unsubscribed) {
	}

}

package dev.skillgap.webhooks.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.skillgap.access.Audience;
import dev.skillgap.webhooks.TeamWebhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A team's chat webhook (leads only): connect, see (the address masked) with the latest
 * deliveries, disconnect.
 */
@RestController
@Tag(name = "Team chat", description = "Posting a team's news to its Slack or Microsoft Teams chat")
class WebhookController {

	private final TeamWebhooks webhooks;

	WebhookController(TeamWebhooks webhooks) {
		this.webhooks = webhooks;
	}

	@GetMapping("/api/teams/{teamId}/webhook")
	@Operation(summary = "The team's chat webhook, its address masked, with the latest deliveries (leads only)",
			description = "204 when the team has none. The address is never shown again after saving.")
	ResponseEntity<WebhookResponse> get(@PathVariable UUID teamId, Audience audience) {
		audience.requireLead();
		return this.webhooks.of(teamId)
			.map((webhook) -> ResponseEntity.ok(response(webhook)))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PutMapping("/api/teams/{teamId}/webhook")
	@Operation(summary = "Connect the team to a chat (leads only)",
			description = "kind slack (a Slack-compatible incoming webhook: {\"text\": ...}) or teams (a Microsoft "
					+ "Teams Workflows webhook: a message with one Adaptive Card). Messages are in the language of "
					+ "the request. The chat hears when a member joins or leaves, a skill meets or loses its "
					+ "coverage target and reassessments are overdue. 400 (url) for an address that is not public "
					+ "https (internal, private and loopback addresses are refused).")
	WebhookResponse put(@PathVariable UUID teamId, Audience audience, @Valid @RequestBody WebhookRequest body,
			Locale locale) {
		audience.requireLead();
		return response(
				this.webhooks.connect(teamId, body.url(), body.kind(), locale.getLanguage(), audience.viewerId()));
	}

	@DeleteMapping("/api/teams/{teamId}/webhook")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Disconnect the team's chat (leads only): nothing more is sent")
	void delete(@PathVariable UUID teamId, Audience audience) {
		audience.requireLead();
		this.webhooks.disconnect(teamId);
	}

	private WebhookResponse response(TeamWebhooks.Webhook webhook) {
		return new WebhookResponse(webhook.kind(), webhook.maskedUrl(), webhook.locale(), webhook.createdAt(),
				this.webhooks.deliveries(webhook.teamId(), 20)
					.stream()
					.map((d) -> new DeliveryResponse(d.event(), d.status(), d.attempts(), d.lastStatus(), d.lastError(),
							d.createdAt(), d.deliveredAt(), "pending".equals(d.status()) ? d.nextAttemptAt() : null))
					.toList());
	}

	/**
	 * @param url the incoming webhook's https address (a secret)
	 * @param kind slack or teams
	 */
	record WebhookRequest(@NotBlank @Size(max = 2000) String url, @NotBlank @Size(max = 10) String kind) {
	}

	/**
	 * @param url the address masked: scheme and host only
	 * @param language the language of the messages
	 * @param deliveries the latest 20, newest first
	 */
	record WebhookResponse(String kind, String url, String language, Instant connectedAt,
			List<DeliveryResponse> deliveries) {
	}

	/**
	 * @param event member-joined, member-left, coverage-met, coverage-lost,
	 * reassessments-overdue
	 * @param status pending, delivered, failed or cancelled
	 * @param nextAttemptAt when a pending one is tried again
	 */
	record DeliveryResponse(String event, String status, int attempts, @Nullable Integer lastStatus,
			@Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt,
			@Nullable Instant nextAttemptAt) {
	}

}

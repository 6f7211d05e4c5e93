package dev.skillgap.webhooks;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.cycles.ReassessmentReminder;
import dev.skillgap.identity.Accounts;
import dev.skillgap.platform.Message;
import dev.skillgap.platform.MessageRenderer;
import dev.skillgap.platform.Secrets;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.teams.CoverageChanged;
import dev.skillgap.teams.TeamEvents.TeamJoined;
import dev.skillgap.teams.TeamEvents.TeamMemberEnded;
import dev.skillgap.teams.Teams;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a team's chat hears: a member joined or left, a skill met or lost its coverage
 * target, a member's reassessments are overdue (when the leads are told). Each becomes a
 * delivery queued once per event (an event delivered twice queues nothing more) and sent
 * at once; one the chat refuses is retried by {@link WebhookDeliveries}. The listener ids
 * are fixed.
 */
@Component
class WebhookListeners {

	private final TeamWebhooks webhooks;

	private final WebhookDeliveries deliveries;

	private final Teams teams;

	private final Accounts accounts;

	private final SkillCatalog skills;

	private final MessageRenderer renderer;

	private final Clock clock;

	WebhookListeners(TeamWebhooks webhooks, WebhookDeliveries deliveries, Teams teams, Accounts accounts,
			SkillCatalog skills, MessageRenderer renderer, Clock clock) {
		this.webhooks = webhooks;
		this.deliveries = deliveries;
		this.teams = teams;
		this.accounts = accounts;
		this.skills = skills;
		this.renderer = renderer;
		this.clock = clock;
	}

	@ApplicationModuleListener(id = "webhooks.member-joined")
	void on(TeamJoined event) {
		send(event.teamId(), "member-joined", "joined:" + event.membershipId(),
				Message.of("webhook.member-joined", name(event.accountId()), team(event.teamId())));
	}

	@ApplicationModuleListener(id = "webhooks.member-left")
	void on(TeamMemberEnded event) {
		send(event.teamId(), "member-left", "left:" + event.membershipId(),
				Message.of("webhook.member-left", name(event.accountId()), team(event.teamId())));
	}

	@ApplicationModuleListener(id = "webhooks.coverage-changed")
	void on(CoverageChanged event) {
		String kind = event.met() ? "coverage-met" : "coverage-lost";
		send(event.teamId(), kind, kind + ":" + event.teamId() + ":" + event.skillCode() + "@" + event.changedAt(),
				(locale) -> Message.of("webhook." + kind, this.skills.name(event.skillCode()).in(locale),
						team(event.teamId()), event.holders(), event.required(), event.targetLevel()));
	}

	@ApplicationModuleListener(id = "webhooks.reassessments-overdue")
	void on(ReassessmentReminder event) {
		if (!ReassessmentReminder.LEAD.equals(event.stage()) || event.teamId() == null) {
			return;
		}
		UUID teamId = event.teamId();
		send(teamId, "reassessments-overdue",
				"overdue:" + event.accountId() + ":" + teamId + ":" + event.dueOn() + ":"
						+ Secrets.hash(String.join(",", event.skillCodes())),
				(locale) -> Message.of("webhook.reassessments-overdue", name(event.accountId()),
						Message.list(event.skillCodes().stream().map((s) -> this.skills.name(s).in(locale)).toList()),
						team(teamId), event.dueOn().toString()));
	}

	private void send(UUID teamId, String event, String key, Message message) {
		send(teamId, event, key, (locale) -> message);
	}

	private void send(UUID teamId, String event, String key, java.util.function.Function<Locale, Message> message) {
		Map<String, String> texts = Map.of("en", this.renderer.render(message.apply(Locale.ENGLISH), Locale.ENGLISH),
				"ja", this.renderer.render(message.apply(Locale.JAPANESE), Locale.JAPANESE));
		this.webhooks.enqueue(teamId, event, key, texts, this.clock.instant())
			.ifPresent((id) -> this.deliveries.deliver(id, this.clock.instant()));
	}

	private String name(UUID accountId) {
		return this.accounts.displayNames(List.of(accountId)).getOrDefault(accountId, "?");
	}

	private String team(UUID teamId) {
		return this.teams.name(teamId).orElse("?");
	}

}

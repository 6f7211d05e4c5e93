package dev.skillgap.notifications;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.learning.ItemSuggested;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.LearningItem;
import dev.skillgap.learning.SuggestionAnswered;
import dev.skillgap.learning.SuggestionWithdrawn;
import dev.skillgap.mentoring.MentorshipStatus;
import dev.skillgap.mentoring.Mentorships;
import dev.skillgap.mentoring.MentorshipEvents.MentorInvited;
import dev.skillgap.mentoring.MentorshipEvents.MentorOffered;
import dev.skillgap.mentoring.MentorshipEvents.MentorshipAccepted;
import dev.skillgap.mentoring.MentorshipEvents.MentorshipDeclined;
import dev.skillgap.mentoring.MentorshipEvents.MentorshipEnded;
import dev.skillgap.mentoring.MentorshipEvents.ReviewReplied;
import dev.skillgap.mentoring.MentorshipEvents.ReviewRequested;
import dev.skillgap.mentoring.MentorshipEvents.ReviewWithdrawn;
import dev.skillgap.mentoring.MentorshipEvents.ReviewWritten;
import dev.skillgap.platform.LocalizedText;
import dev.skillgap.platform.Message;
import dev.skillgap.platform.MessageRenderer;
import dev.skillgap.skills.AssessmentSource;
import dev.skillgap.skills.SkillCatalog;
import dev.skillgap.skills.SkillLevelRecorded;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the events of the mentoring, skills and learning modules into notifications, each
 * after the publishing transaction committed, in a transaction of its own. Delivery is at
 * least once: a notification is keyed by recipient, kind and source (the mentorship,
 * review, suggestion... it is about), so an event delivered twice gives one. The listener
 * ids are fixed (the registry stores them with undelivered publications).
 */
@Component
class NotificationListeners {

	static final String MENTORING = "/mentoring";

	static final String SKILLS = "/skills";

	static final String MENTEES = "/mentees";

	static final String PLAN = "/learning/plan";

	private final NotificationMail mail;

	private final Mentorships mentorships;

	private final SkillCatalog skills;

	private final LearningCatalog items;

	private final MessageRenderer renderer;

	private final Notifier notifier;

	NotificationListeners(NotificationMail mail, Mentorships mentorships, SkillCatalog skills, LearningCatalog items,
			MessageRenderer renderer, Notifier notifier) {
		this.mail = mail;
		this.mentorships = mentorships;
		this.skills = skills;
		this.items = items;
		this.renderer = renderer;
		this.notifier = notifier;
	}

	/**
	 * To the invited mentor; while no account has the address, an invitation to register
	 * by mail instead (sent again if the event is, as no row records it).
	 */
	@ApplicationModuleListener(id = "notifications.mentor-invited")
	void on(MentorInvited event) {
		if (event.mentorId() == null) {
			this.mentorships.find(event.mentorshipId())
				.filter((mentorship) -> mentorship.mentorId() == null
						&& mentorship.status() == MentorshipStatus.PENDING)
				.ifPresent((mentorship) -> this.mail.invite(mentorship.invitedEmail(), event.menteeId()));
			return;
		}
		notify(event.mentorId(), NotificationKind.MENTOR_INVITED, event.menteeId(), Map.of(), MENTORING,
				event.mentorshipId());
	}

	/**
	 * To the learner a mentor offered to mentor; while no account has the address, an
	 * invitation to register by mail instead (sent again if the event is).
	 */
	@ApplicationModuleListener(id = "notifications.mentor-offered")
	void on(MentorOffered event) {
		if (event.menteeId() == null) {
			this.mentorships.find(event.mentorshipId())
				.filter((mentorship) -> mentorship.menteeId() == null
						&& mentorship.status() == MentorshipStatus.PENDING)
				.ifPresent((mentorship) -> this.mail.offer(mentorship.invitedEmail(), event.mentorId()));
			return;
		}
		notify(event.menteeId(), NotificationKind.MENTOR_OFFERED, event.mentorId(), Map.of(), MENTORING,
				event.mentorshipId());
	}

	/**
	 * To the inviter: the mentee whose invitation, the mentor whose offer was accepted.
	 */
	@ApplicationModuleListener(id = "notifications.mentorship-accepted")
	void on(MentorshipAccepted event) {
		if (event.offer()) {
			notify(event.mentorId(), NotificationKind.MENTOR_OFFER_ACCEPTED, event.menteeId(), Map.of(),
					mentee(event.menteeId()), event.mentorshipId());
			return;
		}
		notify(event.menteeId(), NotificationKind.MENTORSHIP_ACCEPTED, event.mentorId(), Map.of(), MENTORING,
				event.mentorshipId());
	}

	@ApplicationModuleListener(id = "notifications.mentorship-declined")
	void on(MentorshipDeclined event) {
		if (event.offer()) {
			notify(event.mentorId(), NotificationKind.MENTOR_OFFER_DECLINED, event.menteeId(), Map.of(), MENTEES,
					event.mentorshipId());
			return;
		}
		notify(event.menteeId(), NotificationKind.MENTORSHIP_DECLINED, event.mentorId(), Map.of(), MENTORING,
				event.mentorshipId());
	}

	/**
	 * To the other side (none when a pending invitation had no account yet). A pending
	 * invitation or offer its inviter withdrew: the invited side's notification of it
	 * says it was withdrawn.
	 */
	@ApplicationModuleListener(id = "notifications.mentorship-ended")
	void on(MentorshipEnded event) {
		UUID other = event.endedBy().equals(event.menteeId()) ? event.mentorId() : event.menteeId();
		if (other == null || other.equals(event.endedBy())) {
			return;
		}
		UUID inviter = event.offer() ? event.mentorId() : event.menteeId();
		if (event.pending() && event.endedBy().equals(inviter)) {
			this.notifier.withdraw(other,
					event.offer() ? NotificationKind.MENTOR_OFFERED : NotificationKind.MENTOR_INVITED, event.endedBy(),
					Map.of(), MENTORING, event.mentorshipId());
			return;
		}
		notify(other, NotificationKind.MENTORSHIP_ENDED, event.endedBy(), Map.of(), MENTORING, event.mentorshipId());
	}

	/** A mentor's validation, to the mentee; not their own assessments. */
	@ApplicationModuleListener(id = "notifications.skill-level-recorded")
	void on(SkillLevelRecorded event) {
		if (event.source() != AssessmentSource.MENTOR || event.assessedBy().equals(event.accountId())) {
			return;
		}
		Map<String, String> arguments = new HashMap<>(names(this.skills.name(event.skillCode())));
		arguments.put("skillCode", event.skillCode());
		arguments.put(Notification.LEVEL, Integer.toString(event.level()));
		notify(event.accountId(), NotificationKind.LEVEL_VALIDATED, event.assessedBy(), arguments, SKILLS,
				event.skillCode() + "@" + event.at());
	}

	@ApplicationModuleListener(id = "notifications.review-requested")
	void on(ReviewRequested event) {
		List<LocalizedText> names = event.skillCodes().stream().map(this.skills::name).toList();
		Map<String, String> arguments = Map.of(Notification.NAME_EN, list(names, Locale.ENGLISH), Notification.NAME_JA,
				list(names, Locale.JAPANESE), "skillCodes", String.join(",", event.skillCodes()));
		notify(event.mentorId(), NotificationKind.REVIEW_REQUESTED, event.menteeId(), arguments,
				mentee(event.menteeId()), event.requestId());
	}

	@ApplicationModuleListener(id = "notifications.review-written")
	void on(ReviewWritten event) {
		notify(event.menteeId(), NotificationKind.REVIEW_WRITTEN, event.authorId(),
				Map.of("reviewId", event.reviewId().toString()), MENTORING, event.reviewId());
	}

	@ApplicationModuleListener(id = "notifications.review-replied")
	void on(ReviewReplied event) {
		String link = event.recipientId().equals(event.menteeId()) ? MENTORING : mentee(event.menteeId());
		notify(event.recipientId(), NotificationKind.REVIEW_REPLIED, event.authorId(),
				Map.of("reviewId", event.reviewId().toString()), link, event.replyId());
	}

	/** The review its author withdrew: the mentee's notification of it says so. */
	@ApplicationModuleListener(id = "notifications.review-withdrawn")
	void on(ReviewWithdrawn event) {
		this.notifier.withdraw(event.menteeId(), NotificationKind.REVIEW_WRITTEN, event.authorId(),
				Map.of("reviewId", event.reviewId().toString()), MENTORING, event.reviewId());
	}

	/**
	 * To the learner, naming where it comes from: their mentor, or a lead of a team (by
	 * the team's name).
	 */
	@ApplicationModuleListener(id = "notifications.item-suggested")
	void on(ItemSuggested event) {
		notify(event.accountId(), kind(event.teamId()), event.suggestedBy(),
				suggested(event.itemCode(), event.teamId(), event.teamName()), PLAN, event.suggestionId());
	}

	/** The suggestion withdrawn before it was answered: its notification says so. */
	@ApplicationModuleListener(id = "notifications.suggestion-withdrawn")
	void on(SuggestionWithdrawn event) {
		this.notifier.withdraw(event.accountId(), kind(event.teamId()), event.suggestedBy(),
				suggested(event.itemCode(), event.teamId(), null), PLAN, event.suggestionId());
	}

	private static NotificationKind kind(@Nullable UUID teamId) {
		return (teamId != null) ? NotificationKind.TEAM_ITEM_SUGGESTED : NotificationKind.ITEM_SUGGESTED;
	}

	private Map<String, String> suggested(String itemCode, @Nullable UUID teamId, @Nullable String teamName) {
		Map<String, String> arguments = new HashMap<>(item(itemCode));
		if (teamId != null) {
			String name = (teamName != null) ? teamName : "?";
			arguments.put(Notification.DETAIL_EN, name);
			arguments.put(Notification.DETAIL_JA, name);
			arguments.put("teamId", teamId.toString());
		}
		return arguments;
	}

	/** To the one who suggested it (unless their account is gone). */
	@ApplicationModuleListener(id = "notifications.suggestion-answered")
	void on(SuggestionAnswered event) {
		if (event.suggestedBy() == null) {
			return;
		}
		notify(event.suggestedBy(),
				event.accepted() ? NotificationKind.SUGGESTION_ACCEPTED : NotificationKind.SUGGESTION_DECLINED,
				event.accountId(), item(event.itemCode()), mentee(event.accountId()), event.suggestionId());
	}

	private void notify(UUID recipient, NotificationKind kind, UUID actor, Map<String, String> arguments, String link,
			Object source) {
		this.notifier.notify(recipient, kind, actor, arguments, link, source);
	}

	private Map<String, String> item(String itemCode) {
		Map<String, String> arguments = new HashMap<>(names(this.items.findIncludingRetired(itemCode)
			.map(LearningItem::title)
			.orElseGet(() -> new LocalizedText(itemCode, itemCode))));
		arguments.put("itemCode", itemCode);
		return arguments;
	}

	private static Map<String, String> names(LocalizedText name) {
		return Map.of(Notification.NAME_EN, name.in(Locale.ENGLISH), Notification.NAME_JA, name.in(Locale.JAPANESE));
	}

	private String list(List<LocalizedText> names, Locale locale) {
		return this.renderer.render(Message.list(names.stream().map((name) -> name.in(locale)).toList()), locale);
	}

	private static String mentee(@Nullable UUID menteeId) {
		return "/mentees/" + menteeId;
	}

}

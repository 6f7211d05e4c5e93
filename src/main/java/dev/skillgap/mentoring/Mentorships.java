package dev.skillgap.mentoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import dev.skillgap.access.AuditAction;
import dev.skillgap.access.AuditTrail;
import dev.skillgap.access.Subject;
import dev.skillgap.identity.AccountCreated;
import dev.skillgap.identity.AccountView;
import dev.skillgap.identity.Accounts;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.PlanSuggestion;
import dev.skillgap.learning.PlanSuggestions;
import dev.skillgap.mentoring.MentorshipEvents.MentorInvited;
import dev.skillgap.mentoring.MentorshipEvents.MentorshipAccepted;
import dev.skillgap.mentoring.MentorshipEvents.MentorshipDeclined;
import dev.skillgap.mentoring.MentorshipEvents.MentorshipEnded;
import dev.skillgap.platform.DomainException;
import dev.skillgap.platform.LocalizedText;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and mentorships: invite by email, accept, decline, end. Every change is
 * published as an event (notifications) and recorded on the mentee's audit trail in the
 * same transaction.
 */
@Service
public class Mentorships {

	private final MentorshipRepository repository;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final PlanSuggestions suggestions;

	private final LearningCatalog catalog;

	Mentorships(MentorshipRepository repository, Accounts accounts, AuditTrail audit, ApplicationEventPublisher events,
			PlanSuggestions suggestions, LearningCatalog catalog) {
		this.suggestions = suggestions;
		this.catalog = catalog;
		this.repository = repository;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * A learner invites a mentor by email. An address with no account gives an invitation
	 * that waits for it to register.
	 * @throws DomainException 400 for one's own email, 409 when that address already has
	 * a pending or active mentorship with the learner
	 */
	@Transactional
	public Mentorship invite(UUID menteeId, String email) {
		String address = email.strip();
		AccountView mentee = this.accounts.find(menteeId);
		if (mentee.email().equalsIgnoreCase(address)) {
			throw DomainException.invalid("email", "mentorship.self");
		}
		UUID mentorId = this.accounts.findByEmail(address).map(AccountView::id).orElse(null);
		UUID id = UUID.randomUUID();
		if (!this.repository.insert(id, menteeId, mentorId, address.toLowerCase(Locale.ROOT))) {
			throw DomainException.conflict("email", "mentorship.alreadyInvited");
		}
		this.audit.record(menteeId, menteeId, AuditAction.MENTOR_INVITED, Map.of("email", address));
		this.events.publishEvent(new MentorInvited(id, menteeId, mentorId));
		return this.repository.find(id).orElseThrow();
	}

	/**
	 * The invited mentor accepts: from now on they see the mentee's data.
	 * @throws DomainException 404 unless the caller is the invited mentor; 409 unless
	 * pending
	 */
	@Transactional
	public Mentorship accept(UUID caller, UUID id) {
		return transition(caller, id, Mentorship::checkAccept, MentorshipStatus.ACTIVE, AuditAction.MENTORSHIP_ACCEPTED,
				(m) -> Map.of(), (m) -> new MentorshipAccepted(id, m.menteeId(), caller));
	}

	/**
	 * The invited mentor declines.
	 * @throws DomainException 404 unless the caller is the invited mentor; 409 unless
	 * pending
	 */
	@Transactional
	public Mentorship decline(UUID caller, UUID id) {
		return transition(caller, id, Mentorship::checkDecline, MentorshipStatus.DECLINED,
				AuditAction.MENTORSHIP_DECLINED, (m) -> Map.of(),
				(m) -> new MentorshipDeclined(id, m.menteeId(), caller));
	}

	/**
	 * Either side ends a pending or active mentorship; the mentor's access ends with this
	 * transaction (the access policy reads the status on every request).
	 * @throws DomainException 404 unless the caller is one of the two; 409 when already
	 * ended
	 */
	@Transactional
	public Mentorship end(UUID caller, UUID id) {
		return transition(caller, id, Mentorship::checkEnd, MentorshipStatus.ENDED, AuditAction.MENTORSHIP_ENDED,
				(m) -> Map.of("by", caller.equals(m.menteeId()) ? "mentee" : "mentor"),
				(m) -> new MentorshipEnded(id, m.menteeId(), m.mentorId(), caller));
	}

	/**
	 * One change of a mentorship's status: lock it, let the domain object check the
	 * caller may make it, store it, keep it on the mentee's audit trail and tell the
	 * other modules, all in the caller's transaction.
	 */
	private Mentorship transition(UUID caller, UUID id, BiConsumer<Mentorship, UUID> check, MentorshipStatus to,
			AuditAction action, Function<Mentorship, Map<String, String>> details, Function<Mentorship, Object> event) {
		Mentorship mentorship = this.repository.lock(id)
			.orElseThrow(() -> DomainException.notFound("mentorship.notFound"));
		check.accept(mentorship, caller);
		Mentorship changed = this.repository.setStatus(id, to, caller);
		this.audit.record(changed.menteeId(), caller, action, details.apply(changed));
		this.events.publishEvent(event.apply(changed));
		return changed;
	}

	/**
	 * A mentor suggests a learning item to a mentee (resolved by the access policy), kept
	 * on the mentee's audit trail in the same transaction.
	 * @throws DomainException as {@link PlanSuggestions#suggest}
	 */
	@Transactional
	public PlanSuggestion suggest(Subject mentee, String itemCode, @Nullable String note) {
		UUID mentor = mentee.viewerId();
		String name = this.accounts.displayNames(List.of(mentor)).getOrDefault(mentor, "?");
		PlanSuggestion suggestion = this.suggestions.suggest(mentee.id(), itemCode, note, mentor, name);
		LocalizedText title = this.catalog.get(itemCode).title();
		this.audit.record(mentee.id(), mentor, AuditAction.ITEM_SUGGESTED,
				Map.of("itemCode", itemCode, "name_en", title.en(), "name_ja", title.ja()));
		return suggestion;
	}

	/**
	 * One mentorship whatever its status, for modules that tell people about it (the
	 * invited email of an invitation waiting for its address to register). No access
	 * check: not for answering a request.
	 */
	public Optional<Mentorship> find(UUID id) {
		return this.repository.find(id);
	}

	/** The caller's pending and active mentorships, both directions. */
	public List<Mentorship> of(UUID accountId) {
		return this.repository.openFor(accountId);
	}

	public List<Mentorship> activeMentees(UUID mentorId) {
		return this.repository.activeAsMentor(mentorId);
	}

	public Optional<Mentorship> active(UUID mentorId, UUID menteeId) {
		return this.repository.active(mentorId, menteeId);
	}

	/**
	 * Invitations waiting for this address go to the account that registered it, in the
	 * registration's transaction: the new account's first page already lists them (an
	 * asynchronous listener left the "Mentees" navigation missing until a reload).
	 */
	@EventListener
	public void on(AccountCreated created) {
		AccountView account = this.accounts.find(created.accountId());
		for (Mentorship claimed : this.repository.claim(account.id(), account.email())) {
			this.events.publishEvent(new MentorInvited(claimed.id(), claimed.menteeId(), account.id()));
		}
	}

}

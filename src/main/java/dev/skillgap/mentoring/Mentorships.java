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
import dev.skillgap.learning.SuggestionSource;
import dev.skillgap.mentoring.MentorshipEvents.MentorInvited;
import dev.skillgap.mentoring.MentorshipEvents.MentorOffered;
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
 * Invitations and mentorships: either side starts one by email (a learner invites a
 * mentor, a mentor offers to mentor a learner), the other accepts or declines, either
 * ends it. Every change is published as an event (notifications) and recorded on the
 * mentee's audit trail in the same transaction.
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
	 * that waits for it to register. Whether the address has an account changes nothing
	 * in what happens now (the same statements run) nor in the answer.
	 * @throws DomainException 400 for one's own email, 409 when the learner has a pending
	 * or active mentorship with that address already (in either direction)
	 */
	@Transactional
	public Mentorship invite(UUID menteeId, String email) {
		return start(menteeId, email, false);
	}

	/**
	 * A mentor offers to mentor someone by email; the learner accepts or declines. An
	 * address with no account gives an offer that waits for it to register, told by mail.
	 * @throws DomainException as {@link #invite}
	 */
	@Transactional
	public Mentorship offer(UUID mentorId, String email) {
		return start(mentorId, email, true);
	}

	private Mentorship start(UUID inviterId, String email, boolean offer) {
		String address = email.strip().toLowerCase(Locale.ROOT);
		AccountView inviter = this.accounts.find(inviterId);
		if (inviter.email().equalsIgnoreCase(address)) {
			throw DomainException.invalid("email", "mentorship.self");
		}
		UUID invitedId = this.accounts.findByEmail(address).map(AccountView::id).orElse(null);
		if (this.repository.hasOpen(inviterId, address, offer)) {
			throw DomainException.conflict("email", offer ? "mentorship.alreadyOffered" : "mentorship.alreadyInvited");
		}
		UUID id = UUID.randomUUID();
		if (!this.repository.insert(id, offer ? invitedId : inviterId, offer ? inviterId : invitedId, address, offer)) {
			throw DomainException.conflict("email", offer ? "mentorship.alreadyOffered" : "mentorship.alreadyInvited");
		}
		// on the inviter's own trail: the invited person's trail gets an entry when they
		// answer
		this.audit.record(inviterId, inviterId, offer ? AuditAction.MENTEE_OFFERED : AuditAction.MENTOR_INVITED,
				Map.of("email", address));
		this.events.publishEvent(
				offer ? new MentorOffered(id, inviterId, invitedId) : new MentorInvited(id, inviterId, invitedId));
		return this.repository.find(id).orElseThrow();
	}

	/**
	 * The invited side accepts (the mentor of an invitation, the learner of an offer):
	 * from now on the mentor sees the learner's data.
	 * @throws DomainException 404 unless the caller is the invited side; 409 unless
	 * pending
	 */
	@Transactional
	public Mentorship accept(UUID caller, UUID id) {
		return transition(caller, id, Mentorship::checkAccept, MentorshipStatus.ACTIVE,
				(m) -> m.offer() ? AuditAction.MENTOR_OFFER_ACCEPTED : AuditAction.MENTORSHIP_ACCEPTED,
				this::mentorNamed, (m) -> new MentorshipAccepted(id, m.menteeId(), m.mentorId(), m.offer()));
	}

	/**
	 * The invited side declines.
	 * @throws DomainException 404 unless the caller is the invited side; 409 unless
	 * pending
	 */
	@Transactional
	public Mentorship decline(UUID caller, UUID id) {
		return transition(caller, id, Mentorship::checkDecline, MentorshipStatus.DECLINED,
				(m) -> m.offer() ? AuditAction.MENTOR_OFFER_DECLINED : AuditAction.MENTORSHIP_DECLINED,
				this::mentorNamed, (m) -> new MentorshipDeclined(id, m.menteeId(), m.mentorId(), m.offer()));
	}

	/**
	 * Either side ends a pending or active mentorship; the mentor's access ends with this
	 * transaction (the access policy reads the status on every request). A pending one
	 * ended by its inviter is withdrawn: the invited side's notification says so.
	 * @throws DomainException 404 unless the caller is one of the two; 409 when already
	 * ended
	 */
	@Transactional
	public Mentorship end(UUID caller, UUID id) {
		return transition(caller, id, Mentorship::checkEnd, MentorshipStatus.ENDED,
				(m) -> withdrawnBy(m, caller)
						? (m.offer() ? AuditAction.MENTOR_OFFER_WITHDRAWN : AuditAction.MENTOR_INVITATION_WITHDRAWN)
						: AuditAction.MENTORSHIP_ENDED,
				(m) -> Map.of("by", caller.equals(m.menteeId()) ? "mentee" : "mentor", "was",
						(m.acceptedAt() == null) ? "pending" : "active", "email", m.invitedEmail()),
				(m) -> new MentorshipEnded(id, m.menteeId(), m.mentorId(), caller, m.offer(), m.acceptedAt() == null));
	}

	/**
	 * One change of a mentorship's status: lock it, let the domain object check the
	 * caller may make it, store it, keep it on the mentee's audit trail and tell the
	 * other modules, all in the caller's transaction.
	 */
	private Mentorship transition(UUID caller, UUID id, BiConsumer<Mentorship, UUID> check, MentorshipStatus to,
			Function<Mentorship, AuditAction> action, Function<Mentorship, Map<String, String>> details,
			Function<Mentorship, Object> event) {
		Mentorship mentorship = this.repository.lock(id)
			.orElseThrow(() -> DomainException.notFound("mentorship.notFound"));
		check.accept(mentorship, caller);
		Mentorship changed = this.repository.setStatus(id, to, caller);
		// the learner's trail; an offer that never reached an account has no learner yet:
		// the mentor's own trail then
		UUID subject = (changed.menteeId() != null) ? changed.menteeId() : caller;
		this.audit.record(subject, caller, action.apply(changed), details.apply(changed));
		this.events.publishEvent(event.apply(changed));
		return changed;
	}

	/** Whether the caller withdraws their own invitation or offer (not yet accepted). */
	private static boolean withdrawnBy(Mentorship m, UUID caller) {
		return m.acceptedAt() == null && m.isInviter(caller);
	}

	/** The mentor's name on the trail of a learner who answered an offer. */
	private Map<String, String> mentorNamed(Mentorship m) {
		if (!m.offer() || m.mentorId() == null) {
			return Map.of();
		}
		String name = this.accounts.displayNames(List.of(m.mentorId())).getOrDefault(m.mentorId(), "?");
		return Map.of("name_en", name, "name_ja", name);
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
		PlanSuggestion suggestion = this.suggestions.suggest(mentee.id(), itemCode, note, mentor, name,
				SuggestionSource.mentor());
		LocalizedText title = this.catalog.get(itemCode).title();
		this.audit.record(mentee.id(), mentor, AuditAction.ITEM_SUGGESTED,
				Map.of("itemCode", itemCode, "name_en", title.en(), "name_ja", title.ja()));
		return suggestion;
	}

	/**
	 * The mentor withdraws a suggestion they made to the mentee (resolved by the access
	 * policy) while it is not answered, kept on the mentee's audit trail.
	 * @throws DomainException as {@link PlanSuggestions#withdraw}
	 */
	@Transactional
	public PlanSuggestion withdrawSuggestion(Subject mentee, UUID suggestionId) {
		UUID mentor = mentee.viewerId();
		PlanSuggestion withdrawn = this.suggestions.withdraw(mentor, mentee.id(), suggestionId);
		LocalizedText title = this.catalog.findIncludingRetired(withdrawn.itemCode())
			.map((item) -> item.title())
			.orElseGet(() -> new LocalizedText(withdrawn.itemCode(), withdrawn.itemCode()));
		this.audit.record(mentee.id(), mentor, AuditAction.SUGGESTION_WITHDRAWN,
				Map.of("itemCode", withdrawn.itemCode(), "name_en", title.en(), "name_ja", title.ja()));
		return withdrawn;
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
			this.events.publishEvent(claimed.offer() ? new MentorOffered(claimed.id(), claimed.mentorId(), account.id())
					: new MentorInvited(claimed.id(), claimed.menteeId(), account.id()));
		}
	}

}

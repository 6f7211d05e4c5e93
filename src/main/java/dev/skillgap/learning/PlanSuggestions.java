package dev.skillgap.learning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning items suggested for a learner's plan by someone who may (a mentor, or a team
 * lead through the team): the caller has checked that through the access policy. Each
 * keeps its source, so that it is named wherever it is shown. The learner accepts (the
 * item joins the end of the plan) or declines.
 */
@Service
public class PlanSuggestions {

	private static final String COLUMNS = "id, account_id, item_code, note, suggested_by, suggested_by_name, status, "
			+ "created_at, decided_at, source, source_team_id, source_team_name";

	private final JdbcClient jdbc;

	private final LearningCatalog catalog;

	private final LearningPlans plans;

	private final ApplicationEventPublisher events;

	PlanSuggestions(JdbcClient jdbc, LearningCatalog catalog, LearningPlans plans, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.plans = plans;
		this.events = events;
	}

	/**
	 * Suggests an item and publishes {@link ItemSuggested}.
	 * @throws DomainException 404 unknown or retired item; 409 when the item is already
	 * in the learner's plan or already suggested and not yet answered
	 */
	@Transactional
	public PlanSuggestion suggest(UUID accountId, String itemCode, @Nullable String note, UUID suggestedBy,
			String suggestedByName, SuggestionSource source) {
		return suggestUnlessOpen(accountId, itemCode, note, suggestedBy, suggestedByName, source)
			.orElseThrow(() -> DomainException.conflict("itemCode", "suggestion.alreadySuggested"));
	}

	/**
	 * As {@link #suggest}, but an item already suggested and not yet answered (by anyone)
	 * is no error: empty then, and nothing changes.
	 * @throws DomainException 404 unknown or retired item; 409 when the item is already
	 * in the learner's plan
	 */
	@Transactional
	public Optional<PlanSuggestion> suggestUnlessOpen(UUID accountId, String itemCode, @Nullable String note,
			UUID suggestedBy, String suggestedByName, SuggestionSource source) {
		this.catalog.get(itemCode);
		if (this.plans.plan(accountId).stream().anyMatch((item) -> item.itemCode().equals(itemCode))) {
			throw DomainException.conflict("itemCode", "suggestion.alreadyPlanned");
		}
		// on conflict: no error that would abort the caller's transaction
		Optional<PlanSuggestion> suggestion = this.jdbc.sql("""
				insert into plan_suggestion (id, account_id, item_code, note, suggested_by, suggested_by_name,
				  source, source_team_id, source_team_name)
				values (:id, :account, :item, :note, :by, :name, :source, :team, :teamName)
				on conflict (account_id, item_code) where status = 'open' do nothing
				returning\s""" + COLUMNS)
			.param("id", UUID.randomUUID())
			.param("account", accountId)
			.param("item", itemCode)
			.param("note", (note == null || note.isBlank()) ? null : note.strip())
			.param("by", suggestedBy)
			.param("name", suggestedByName)
			.param("source", source.kind())
			.param("team", source.teamId())
			.param("teamName", source.teamName())
			.query(PlanSuggestions::map)
			.optional();
		suggestion.ifPresent((s) -> this.events.publishEvent(
				new ItemSuggested(s.id(), accountId, itemCode, suggestedBy, source.teamId(), source.teamName())));
		return suggestion;
	}

	/** The learner's suggestions not yet answered, newest first. */
	public List<PlanSuggestion> open(UUID accountId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from plan_suggestion where account_id = :account and status = 'open'"
					+ " order by created_at desc, id")
			.param("account", accountId)
			.query(PlanSuggestions::map)
			.list();
	}

	/** What one person suggested to a learner, answered or not, newest first. */
	public List<PlanSuggestion> by(UUID suggestedBy, UUID accountId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from plan_suggestion where account_id = :account and suggested_by = :by"
					+ " order by created_at desc, id")
			.param("account", accountId)
			.param("by", suggestedBy)
			.query(PlanSuggestions::map)
			.list();
	}

	/**
	 * The item codes suggested to each of many learners and not yet answered, in one
	 * query (learners without open suggestions are absent).
	 */
	public Map<UUID, Set<String>> openItems(Collection<UUID> accountIds) {
		Map<UUID, Set<String>> open = new HashMap<>();
		if (accountIds.isEmpty()) {
			return open;
		}
		this.jdbc
			.sql("select account_id, item_code from plan_suggestion where account_id = any(:accounts)"
					+ " and status = 'open'")
			.param("accounts", accountIds.toArray(UUID[]::new))
			.query((rs) -> {
				open.computeIfAbsent(rs.getObject(1, UUID.class), (k) -> new HashSet<>()).add(rs.getString(2));
			});
		return open;
	}

	/** Suggestions by id, in one query (unknown ids are left out). */
	public List<PlanSuggestion> find(Collection<UUID> suggestionIds) {
		if (suggestionIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from plan_suggestion where id = any(:ids) order by created_at, id")
			.param("ids", suggestionIds.toArray(UUID[]::new))
			.query(PlanSuggestions::map)
			.list();
	}

	/**
	 * The learner accepts: the item joins the end of their plan (if it is not there yet).
	 * @throws DomainException 404 unknown suggestion; 409 when already answered
	 */
	@Transactional
	public PlanSuggestion accept(UUID accountId, UUID suggestionId) {
		PlanSuggestion suggestion = answer(accountId, suggestionId, "accepted");
		if (this.plans.plan(accountId).stream().noneMatch((item) -> item.itemCode().equals(suggestion.itemCode()))) {
			this.plans.add(accountId, suggestion.itemCode(), null);
		}
		this.events.publishEvent(new SuggestionAnswered(suggestion.id(), accountId, suggestion.itemCode(),
				suggestion.suggestedBy(), true));
		return suggestion;
	}

	/**
	 * The learner declines.
	 * @throws DomainException 404 unknown suggestion; 409 when already answered
	 */
	@Transactional
	public PlanSuggestion decline(UUID accountId, UUID suggestionId) {
		PlanSuggestion suggestion = answer(accountId, suggestionId, "declined");
		this.events.publishEvent(new SuggestionAnswered(suggestion.id(), accountId, suggestion.itemCode(),
				suggestion.suggestedBy(), false));
		return suggestion;
	}

	/**
	 * The one who suggested an item withdraws the suggestion while it is not answered; it
	 * is kept (status {@code withdrawn}) and no longer shown in the learner's plan.
	 * @throws DomainException 404 unless {@code suggestedBy} suggested it to
	 * {@code accountId}; 409 once answered (or withdrawn)
	 */
	@Transactional
	public PlanSuggestion withdraw(UUID suggestedBy, UUID accountId, UUID suggestionId) {
		PlanSuggestion current = this.jdbc
			.sql("select " + COLUMNS + " from plan_suggestion where id = :id and account_id = :account"
					+ " and suggested_by = :by for update")
			.param("id", suggestionId)
			.param("account", accountId)
			.param("by", suggestedBy)
			.query(PlanSuggestions::map)
			.optional()
			.orElseThrow(() -> DomainException.notFound("suggestion.notFound"));
		if (!current.isOpen()) {
			throw DomainException.invalidTransition("status", "suggestion.alreadyAnswered");
		}
		PlanSuggestion withdrawn = this.jdbc.sql("""
				update plan_suggestion set status = 'withdrawn', decided_at = now() where id = :id
				returning\s""" + COLUMNS).param("id", suggestionId).query(PlanSuggestions::map).single();
		this.events.publishEvent(new SuggestionWithdrawn(suggestionId, accountId, current.itemCode(), suggestedBy,
				current.source().teamId()));
		return withdrawn;
	}

	private PlanSuggestion answer(UUID accountId, UUID suggestionId, String status) {
		PlanSuggestion current = this.jdbc
			.sql("select " + COLUMNS + " from plan_suggestion where id = :id and account_id = :account for update")
			.param("id", suggestionId)
			.param("account", accountId)
			.query(PlanSuggestions::map)
			.optional()
			.orElseThrow(() -> DomainException.notFound("suggestion.notFound"));
		if (!current.isOpen()) {
			throw DomainException.invalidTransition("status", "suggestion.alreadyAnswered");
		}
		return this.jdbc.sql("""
				update plan_suggestion set status = :status, decided_at = now() where id = :id
				returning\s""" + COLUMNS)
			.param("status", status)
			.param("id", suggestionId)
			.query(PlanSuggestions::map)
			.single();
	}

	private static PlanSuggestion map(ResultSet rs, int row) throws SQLException {
		return new PlanSuggestion(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getString("item_code"), rs.getString("note"), rs.getObject("suggested_by", UUID.class),
				rs.getString("suggested_by_name"), rs.getString("status"), rs.getTimestamp("created_at").toInstant(),
				(rs.getTimestamp("decided_at") == null) ? null : rs.getTimestamp("decided_at").toInstant(),
				new SuggestionSource(rs.getString("source"), rs.getObject("source_team_id", UUID.class),
						rs.getString("source_team_name")));
	}

}

package dev.skillgap.notifications;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.platform.DomainException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How each person wants each kind of notification ({@link Delivery}); a kind they never
 * chose is delivered as its default ({@link NotificationKind#defaultDelivery()}).
 */
@Service
public class NotificationPreferences {

	private final JdbcClient jdbc;

	NotificationPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A kind and how it is delivered. */
	public record Preference(NotificationKind kind, Delivery delivery) {
	}

	/** Every kind with its delivery for the person, in the order of the kinds. */
	public List<Preference> of(UUID accountId) {
		Map<NotificationKind, Delivery> chosen = deliveries(accountId);
		List<Preference> preferences = new ArrayList<>();
		for (NotificationKind kind : NotificationKind.values()) {
			preferences.add(new Preference(kind, chosen.get(kind)));
		}
		return preferences;
	}

	/** The delivery of every kind for the person (defaults filled in). */
	public Map<NotificationKind, Delivery> deliveries(UUID accountId) {
		Map<NotificationKind, Delivery> deliveries = new EnumMap<>(NotificationKind.class);
		for (NotificationKind kind : NotificationKind.values()) {
			deliveries.put(kind, kind.defaultDelivery());
		}
		this.jdbc.sql("select kind, delivery from notification_preference where account_id = :account")
			.param("account", accountId)
			.query((rs) -> {
				String kind = rs.getString(1);
				Delivery delivery = Delivery.of(rs.getString(2));
				known(kind).ifPresent((known) -> deliveries.put(known, delivery));
			});
		return deliveries;
	}

	public Delivery delivery(UUID accountId, NotificationKind kind) {
		return deliveries(accountId).get(kind);
	}

	/**
	 * Sets the delivery of the kinds listed (the others keep theirs).
	 * @param changes kind code and delivery code pairs
	 * @return every kind with its delivery
	 * @throws DomainException 400 ({@code [i].kind}, {@code [i].delivery}) for an unknown
	 * kind or delivery
	 */
	@Transactional
	public List<Preference> set(UUID accountId, List<Map.Entry<String, String>> changes) {
		List<Preference> parsed = new ArrayList<>();
		for (int i = 0; i < changes.size(); i++) {
			String kind = changes.get(i).getKey();
			String delivery = changes.get(i).getValue();
			String field = "[" + i + "].kind";
			NotificationKind known = known(kind)
				.orElseThrow(() -> DomainException.invalid(field, "notification.preference.kind", kind));
			Delivery how;
			try {
				how = Delivery.of(delivery);
			}
			catch (IllegalArgumentException ex) {
				throw DomainException.invalid("[" + i + "].delivery", "notification.preference.delivery", delivery);
			}
			parsed.add(new Preference(known, how));
		}
		parsed.forEach((preference) -> set(accountId, preference.kind(), preference.delivery()));
		return of(accountId);
	}

	/** Sets how one kind is delivered. */
	@Transactional
	public void set(UUID accountId, NotificationKind kind, Delivery delivery) {
		this.jdbc.sql("""
				insert into notification_preference (account_id, kind, delivery)
				select :account, :kind, :delivery where exists (select 1 from account where id = :account)
				on conflict (account_id, kind) do update set delivery = excluded.delivery, updated_at = now()
				""").param("account", accountId).param("kind", kind.code()).param("delivery", delivery.code()).update();
	}

	/** The people who chose this delivery for some kind. */
	List<UUID> choosing(Delivery delivery) {
		return this.jdbc.sql("select distinct account_id from notification_preference where delivery = :delivery")
			.param("delivery", delivery.code())
			.query(UUID.class)
			.list();
	}

	private static java.util.Optional<NotificationKind> known(String code) {
		try {
			return java.util.Optional.of(NotificationKind.of(code));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

}

package dev.skillgap.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone registered. Published by {@link Accounts#register} in the transaction that
 * creates the account. Carries neither the email nor the password hash: events are stored
 * (serialised) in the event publication registry and its archive, so personal data stays
 * in the account table; listeners that need the email read it with {@link Accounts#find}.
 *
 * @param locale the account's language, {@code ja} or {@code en}
 * @param at when the account was created
 */
public record AccountCreated(UUID accountId, String locale, Instant at) {
}

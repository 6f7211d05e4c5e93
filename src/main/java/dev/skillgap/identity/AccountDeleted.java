package dev.skillgap.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was deleted: its rows in every module went with it (each table that refers
 * to an account cascades), and all its sessions were ended.
 */
public record AccountDeleted(UUID accountId, Instant deletedAt) {
}

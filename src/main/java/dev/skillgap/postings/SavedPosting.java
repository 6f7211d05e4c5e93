package dev.skillgap.postings;

import java.time.Instant;
import java.util.UUID;

/** A job posting a user saved. */
public record SavedPosting(UUID id, String title, String text, Instant createdAt) {
}

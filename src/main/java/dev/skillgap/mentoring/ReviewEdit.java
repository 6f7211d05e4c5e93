package dev.skillgap.mentoring;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One edit of a review or reply: who, when, and the text before it. */
public record ReviewEdit(long id, @Nullable UUID editorId, String editorName, String previousBody, Instant editedAt) {
}

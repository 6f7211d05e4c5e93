package dev.skillgap.mentoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A dated review note a mentor wrote on a mentee's progress (Markdown), or a reply to one
 * ({@code parentId} set), by the mentee or a mentor.
 *
 * @param authorId {@code null} once the author's account is deleted
 * @param editedAt the last edit, if any; every edit is kept as a {@link ReviewEdit}
 * @param replies the replies to a review, oldest first (empty for a reply)
 */
public record Review(UUID id, UUID menteeId, @Nullable UUID authorId, String authorName, @Nullable UUID parentId,
		String body, Instant createdAt, @Nullable Instant editedAt, @Nullable UUID editedBy, int editCount,
		List<Review> replies) {

	public Review withReplies(List<Review> replies) {
		return new Review(this.id, this.menteeId, this.authorId, this.authorName, this.parentId, this.body,
				this.createdAt, this.editedAt, this.editedBy, this.editCount, List.copyOf(replies));
	}

}

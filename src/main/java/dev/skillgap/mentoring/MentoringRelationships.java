package dev.skillgap.mentoring;

import java.util.UUID;

import dev.skillgap.access.Relationships;

import org.springframework.stereotype.Component;

/**
 * An active mentorship lets the mentor see the mentee's data: routes under
 * {@code /api/mentees/{menteeId}}. Pending, declined and ended mentorships give nothing.
 */
@Component
class MentoringRelationships implements Relationships {

	static final String PATH_VARIABLE = "menteeId";

	private final MentorshipRepository repository;

	MentoringRelationships(MentorshipRepository repository) {
		this.repository = repository;
	}

	@Override
	public String pathVariable() {
		return PATH_VARIABLE;
	}

	@Override
	public String name() {
		return "mentor";
	}

	@Override
	public boolean grants(UUID viewerId, UUID subjectId) {
		return this.repository.isActive(viewerId, subjectId);
	}

}

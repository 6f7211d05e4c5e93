package dev.skillgap.access.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.skillgap.access.AuditEntry;
import dev.skillgap.access.AuditTrail;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.platform.MessageRenderer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The learner's audit trail: who saw or changed what about them. */
@RestController
@Tag(name = "Audit trail", description = "Who saw or changed what about me")
class AuditController {

	private final AuditTrail audit;

	private final MessageRenderer messages;

	AuditController(AuditTrail audit, MessageRenderer messages) {
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/api/me/audit")
	@Operation(summary = "Who saw or changed what about me, newest first",
			description = "Validations, relationship changes, suggestions, reviews, and views of my data by others "
					+ "(at most one entry per viewer and hour). Kept when a relationship ends.")
	AuditPageResponse trail(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit,
			@RequestParam(defaultValue = "0") @Min(0) int offset, Locale locale) {
		List<AuditEntryResponse> entries = this.audit.of(user.id(), limit, offset)
			.stream()
			.map((entry) -> response(entry, locale))
			.toList();
		return new AuditPageResponse(entries, this.audit.count(user.id()));
	}

	private AuditEntryResponse response(AuditEntry entry, Locale locale) {
		Map<String, String> d = entry.detail();
		String name = d.getOrDefault("ja".equals(locale.getLanguage()) ? "name_ja" : "name_en", "");
		String text = this.messages.render(dev.skillgap.platform.Message.of("audit." + entry.action(),
				entry.actorName(), name, d.getOrDefault("level", ""), d.getOrDefault("selfLevel", ""),
				d.getOrDefault("email", ""), d.getOrDefault("by", ""), d.getOrDefault("relationship", ""),
				d.getOrDefault("ja".equals(locale.getLanguage()) ? "role_ja" : "role_en",
						d.getOrDefault("roleCode", "")),
				d.getOrDefault("team", "")), locale);
		return new AuditEntryResponse(entry.id(), entry.actorId(), entry.actorName(), entry.action(), text, d,
				entry.at());
	}

	/**
	 * @param text the entry in words, in the reader's language
	 * @param detail what it was about (skillCode, level, selfLevel, itemCode...)
	 */
	record AuditEntryResponse(long id, @Nullable UUID actorId, String actorName, String action, String text,
			Map<String, String> detail, java.time.Instant at) {
	}

	record AuditPageResponse(List<AuditEntryResponse> entries, long total) {
	}

}

package dev.skillgap.certifications.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.skillgap.access.Audience;
import dev.skillgap.access.Subject;
import dev.skillgap.certifications.Certification;
import dev.skillgap.certifications.Certifications;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.learning.CertificationValidity;
import dev.skillgap.learning.LearningItem;
import dev.skillgap.teams.TeamMember;
import dev.skillgap.teams.TeamRoster;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Certifications as evidence: mine (recorded, removed), a mentee's (read only, through
 * the access policy) and a team's (leads), each with whether it has expired.
 */
@RestController
@Tag(name = "Certifications", description = "Certifications held, the skills they back and when they expire")
class CertificationsController {

	private final Certifications certifications;

	private final TeamRoster roster;

	CertificationsController(Certifications certifications, TeamRoster roster) {
		this.certifications = certifications;
		this.roster = roster;
	}

	@GetMapping("/api/me/certifications")
	@Operation(summary = "My certifications, those expiring first",
			description = "expired: past its expiry date; expiresOn null: it does not expire.")
	List<CertificationResponse> mine(Subject subject, Locale locale) {
		LocalDate today = this.certifications.today();
		return this.certifications.of(subject.id()).stream().map((c) -> response(c, today, locale)).toList();
	}

	@GetMapping("/api/mentees/{menteeId}/certifications")
	@Operation(summary = "A mentee's certifications (the body of GET /api/me/certifications)",
			description = "404 unless the caller is an active mentor of that person.")
	List<CertificationResponse> mentee(@PathVariable UUID menteeId, Subject subject, Locale locale) {
		return mine(subject, locale);
	}

	@PostMapping("/api/me/certifications")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a certification I hold",
			description = "From the catalog (itemCode: its title, its validity from issuedOn when expiresOn is "
					+ "absent, the skills it raises when supports is empty) or by name. The same certification "
					+ "issued on the same day is recorded once: repeating answers the first record. 400 naming the "
					+ "field for an unknown catalog credential, a missing name, an issue date in the future, an "
					+ "expiry before the issue date, an unknown skill or a verification link that is not http(s).")
	CertificationResponse record(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody CertificationRequest body, Locale locale) {
		Certification recorded = this.certifications.record(user.id(),
				new dev.skillgap.certifications.NewCertification(body.itemCode(), body.name(), body.issuedOn(),
						body.expiresOn(), body.credentialId(), body.verificationUrl(),
						(body.supports() != null) ? body.supports() : List.of()));
		return response(recorded, this.certifications.today(), locale);
	}

	@DeleteMapping("/api/me/certifications/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove one of my certifications", description = "404 unless it is mine.")
	void delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		this.certifications.delete(user.id(), id);
	}

	@GetMapping("/api/certifications/catalog")
	@Operation(summary = "The certifications and exams of the catalog, with how long each stays valid",
			description = "validityMonths null with lifetime true: it never expires; both null/false: no published "
					+ "period. supports: the skills it raises.")
	List<CatalogCredentialResponse> catalog(Locale locale) {
		return this.certifications.catalog().stream().map((c) -> {
			LearningItem item = c.item();
			CertificationValidity validity = c.validity();
			return new CatalogCredentialResponse(item.code(), item.title().in(locale), item.provider(), item.kind(),
					(validity != null) ? validity.months() : null, validity != null && validity.lifetime(),
					(validity != null && validity.renewal() != null) ? validity.renewal().in(locale) : null,
					item.raises().stream().map(LearningItem.Raise::skillCode).toList());
		}).toList();
	}

	@GetMapping("/api/teams/{teamId}/certifications")
	@Operation(summary = "The certifications of the team's members, those expiring first (leads only)")
	List<MemberCertificationResponse> team(@PathVariable UUID teamId, Audience audience, Locale locale) {
		audience.requireLead();
		Map<UUID, TeamMember> members = this.roster.active(teamId)
			.stream()
			.collect(Collectors.toMap(TeamMember::accountId, Function.identity()));
		LocalDate today = this.certifications.today();
		return this.certifications.of(members.keySet())
			.stream()
			.map((c) -> new MemberCertificationResponse(c.accountId(), members.get(c.accountId()).displayName(),
					response(c, today, locale)))
			.sorted(Comparator.comparing((MemberCertificationResponse r) -> r.certification().expiresOn(),
					Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	private CertificationResponse response(Certification c, LocalDate today, Locale locale) {
		CertificationValidity validity = this.certifications.validity(c.itemCode());
		return new CertificationResponse(c.id(), c.itemCode(), c.name(), c.issuedOn(), c.expiresOn(), c.credentialId(),
				c.verificationUrl(), c.supports(), c.expiredOn(today),
				(validity != null && validity.renewal() != null) ? validity.renewal().in(locale) : null);
	}

	/**
	 * @param itemCode a certification or exam of the catalog (GET
	 * /api/certifications/catalog), or null for one by name
	 * @param expiresOn absent: the catalog's validity from issuedOn
	 * @param supports skill codes; absent or empty: the skills the catalog item raises
	 */
	record CertificationRequest(@Nullable @Size(max = 80) String itemCode, @Nullable @Size(max = 200) String name,
			@NotNull LocalDate issuedOn, @Nullable LocalDate expiresOn, @Nullable @Size(max = 200) String credentialId,
			@Nullable @Size(max = 2000) String verificationUrl, @Nullable @Size(max = 100) List<String> supports) {
	}

	/**
	 * @param expired past its expiry date
	 * @param renewal how to renew it (catalog credentials), in the request's language
	 */
	record CertificationResponse(UUID id, @Nullable String itemCode, String name, LocalDate issuedOn,
			@Nullable LocalDate expiresOn, @Nullable String credentialId, @Nullable String verificationUrl,
			List<String> supports, boolean expired, @Nullable String renewal) {
	}

	record CatalogCredentialResponse(String itemCode, String name, String provider, String kind,
			@Nullable Integer validityMonths, boolean lifetime, @Nullable String renewal, List<String> supports) {
	}

	record MemberCertificationResponse(UUID memberId, String displayName, CertificationResponse certification) {
	}

}

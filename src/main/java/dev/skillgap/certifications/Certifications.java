package dev.skillgap.certifications;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.skillgap.learning.CertificationValidity;
import dev.skillgap.learning.LearningCatalog;
import dev.skillgap.learning.LearningItem;
import dev.skillgap.platform.DomainException;
import dev.skillgap.skills.SkillCatalog;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The certifications people hold: recording, listing, removing. */
@Service
public class Certifications {

	static final List<String> CREDENTIAL_KINDS = List.of("certification", "exam");

	private static final String COLUMNS = "id, account_id, item_code, name, issued_on, expires_on, credential_id, "
			+ "verification_url, supports, created_at";

	private final JdbcClient jdbc;

	private final LearningCatalog catalog;

	private final SkillCatalog skills;

	private final Clock clock;

	Certifications(JdbcClient jdbc, LearningCatalog catalog, SkillCatalog skills, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.skills = skills;
		this.clock = clock;
	}

	/** Today in UTC, by the application clock. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	/** A person's certifications, those expiring first (never-expiring last). */
	public List<Certification> of(UUID accountId) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from certification where account_id = :account
				order by expires_on nulls last, issued_on desc, name
				""").param("account", accountId).query(Certifications::map).list();
	}

	/** The certifications of many people, in one query. */
	public List<Certification> of(Collection<UUID> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + """
				 from certification where account_id = any(:accounts)
				order by expires_on nulls last, issued_on desc, name
				""").param("accounts", accountIds.toArray(UUID[]::new)).query(Certifications::map).list();
	}

	/**
	 * Records a certification; the same one (catalog item or name) issued on the same day
	 * is recorded once, so recording it again answers the first record.
	 * @throws DomainException 400 naming the field: an item that is no credential of the
	 * catalog, no name, a date in the future, an expiry before the issue date, an unknown
	 * skill, a verification link that is not http(s)
	 */
	@Transactional
	public Certification record(UUID accountId, NewCertification certification) {
		LocalDate today = today();
		String itemCode = blankToNull(certification.itemCode());
		LearningItem item = null;
		if (itemCode != null) {
			item = this.catalog.find(itemCode)
				.filter((found) -> CREDENTIAL_KINDS.contains(found.kind()))
				.orElseThrow(() -> DomainException.invalid("itemCode", "certification.itemCode.unknown", itemCode));
		}
		String name = blankToNull(certification.name());
		if (name == null) {
			if (item == null) {
				throw DomainException.invalid("name", "certification.name.required");
			}
			name = item.title().en();
		}
		if (certification.issuedOn().isAfter(today)) {
			throw DomainException.invalid("issuedOn", "certification.issuedOn.future");
		}
		LocalDate expiresOn = certification.expiresOn();
		if (expiresOn == null && item != null) {
			expiresOn = this.catalog.validity(item.code())
				.map((validity) -> validity.expiry(certification.issuedOn()))
				.orElse(null);
		}
		if (expiresOn != null && expiresOn.isBefore(certification.issuedOn())) {
			throw DomainException.invalid("expiresOn", "certification.expiresOn.beforeIssued");
		}
		String url = blankToNull(certification.verificationUrl());
		if (url != null && !isWebLink(url)) {
			throw DomainException.invalid("verificationUrl", "certification.verificationUrl.invalid");
		}
		Set<String> supports = new LinkedHashSet<>();
		for (int i = 0; i < certification.supports().size(); i++) {
			String skill = certification.supports().get(i);
			if (!this.skills.exists(skill)) {
				throw DomainException.invalid("supports[" + i + "]", "skill.notFound", skill);
			}
			supports.add(skill);
		}
		if (supports.isEmpty() && item != null) {
			item.raises().forEach((raise) -> supports.add(raise.skillCode()));
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into certification (id, account_id, item_code, name, issued_on, expires_on, credential_id,
				  verification_url, supports)
				values (:id, :account, :item, :name, :issuedOn, :expiresOn, :credentialId, :url, :supports)
				on conflict do nothing
				""")
			.param("id", id)
			.param("account", accountId)
			.param("item", itemCode)
			.param("name", name)
			.param("issuedOn", certification.issuedOn())
			.param("expiresOn", expiresOn)
			.param("credentialId", blankToNull(certification.credentialId()))
			.param("url", url)
			.param("supports", supports.toArray(String[]::new))
			.update();
		return this.jdbc.sql("select " + COLUMNS + """
				 from certification where account_id = :account and coalesce(item_code, lower(name)) = :key
				 and issued_on = :issuedOn
				""")
			.param("account", accountId)
			.param("key", (itemCode != null) ? itemCode : name.toLowerCase(java.util.Locale.ROOT))
			.param("issuedOn", certification.issuedOn())
			.query(Certifications::map)
			.single();
	}

	/**
	 * @throws DomainException 404 unless it is the person's
	 */
	@Transactional
	public void delete(UUID accountId, UUID id) {
		int deleted = this.jdbc.sql("delete from certification where id = :id and account_id = :account")
			.param("id", id)
			.param("account", accountId)
			.update();
		if (deleted == 0) {
			throw DomainException.notFound("certification.notFound");
		}
	}

	/** The credentials of the catalog with their validity (when published). */
	public List<CatalogCredential> catalog() {
		List<CatalogCredential> credentials = new ArrayList<>();
		for (LearningItem item : this.catalog.items()) {
			if (CREDENTIAL_KINDS.contains(item.kind())) {
				credentials.add(new CatalogCredential(item, this.catalog.validity(item.code()).orElse(null)));
			}
		}
		return credentials;
	}

	/** The renewal path of a catalog credential, if the catalog gives one. */
	public @Nullable CertificationValidity validity(@Nullable String itemCode) {
		return (itemCode == null) ? null : this.catalog.validity(itemCode).orElse(null);
	}

	/** Certifications expiring between two days (both included), in one query. */
	List<Certification> expiring(LocalDate from, LocalDate until) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from certification where expires_on between :from and :until order by expires_on")
			.param("from", from)
			.param("until", until)
			.query(Certifications::map)
			.list();
	}

	/**
	 * A credential of the catalog.
	 *
	 * @param validity null when no period is published
	 */
	public record CatalogCredential(LearningItem item, @Nullable CertificationValidity validity) {
	}

	private static boolean isWebLink(String url) {
		try {
			URI uri = new URI(url);
			return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static Certification map(ResultSet rs, int row) throws SQLException {
		Array supports = rs.getArray("supports");
		return new Certification(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getString("item_code"), rs.getString("name"), rs.getObject("issued_on", LocalDate.class),
				rs.getObject("expires_on", LocalDate.class), rs.getString("credential_id"),
				rs.getString("verification_url"), Arrays.asList((String[]) supports.getArray()),
				rs.getTimestamp("created_at").toInstant());
	}

}

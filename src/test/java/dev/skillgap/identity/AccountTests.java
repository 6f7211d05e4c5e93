package dev.skillgap.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTests {

	@Test
	void registrationKeepsTheEmailAsTypedButTrimmed() {
		Account account = Account.register("  Ada.Lovelace@Example.COM ", " Ada ", "{argon2}hash", "ja");
		assertThat(account.email()).isEqualTo("Ada.Lovelace@Example.COM");
		assertThat(account.displayName()).isEqualTo("Ada");
		assertThat(account.normalisedEmail()).isEqualTo("ada.lovelace@example.com");
		assertThat(account.locale()).isEqualTo("ja");
		assertThat(account.id()).isNotNull();
		assertThat(account.createdAt()).isNotNull();
	}

	@Test
	void unknownOrMissingLocalesBecomeEnglish() {
		assertThat(Account.register("a@b.test", "A", "h", null).locale()).isEqualTo("en");
		assertThat(Account.register("a@b.test", "A", "h", "fr").locale()).isEqualTo("en");
		assertThat(Account.register("a@b.test", "A", "h", "en").locale()).isEqualTo("en");
	}

	@Test
	void profileChangesKeepWhatIsNotGiven() {
		Account account = Account.register("a@b.test", "Ada", "h", "en");
		Account renamed = account.withProfile(" Countess ", null);
		assertThat(renamed.displayName()).isEqualTo("Countess");
		assertThat(renamed.locale()).isEqualTo("en");
		Account japanese = renamed.withProfile(null, "ja");
		assertThat(japanese.displayName()).isEqualTo("Countess");
		assertThat(japanese.locale()).isEqualTo("ja");
		assertThat(japanese.id()).isEqualTo(account.id());
		assertThat(japanese.email()).isEqualTo(account.email());
		assertThat(japanese.passwordHash()).isEqualTo(account.passwordHash());
		assertThat(japanese.createdAt()).isEqualTo(account.createdAt());
	}

	@Test
	void adminEmailsMatchIgnoringCaseAndSpaces() {
		IdentityProperties properties = new IdentityProperties(List.of(" Boss@Example.com ", "ops@example.com"));
		assertThat(properties.isAdmin("boss@example.com")).isTrue();
		assertThat(properties.isAdmin(" BOSS@EXAMPLE.COM")).isTrue();
		assertThat(properties.isAdmin("ops@example.com")).isTrue();
		assertThat(properties.isAdmin("boss@example.com.evil.test")).isFalse();
		assertThat(properties.isAdmin("someone@example.com")).isFalse();
		assertThat(new IdentityProperties(List.of()).isAdmin("boss@example.com")).isFalse();
	}

	@Test
	void theSessionUserKeepsNoPasswordOnceErased() {
		CurrentUser user = new CurrentUser(java.util.UUID.randomUUID(), "a@b.test", "{argon2}hash",
				List.of("LEARNER", "ADMIN"));
		assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEARNER", "ROLE_ADMIN");
		assertThat(user.isAdmin()).isTrue();
		user.eraseCredentials();
		assertThat(user.getPassword()).isNull();
	}

}

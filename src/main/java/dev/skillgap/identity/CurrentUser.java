package dev.skillgap.identity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person, as kept in the session. Controllers of every module take it with
 * {@code @AuthenticationPrincipal CurrentUser user} and pass {@link #id()} on; profile
 * data that can change (name, locale) is read from the database, not from here.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	private final UUID id;

	private final String email;

	private final List<String> roles;

	private String passwordHash;

	CurrentUser(UUID id, String email, String passwordHash, List<String> roles) {
		this.id = id;
		this.email = email;
		this.passwordHash = passwordHash;
		this.roles = List.copyOf(roles);
	}

	public UUID id() {
		return this.id;
	}

	public String email() {
		return this.email;
	}

	/** Product roles, such as {@code LEARNER} and {@code ADMIN}. */
	public List<String> roles() {
		return this.roles;
	}

	public boolean isAdmin() {
		return this.roles.contains("ADMIN");
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}

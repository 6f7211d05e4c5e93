package dev.skillgap.identity;

import java.util.UUID;

import dev.skillgap.platform.CallerAccount;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The logged-in account of the current request, from the security context. */
@Component
class CurrentAccount implements CallerAccount {

	@Override
	public @Nullable UUID current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user.id() : null;
	}

}

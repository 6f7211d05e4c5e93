package dev.skillgap.access.web;

import java.util.Map;
import java.util.Optional;

import dev.skillgap.access.AccessPolicy;
import dev.skillgap.access.Owner;
import dev.skillgap.identity.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Runs the {@link AccessPolicy} before every controller method whose route names a person
 * or a group ({@code {menteeId}}, {@code {teamId}}) and any object beside them, whether
 * or not the method asks for a {@code Subject} or {@code Audience}: a route cannot reach
 * another person's data, or an object of someone else, without the policy's check. The
 * resolved owner is kept for {@link SubjectArgumentResolver}.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

	/** The request attribute holding the {@link Owner} the policy resolved. */
	static final String OWNER = AccessInterceptor.class.getName() + ".owner";

	private final AccessPolicy policy;

	AccessInterceptor(AccessPolicy policy) {
		this.policy = policy;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		Map<String, String> variables = variables(request);
		if (variables.isEmpty() || this.policy.ownerVariable(variables.keySet()).isEmpty()) {
			return true;
		}
		Optional<CurrentUser> viewer = currentUser();
		if (viewer.isEmpty()) {
			// the security filter chain lets nobody anonymous this far on such a route;
			// should it ever, the argument resolver refuses
			return true;
		}
		this.policy.owner(viewer.get().id(), variables).ifPresent((owner) -> request.setAttribute(OWNER, owner));
		return true;
	}

	@SuppressWarnings("unchecked")
	static Map<String, String> variables(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

	static Optional<CurrentUser> currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? Optional.of(user)
				: Optional.empty();
	}

}

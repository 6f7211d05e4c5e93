package dev.skillgap.access.web;

import java.util.Map;
import java.util.UUID;

import dev.skillgap.access.AccessPolicy;
import dev.skillgap.access.Audience;
import dev.skillgap.access.Subject;
import dev.skillgap.identity.CurrentUser;
import dev.skillgap.platform.DomainException;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Resolves a controller's {@link Subject} parameter: the caller on {@code /api/me/...},
 * or the person a path variable such as {@code {menteeId}} names, through the
 * {@link AccessPolicy} (404 unless a relationship grants it). A route cannot read another
 * person's data without going through here.
 */
@Component
class SubjectArgumentResolver implements HandlerMethodArgumentResolver {

	static {
		// not a request parameter: the API documentation shows the path variable instead
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Subject.class, Audience.class);
	}

	private final AccessPolicy policy;

	SubjectArgumentResolver(AccessPolicy policy) {
		this.policy = policy;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Subject.class.equals(parameter.getParameterType())
				|| Audience.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		if (Audience.class.equals(parameter.getParameterType())) {
			return audience(request);
		}
		return subject(request);
	}

	private Audience audience(NativeWebRequest request) {
		CurrentUser viewer = currentUser();
		for (Map.Entry<String, String> variable : variables(request).entrySet()) {
			if (this.policy.servesGroupPathVariable(variable.getKey())) {
				return this.policy.audience(viewer.id(), variable.getKey(),
						parse(variable.getValue(), "group.notFound"));
			}
		}
		throw new IllegalStateException("An Audience parameter needs a group path variable such as {teamId}");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> variables(NativeWebRequest request) {
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return (variables != null) ? variables : Map.of();
	}

	private Subject subject(NativeWebRequest request) {
		CurrentUser viewer = currentUser();
		for (Map.Entry<String, String> variable : variables(request).entrySet()) {
			if (this.policy.servesPathVariable(variable.getKey())) {
				return this.policy.subject(viewer.id(), variable.getKey(),
						parse(variable.getValue(), "person.notFound"));
			}
		}
		return Subject.self(viewer.id());
	}

	private static UUID parse(String value, String notFound) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			// a malformed id names nobody
			throw DomainException.notFound(notFound);
		}
	}

	private static CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			throw new AuthenticationCredentialsNotFoundException("Not logged in");
		}
		return user;
	}

}

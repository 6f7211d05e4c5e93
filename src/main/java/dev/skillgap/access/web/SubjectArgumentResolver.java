package dev.skillgap.access.web;

import dev.skillgap.access.Audience;
import dev.skillgap.access.Subject;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves a controller's {@link Subject} or {@link Audience} parameter: the caller on
 * {@code /api/me/...}, or the person or group a path variable such as {@code {menteeId}}
 * names, as {@link AccessInterceptor} had the access policy resolve it before the
 * controller method was called (404 unless a relationship grants it).
 */
@Component
class SubjectArgumentResolver implements HandlerMethodArgumentResolver {

	static {
		// not a request parameter: the API documentation shows the path variable instead
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Subject.class, Audience.class);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return Subject.class.equals(parameter.getParameterType())
				|| Audience.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest request, @Nullable WebDataBinderFactory binderFactory) {
		HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
		Object owner = (servletRequest != null) ? servletRequest.getAttribute(AccessInterceptor.OWNER) : null;
		if (parameter.getParameterType().isInstance(owner)) {
			return owner;
		}
		if (owner != null || Audience.class.equals(parameter.getParameterType())) {
			throw new IllegalStateException(parameter.getParameterType().getSimpleName() + " parameter of "
					+ parameter.getMethod() + " on a route whose path variables name no such owner");
		}
		return Subject.self(AccessInterceptor.currentUser()
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"))
			.id());
	}

}

package dev.skillgap.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.skillgap.access.AccessPolicy;
import dev.skillgap.access.OwnedObjects;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Refuses to start the app while a route names an owner ({@code {menteeId}},
 * {@code {teamId}}) and, beside it, an object id that no {@link OwnedObjects} checks:
 * such a route could act on someone else's object (a review request of another mentee)
 * through the caller's own relationship. A path variable bound to a {@code String} is a
 * code of reference data (a skill, a role), which belongs to nobody.
 */
@Component
class OwnedRoutesCheck implements ApplicationListener<ContextRefreshedEvent> {

	private static final ParameterNameDiscoverer PARAMETER_NAMES = new DefaultParameterNameDiscoverer();

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}");

	private final AccessPolicy policy;

	OwnedRoutesCheck(AccessPolicy policy) {
		this.policy = policy;
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		List<String> unchecked = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : event.getApplicationContext()
			.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> route : mapping.getHandlerMethods().entrySet()) {
				for (String pattern : route.getKey().getPatternValues()) {
					unchecked.addAll(unchecked(pattern, route.getValue()));
				}
			}
		}
		if (!unchecked.isEmpty()) {
			throw new IllegalStateException("Routes naming an object that no OwnedObjects bean checks against "
					+ "the owner the route names (add one, or bind the variable to a String code): "
					+ new TreeSet<>(unchecked));
		}
	}

	/**
	 * The object variables of one route that nothing checks, as {@code pattern
	 * {variable}}.
	 */
	List<String> unchecked(String pattern, HandlerMethod handler) {
		List<String> variables = variables(pattern);
		Optional<String> owner = this.policy.ownerVariable(variables);
		if (owner.isEmpty()) {
			return List.of();
		}
		List<String> unchecked = new ArrayList<>();
		for (String variable : variables) {
			if (!variable.equals(owner.get()) && !this.policy.servesObject(owner.get(), variable)
					&& !isCode(handler, variable)) {
				unchecked.add(pattern + " {" + variable + "}");
			}
		}
		return unchecked;
	}

	static List<String> variables(String pattern) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(pattern);
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		return variables;
	}

	/** Whether the handler binds the variable to a String (a code, not an id). */
	private static boolean isCode(HandlerMethod handler, String variable) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			PathVariable annotation = parameter.getParameterAnnotation(PathVariable.class);
			if (annotation == null) {
				continue;
			}
			parameter.initParameterNameDiscovery(PARAMETER_NAMES);
			String name = !annotation.name().isEmpty() ? annotation.name()
					: !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
			if (variable.equals(name)) {
				return String.class.equals(parameter.getParameterType());
			}
		}
		return false;
	}

}

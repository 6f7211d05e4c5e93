package dev.skillgap.identity;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents {@code POST /api/auth/logout}, which the security filter chain answers (no
 * controller), so that the OpenAPI description lists every route.
 */
@Component
class LogoutDocumentation implements OpenApiCustomizer {

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		Operation logout = new Operation().addTagsItem("Identity")
			.summary("Log out: ends the session (needs the CSRF token)")
			.operationId("logout")
			.responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("Logged out"))
				.addApiResponse("403", new ApiResponse().description("Missing or invalid CSRF token")));
		openApi.getPaths().addPathItem("/api/auth/logout", new PathItem().post(logout));
	}

}

package dev.skillgap.identity;

import java.util.List;

import dev.skillgap.platform.ApiDocumentation;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents {@code POST /api/auth/logout}, which the security filter chain answers (no
 * controller), so that the OpenAPI description lists every route. It needs the CSRF
 * token, not a session (logging out twice is fine).
 */
@Component
class LogoutDocumentation implements OpenApiCustomizer {

	@Override
	public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
		Operation logout = new Operation().addTagsItem("Identity")
			.summary("Log out: ends the session (needs the CSRF token)")
			.operationId("authLogout")
			.security(List.of(new SecurityRequirement().addList(ApiDocumentation.CSRF)))
			.responses(new ApiResponses().addApiResponse("204", new ApiResponse().description("Logged out")));
		ApiDocumentation.document(PathItem.HttpMethod.POST, logout);
		openApi.getPaths().addPathItem("/api/auth/logout", new PathItem().post(logout));
	}

}

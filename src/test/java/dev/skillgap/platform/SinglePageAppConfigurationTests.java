package dev.skillgap.platform;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SinglePageAppConfigurationTests {

	@ParameterizedTest
	@ValueSource(strings = { "skills", "roles/cloud-engineer", "me/skills", "login", "" })
	void clientRoutesFallBackToTheApp(String path) {
		assertThat(SinglePageAppConfiguration.isClientRoute(path)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "api", "api/", "api/skills", "api/auth/me", "actuator/health", "actuator", "v3/api-docs",
			"swagger-ui/index.html", "swagger-ui.html", "assets/index-abc123.js", "favicon.ico" })
	void serverPathsAndFilesDoNot(String path) {
		assertThat(SinglePageAppConfiguration.isClientRoute(path)).isFalse();
	}

}

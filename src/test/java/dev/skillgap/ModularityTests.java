package dev.skillgap;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** The feature modules and their allowed dependencies (Spring Modulith). */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(SkillgapApplication.class);

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void theFoundationModulesExist() {
		assertThat(modules.stream().map(ApplicationModule::getName)).contains("identity", "platform");
	}

	@Test
	void writesTheModuleDocumentation() throws Exception {
		new Documenter(modules).writeDocumentation();
		Path docs = Path.of("target", "spring-modulith-docs");
		assertThat(docs.resolve("components.puml")).exists();
		assertThat(Files.readString(docs.resolve("components.puml"))).contains("Identity", "Platform", "depends on");
	}

}

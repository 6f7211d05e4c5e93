package dev.skillgap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

	/**
	 * Spring Modulith's {@link Documenter} writes the module diagram; the README's
	 * architecture section shows it, and this fails when the two differ. Run with
	 * {@code -Dmodules.update=true} to copy the new diagram into the README.
	 */
	@Test
	void theReadmeShowsTheModuleDiagramDocumenterWrites() throws Exception {
		new Documenter(modules).writeModulesAsPlantUml(
				Documenter.DiagramOptions.defaults().withStyle(Documenter.DiagramOptions.DiagramStyle.UML));
		Path docs = Path.of("target", "spring-modulith-docs");
		String diagram = normalised(Files.readString(docs.resolve("components.puml")));
		assertThat(diagram).contains("Identity", "depends on");

		Path readme = Path.of("README.md");
		String text = Files.readString(readme);
		int start = text.indexOf(DIAGRAM_START);
		int end = text.indexOf(DIAGRAM_END);
		assertThat(start).as("README.md has the module diagram markers").isNotNegative();
		assertThat(end).isGreaterThan(start);
		String shown = text.substring(start + DIAGRAM_START.length(), end).strip();
		String expected = "```plantuml\n" + diagram + "\n```";
		if (Boolean.getBoolean("modules.update")) {
			Files.writeString(readme,
					text.substring(0, start + DIAGRAM_START.length()) + "\n" + expected + "\n" + text.substring(end));
			return;
		}
		assertThat(shown).as("README.md module diagram (./mvnw test -Dtest=ModularityTests -Dmodules.update=true)")
			.isEqualTo(expected);
	}

	/**
	 * The diagram with its relationship lines in a stable order (Documenter's varies).
	 */
	private static String normalised(String diagram) {
		List<String> lines = diagram.strip().lines().toList();
		List<String> relationships = lines.stream().filter((line) -> line.contains(" --> ")).sorted().toList();
		List<String> out = new ArrayList<>();
		for (String line : lines) {
			if (!line.contains(" --> ")) {
				out.add(line);
			}
			else if (out.isEmpty() || !out.get(out.size() - 1).contains(" --> ")) {
				if (!relationships.isEmpty() && !out.contains(relationships.get(0))) {
					out.addAll(relationships);
				}
			}
		}
		return String.join("\n", out);
	}

	private static final String DIAGRAM_START = "<!-- module diagram: written by ModularityTests -->";

	private static final String DIAGRAM_END = "<!-- end of module diagram -->";

}

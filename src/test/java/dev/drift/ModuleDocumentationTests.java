package dev.drift;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the module documentation into {@code docs/modules/}: the component diagram of
 * all modules ({@code components.puml}), one diagram and one canvas per module (its
 * facade, events, beans and dependencies), and {@code all-docs.adoc} that includes them.
 * Commit the result when modules change; the README links it.
 */
class ModuleDocumentationTests {

	static final Path FOLDER = Path.of("docs", "modules");

	@Test
	void writesTheModuleDiagramAndCanvasesIntoDocs() throws IOException {
		ApplicationModules modules = ApplicationModules.of(DriftApplication.class);

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(FOLDER.toString())).writeDocumentation();

		assertThat(FOLDER.resolve("components.puml")).exists();
		for (var module : modules) {
			assertThat(FOLDER.resolve("module-" + module.getIdentifier() + ".adoc")).exists();
		}
		Files.writeString(FOLDER.resolve("modules.md"), mermaid(modules));
		assertThat(Files.readString(FOLDER.resolve("components.puml"))).contains("Booking", "People");
		assertThat(Files.readString(FOLDER.resolve("modules.md"))).contains("booking --> people");
	}

	/**
	 * Each module and the modules it depends on directly, top-down, in a stable order.
	 */
	static String mermaid(ApplicationModules modules) {
		StringBuilder text = new StringBuilder("""
				# Drift's modules

				Written by `ModuleDocumentationTests` from the code (Spring Modulith); an arrow reads
				"depends on". Each module's canvas (facade, events, beans) is `module-<name>.adoc`.

				```mermaid
				flowchart TD
				""");
		modules.stream()
			.sorted(Comparator.comparing(ApplicationModule::getIdentifier, Comparator.comparing(Object::toString)))
			.forEach((module) -> module.getDirectDependencies(modules)
				.stream()
				.map((dependency) -> dependency.getTargetModule().getIdentifier().toString())
				.distinct()
				.sorted()
				.forEach((target) -> text.append("  ")
					.append(module.getIdentifier())
					.append(" --> ")
					.append(target)
					.append('\n')));
		return text.append("```\n").toString();
	}

}

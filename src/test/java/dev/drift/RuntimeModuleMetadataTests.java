package dev.drift;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Modulith's runtime support needs the list of modules at start-up (Flyway runs
 * each module's migrations with its own history table). Without a precomputed list it
 * scans every class with ArchUnit, which took about 5 of the 12 seconds of a start on the
 * 2-core machine (issue 11). The list is kept in
 * {@code META-INF/spring-modulith/application-modules.json}, the file Spring Modulith's
 * own AOT step writes and its runtime reads. This test writes it from the code and fails
 * when the committed file was out of date, so a new module cannot be forgotten: run the
 * test once more and commit the file.
 */
class RuntimeModuleMetadataTests {

	static final Path FILE = Path.of("src", "main", "resources", "META-INF", "spring-modulith",
			"application-modules.json");

	@Test
	void theCommittedModuleListIsTheOneTheCodeHas() throws IOException {
		String current = new ApplicationModulesExporter(ApplicationModules.of(DriftApplication.class)).toJson();
		String committed = Files.exists(FILE) ? Files.readString(FILE) : "{}";
		boolean stale = !modules(committed).equals(modules(current))
				|| !List.copyOf(modules(committed).keySet()).equals(List.copyOf(modules(current).keySet()));
		if (stale) {
			Files.createDirectories(FILE.getParent());
			Files.writeString(FILE, current);
		}

		assertThat(stale).as(FILE + " was out of date and is now rewritten: commit it").isFalse();
		assertThat(modules(current)).containsKeys("booking", "people", "outcomes");
	}

	/**
	 * Each module in the file's order (the order Flyway migrates them in) with its
	 * dependencies (target and types) as a sorted set: the exporter lists them in no
	 * fixed order.
	 */
	private static Map<String, Set<String>> modules(String json) {
		Map<String, Set<String>> modules = new LinkedHashMap<>();
		JsonNode root = JsonMapper.builder().build().readTree(json);
		for (String module : root.propertyNames()) {
			Set<String> dependencies = new TreeSet<>();
			root.get(module).path("dependencies").forEach((dependency) -> {
				Set<String> types = new TreeSet<>();
				dependency.path("types").forEach((type) -> types.add(type.asString()));
				dependencies.add(dependency.path("target").asString() + " " + types);
			});
			modules.put(module, dependencies);
		}
		return modules;
	}

}

package dev.drift;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the conformance tests find the specification's data files: the folder named by a
 * system property, else the spec beside the project ({@code ../shared/spec}), else the
 * copy kept in this repository under {@code src/test/resources/spec} for a checkout on
 * its own ({@code SpecCopyTests} keeps that copy identical to the spec whenever both are
 * present).
 */
public final class SpecFiles {

	static final Path BESIDE = Path.of("../shared/spec");

	static final Path COPY = Path.of("src/test/resources/spec");

	private SpecFiles() {
	}

	/**
	 * @param property the system property that names the folder, e.g.
	 * {@code drift.sleep.vectors}
	 * @param inSpec the folder inside the spec, e.g. {@code vectors} or {@code ""}
	 */
	public static Path folder(String property, String inSpec) {
		String configured = System.getProperty(property);
		if (configured != null && !configured.isBlank()) {
			return Path.of(configured);
		}
		return Files.isDirectory(BESIDE) ? BESIDE.resolve(inSpec) : COPY.resolve(inSpec);
	}

	/**
	 * Every {@code *.json} document of the folder whose {@code schema} is the given one,
	 * in file-name order (never one hard-coded file), each checked to hold {@code count}
	 * scenarios and to be for the questionnaire's rule-set version.
	 */
	public static List<JsonNode> scenarioDocuments(Path folder, String schema, String ruleSetVersion)
			throws IOException {
		List<Path> files = new ArrayList<>();
		try (DirectoryStream<Path> found = Files.newDirectoryStream(folder, "*.json")) {
			found.forEach(files::add);
		}
		files.sort(null);
		JsonMapper json = JsonMapper.builder().build();
		List<JsonNode> documents = new ArrayList<>();
		for (Path file : files) {
			JsonNode doc = json.readTree(file.toFile());
			if (schema.equals(doc.path("schema").asString(""))) {
				assertThat(doc.path("scenarios").size()).as(file + " count").isEqualTo(doc.path("count").asInt());
				assertThat(doc.path("ruleSetVersion").asString()).as(file + " ruleSetVersion")
					.isEqualTo(ruleSetVersion);
				documents.add(doc);
			}
		}
		return documents;
	}

}

package dev.drift;

import java.nio.file.Files;
import java.nio.file.Path;

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

}

package dev.drift;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The repository's copy of the specification's data files is the spec itself, file for
 * file, whenever the spec is checked out beside the project.
 */
class SpecCopyTests {

	@Test
	void theCopiedSpecFilesAreIdenticalToTheSpecBesideTheProject() throws IOException {
		assumeTrue(Files.isDirectory(SpecFiles.BESIDE), "the spec is not beside the project");
		List<Path> copied;
		try (Stream<Path> files = Files.walk(SpecFiles.COPY)) {
			copied = files.filter(Files::isRegularFile).toList();
		}
		assertThat(copied).hasSizeGreaterThanOrEqualTo(5);
		for (Path copy : copied) {
			Path original = SpecFiles.BESIDE.resolve(SpecFiles.COPY.relativize(copy));
			assertThat(Files.readAllBytes(copy)).as("%s is a copy of %s", copy, original)
				.isEqualTo(Files.readAllBytes(original));
		}
		try (Stream<Path> vectors = Files.list(SpecFiles.BESIDE.resolve("vectors"))) {
			assertThat(vectors.filter((file) -> file.toString().endsWith(".json")).count())
				.as("every vector file copied")
				.isEqualTo(copied.stream().filter((file) -> file.getParent().endsWith("vectors")).count());
		}
	}

}

package dev.drift.sleep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.drift.SpecFiles;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vector folder (system property {@code drift.sleep.vectors}, default
 * {@code ../shared/spec/vectors}) and the comparison rules of spec §0.
 */
public final class VectorFiles {

	public static final String PROPERTY = "drift.sleep.vectors";

	public static final String PSQI = "drift.vectors.psqi/1";

	public static final String ISI = "drift.vectors.isi/1";

	public static final String DIARY = "drift.vectors.sleep-diary/1";

	/** Floats as exact decimals: Q4 must never pass through a double. */
	public static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private VectorFiles() {
	}

	public static Path folder() {
		return SpecFiles.folder(PROPERTY, "vectors");
	}

	/** Every {@code *.json} file directly in the folder, by name. */
	public static List<Path> files() {
		Path folder = folder();
		assertThat(folder).as("vector folder (-D%s)", PROPERTY).isDirectory();
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.filter((p) -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static JsonNode read(Path file) {
		try {
			return JSON.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static List<JsonNode> list(JsonNode file, String field) {
		List<JsonNode> vectors = new ArrayList<>();
		file.path(field).forEach(vectors::add);
		return vectors;
	}

	/**
	 * Checks every field of {@code expected} against {@code actual} (§0): null must be
	 * null, integers, booleans and strings exactly, decimals after HALF_UP rounding to 2
	 * dp. Extra fields in {@code actual} are allowed.
	 */
	public static void assertMatches(String id, JsonNode expected, JsonNode actual) {
		expected.properties().forEach((field) -> {
			String name = field.getKey();
			JsonNode want = field.getValue();
			JsonNode got = actual.path(name);
			String where = id + " " + name;
			if (want.isNull()) {
				assertThat(got.isNull()).as(where + " must be null, was " + got).isTrue();
			}
			else if (want.isIntegralNumber()) {
				assertThat(got.isIntegralNumber()).as(where + " must be an integer, was " + got).isTrue();
				assertThat(got.bigIntegerValue()).as(where).isEqualTo(want.bigIntegerValue());
			}
			else if (want.isNumber()) {
				assertThat(got.isNumber()).as(where + " must be a number, was " + got).isTrue();
				assertThat(display(got.decimalValue())).as(where).isEqualByComparingTo(display(want.decimalValue()));
			}
			else if (want.isObject()) {
				assertMatches(where, want, got);
			}
			else {
				assertThat(got).as(where).isEqualTo(want);
			}
		});
	}

	public static BigDecimal display(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

}

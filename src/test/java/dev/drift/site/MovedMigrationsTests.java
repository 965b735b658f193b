package dev.drift.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.Location;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.classpath.ClassPathResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class MovedMigrationsTests {

	static Stream<String> migrations() throws IOException {
		Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:db/**/*.sql");
		return Arrays.stream(found).map((resource) -> {
			try {
				String url = resource.getURL().toString();
				return url.substring(url.indexOf("db/"));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@ParameterizedTest
	@MethodSource("migrations")
	void theRealignedChecksumIsFlywaysOwn(String path) throws IOException {
		ClassPathResource resource = new ClassPathResource(new Location("classpath:db"), path,
				getClass().getClassLoader(), StandardCharsets.UTF_8);

		assertThat(MovedMigrations.checksum(path)).isEqualTo(ChecksumCalculator.calculate(resource));
	}

}

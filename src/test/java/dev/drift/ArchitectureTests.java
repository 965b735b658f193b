package dev.drift;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArchitectureTests {

	private static final JavaClasses DRIFT = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.drift");

	private static final JavaClasses TESTS = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
		.importPackages("dev.drift");

	private static final JavaClasses BROKEN = new ClassFileImporter().importPackages("archfixtures.rules");

	@Test
	void driftFollowsEveryRule() {
		for (ArchRule rule : ArchitectureRules.ALL) {
			rule.check(DRIFT);
		}
	}

	@Test
	void testsRunOnTheTestClockNeverTheWallClock() {
		ArchitectureRules.TESTS_NEVER_READ_THE_WALL_CLOCK.check(TESTS);
	}

	static Stream<Arguments> rules() {
		return Stream.of(Arguments.of("field injection", ArchitectureRules.NO_FIELD_INJECTION),
				Arguments.of("public controller", ArchitectureRules.CONTROLLERS_ARE_PACKAGE_PRIVATE),
				Arguments.of("public repository", ArchitectureRules.REPOSITORIES_ARE_PACKAGE_PRIVATE),
				Arguments.of("now() without a clock", ArchitectureRules.NO_NOW_WITHOUT_CLOCK),
				Arguments.of("a test reading the wall clock", ArchitectureRules.TESTS_NEVER_READ_THE_WALL_CLOCK),
				Arguments.of("Spring in a pure rule", ArchitectureRules.PURE_RULES_HAVE_NO_SPRING),
				Arguments.of("JPA", ArchitectureRules.NO_JPA), Arguments.of("Lombok", ArchitectureRules.NO_LOMBOK));
	}

	@ParameterizedTest(name = "rejects {0}")
	@MethodSource("rules")
	void eachRuleRejectsCodeThatBreaksIt(String what, ArchRule rule) {
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> rule.check(BROKEN));
	}

}

package dev.drift;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModularityTests {

	@Test
	void modulesRespectTheirBoundariesAndDeclaredDependencies() {
		ApplicationModules.of(DriftApplication.class).verify();
	}

	@Test
	void verificationFailsWhenAModuleUsesAnUndeclaredDependency() {
		assertThatExceptionOfType(Violations.class)
			.isThrownBy(() -> ApplicationModules.of("archfixtures.broken", (location) -> true).verify())
			.withMessageContaining("archfixtures.broken.a");
	}

}

package dev.drift;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.modulith.core.Violations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModularityTests {

	@Test
	void modulesRespectTheirBoundariesAndDeclaredDependencies() {
		ApplicationModules.of(DriftApplication.class).verify();
	}

	/**
	 * A module a newcomer can read in one sitting: at most 45 top-level types (DESIGN's
	 * guideline is about 30).
	 */
	@Test
	void noModuleHasMoreThan45TopLevelTypes() {
		ApplicationModules modules = ApplicationModules.of(DriftApplication.class);
		Map<String, Long> sizes = new TreeMap<>();
		modules.forEach((module) -> sizes.put(module.getIdentifier().toString(),
				module.getBasePackage()
					.stream()
					.filter((type) -> type.getEnclosingClass().isEmpty())
					.filter((type) -> !type.getSimpleName().equals("package-info"))
					.count()));
		System.out.println("Top-level types per module: " + sizes);
		assertThat(sizes).allSatisfy((module, types) -> assertThat(types).as(module).isLessThanOrEqualTo(45));
	}

	/**
	 * Public Spring beans other modules may call: one facade per module, the rest of its
	 * services package-private.
	 */
	@Test
	void everyModuleOffersOneFacade() {
		ApplicationModules modules = ApplicationModules.of(DriftApplication.class);
		modules.forEach((module) -> {
			Set<String> facades = module.getBasePackage()
				.stream()
				.filter((type) -> type.getModifiers().contains(JavaModifier.PUBLIC))
				.filter((type) -> type.isAnnotatedWith(Service.class) || type.isAnnotatedWith(Component.class)
						|| type.isMetaAnnotatedWith(Component.class))
				.map(JavaClass::getSimpleName)
				.collect(Collectors.toCollection(TreeSet::new));
			assertThat(facades).as(module.getIdentifier() + " public services").hasSizeLessThanOrEqualTo(1);
		});
	}

	@Test
	void verificationFailsWhenAModuleUsesAnUndeclaredDependency() {
		assertThatExceptionOfType(Violations.class)
			.isThrownBy(() -> ApplicationModules.of("archfixtures.broken", (location) -> true).verify())
			.withMessageContaining("archfixtures.broken.a");
	}

}

package dev.drift;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import com.tngtech.archunit.lang.ArchRule;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * The conventions every module follows, as ArchUnit rules.
 */
final class ArchitectureRules {

	static final ArchRule NO_FIELD_INJECTION = noFields().should()
		.beAnnotatedWith(Autowired.class)
		.because("dependencies arrive through constructors");

	static final ArchRule CONTROLLERS_ARE_PACKAGE_PRIVATE = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.notBePublic()
		.because("a module's web layer is not its API; its facade is");

	static final ArchRule REPOSITORIES_ARE_PACKAGE_PRIVATE = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic()
		.because("other modules go through the facade, never a repository");

	static final ArchRule NO_NOW_WITHOUT_CLOCK = noClasses().should()
		.callMethod(Instant.class, "now")
		.orShould()
		.callMethod(LocalDate.class, "now")
		.orShould()
		.callMethod(LocalDateTime.class, "now")
		.orShould()
		.callMethod(LocalTime.class, "now")
		.orShould()
		.callMethod(ZonedDateTime.class, "now")
		.orShould()
		.callMethod(OffsetDateTime.class, "now")
		.orShould()
		.callMethod(System.class, "currentTimeMillis")
		.orShould()
		.callMethod(Clock.class, "systemDefaultZone")
		.because("time comes from the injected Clock, so tests can move it");

	static final ArchRule NO_JPA = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.persistence..", "javax.persistence..", "org.hibernate..")
		.because("Drift persists with Spring Data JDBC");

	static final ArchRule NO_LOMBOK = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("lombok..")
		.because("Drift writes its code out, records where it can");

	static final ArchRule[] ALL = { NO_FIELD_INJECTION, CONTROLLERS_ARE_PACKAGE_PRIVATE,
			REPOSITORIES_ARE_PACKAGE_PRIVATE, NO_NOW_WITHOUT_CLOCK, NO_JPA, NO_LOMBOK };

	private ArchitectureRules() {
	}

}

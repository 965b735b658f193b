package dev.drift;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
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

	private static final Set<String> TIME_TYPES = Set.of(Instant.class.getName(), LocalDate.class.getName(),
			LocalDateTime.class.getName(), LocalTime.class.getName(), ZonedDateTime.class.getName(),
			OffsetDateTime.class.getName());

	/**
	 * {@code now()} or {@code now(zone)} of a java.time type (not {@code now(clock)}),
	 * {@code System.currentTimeMillis()}, {@code Clock.systemDefaultZone()}.
	 */
	static final DescribedPredicate<JavaMethodCall> WALL_CLOCK_READ = DescribedPredicate
		.describe("reads the wall clock", (call) -> {
			String owner = call.getTargetOwner().getName();
			String name = call.getName();
			if (TIME_TYPES.contains(owner) && name.equals("now")) {
				return call.getTarget()
					.getRawParameterTypes()
					.stream()
					.noneMatch((type) -> type.isAssignableTo(Clock.class));
			}
			return (owner.equals(System.class.getName()) && name.equals("currentTimeMillis"))
					|| (owner.equals(Clock.class.getName()) && name.equals("systemDefaultZone"));
		});

	/**
	 * {@code Clock.systemUTC()} and {@code Clock.system(zone)}: fine for the
	 * application's one Clock bean.
	 */
	static final DescribedPredicate<JavaMethodCall> CLOCK_FACTORY = DescribedPredicate.describe("makes a system clock",
			(call) -> call.getTargetOwner().getName().equals(Clock.class.getName())
					&& call.getName().startsWith("system"));

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
		.callMethodWhere(WALL_CLOCK_READ)
		.because("time comes from the injected Clock, so tests can move it");

	/**
	 * For the test classes: the suite runs on the fixed test clock
	 * ({@link MutableClock}), so it gives the same result at any hour. Benchmarks measure
	 * real time and may.
	 */
	static final ArchRule TESTS_NEVER_READ_THE_WALL_CLOCK = noClasses().that()
		.resideOutsideOfPackage("dev.drift.bench..")
		.should()
		.callMethodWhere(WALL_CLOCK_READ.or(CLOCK_FACTORY))
		.because("a test that passes at 10:00 and fails at 18:00 is broken: use the injected MutableClock");

	/**
	 * The rules Drift is checked against independently (the screening engine and its
	 * policies, the diary metrics and summaries, ISI and PSQI scoring) are plain Java:
	 * they run, and are tested, without Spring.
	 */
	static final Set<String> PURE_RULES = Set.of("Questionnaire", "AnswerValidator", "ScreeningEngine", "Evaluation",
			"NightlyMetricsRules", "SummaryRules", "PsqiScoring", "IsiScore", "IsiChange", "Recommender", "PlanInput",
			"Profile", "SessionWindow");

	static final ArchRule PURE_RULES_HAVE_NO_SPRING = noClasses().that()
		.haveSimpleNameEndingWith("Policy")
		.or(DescribedPredicate.describe("are pure rules " + PURE_RULES,
				(JavaClass type) -> PURE_RULES.contains(type.getSimpleName())))
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..")
		.because(
				"the screening engine, the sleep scoring and the plan recommendation are plain Java, checkable without Spring");

	static final ArchRule NO_JPA = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("jakarta.persistence..", "javax.persistence..", "org.hibernate..")
		.because("Drift persists with Spring Data JDBC");

	static final ArchRule NO_LOMBOK = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("lombok..")
		.because("Drift writes its code out, records where it can");

	static final ArchRule[] ALL = { NO_FIELD_INJECTION, CONTROLLERS_ARE_PACKAGE_PRIVATE,
			REPOSITORIES_ARE_PACKAGE_PRIVATE, NO_NOW_WITHOUT_CLOCK, PURE_RULES_HAVE_NO_SPRING, NO_JPA, NO_LOMBOK };

	private ArchitectureRules() {
	}

}

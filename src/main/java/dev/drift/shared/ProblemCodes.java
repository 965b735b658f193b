package dev.drift.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The problem {@code code}s an API operation may answer with one 4xx status, beyond the
 * ones every operation may answer (malformed request, not signed in, forbidden, not
 * found, invalid fields, throttled). The API document lists them.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ProblemCodes.List.class)
public @interface ProblemCodes {

	/** The HTTP status, 400 to 499. */
	int status();

	/** The codes, e.g. {@code SLOT_TAKEN}. */
	String[] value();

	/** Several statuses on one operation. */
	@Documented
	@Target(ElementType.METHOD)
	@Retention(RetentionPolicy.RUNTIME)
	@interface List {

		ProblemCodes[] value();

	}

}

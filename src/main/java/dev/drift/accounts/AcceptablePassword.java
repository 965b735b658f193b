package dev.drift.accounts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A new password Drift can store: {@link Credentials#isAcceptablePassword}, as one field
 * message on every form that sets a password.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Check.class)
@interface AcceptablePassword {

	String message() default "{signup.password.length}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<AcceptablePassword, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			return Credentials.isAcceptablePassword(password);
		}

	}

}

package dev.drift.records;

import java.util.List;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * The HAPI FHIR validator against the R4 core profiles, offline: the core definitions,
 * in-memory expansion of the core value sets and the common code systems (UCUM,
 * languages, countries...). No terminology server: LOINC and Drift's own code systems
 * cannot be checked code by code, which the validator reports as warnings or information
 * at most. Built once (it loads every core profile).
 */
final class FhirValidation {

	private static final FhirValidator VALIDATOR = validator();

	private FhirValidation() {
	}

	private static FhirValidator validator() {
		var context = FhirR4.CONTEXT;
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(context),
				new InMemoryTerminologyServerValidationSupport(context),
				new CommonCodeSystemsTerminologyService(context));
		FhirValidator validator = context.newValidator();
		validator.registerValidatorModule(new FhirInstanceValidator(chain));
		return validator;
	}

	/** Every message the validator gives for a resource in JSON. */
	static List<SingleValidationMessage> messages(String json) {
		return VALIDATOR.validateWithResult(json).getMessages();
	}

	static List<SingleValidationMessage> errors(String json) {
		return messages(json).stream()
			.filter((m) -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.toList();
	}

}

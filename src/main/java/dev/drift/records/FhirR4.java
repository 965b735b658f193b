package dev.drift.records;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The one FHIR R4 context of the application: building it scans the whole model, so it is
 * made once and shared (it is thread-safe; parsers are not, so each use gets its own).
 */
final class FhirR4 {

	static final FhirContext CONTEXT = FhirContext.forR4();

	private FhirR4() {
	}

	static String json(IBaseResource resource) {
		IParser parser = CONTEXT.newJsonParser().setPrettyPrint(true);
		return parser.encodeResourceToString(resource);
	}

}

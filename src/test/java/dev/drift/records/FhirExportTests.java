package dev.drift.records;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ca.uhn.fhir.validation.SingleValidationMessage;
import dev.drift.DriftTest;
import dev.drift.TestPeople;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12, acceptance 3: the FHIR bundle of every demo client validates against the R4
 * core profiles with zero errors.
 */
@DriftTest
class FhirExportTests {

	@Autowired
	Records records;

	@Autowired
	People people;

	@Autowired
	TestPeople testPeople;

	@Test
	void theBundleOfEveryDemoClientValidatesWithZeroErrors() {
		Actor admin = this.testPeople.actor("admin@demo.drift");
		List<ClientProfile> demoClients = this.people.clientsOf(this.testPeople.demoClinic())
			.stream()
			.filter((client) -> client.email().endsWith("@demo.drift"))
			.toList();
		assertThat(demoClients).hasSizeGreaterThanOrEqualTo(20);
		Map<String, Integer> resources = new TreeMap<>();
		Map<String, Integer> warnings = new TreeMap<>();
		long started = System.nanoTime();
		for (ClientProfile client : demoClients) {
			String json = this.records.fhirBundle(admin, client.id());
			Bundle bundle = FhirR4.CONTEXT.newJsonParser().parseResource(Bundle.class, json);
			bundle.getEntry().forEach((e) -> resources.merge(e.getResource().fhirType(), 1, Integer::sum));
			long t0 = System.nanoTime();
			List<SingleValidationMessage> messages = FhirValidation.messages(json);
			System.out.printf("validated %s (%d entries) in %d ms%n", client.email(), bundle.getEntry().size(),
					(System.nanoTime() - t0) / 1_000_000);
			messages.stream()
				.filter((m) -> m.getSeverity().ordinal() < ca.uhn.fhir.validation.ResultSeverityEnum.ERROR.ordinal())
				.forEach((m) -> warnings.merge(m.getSeverity() + " " + m.getMessageId(), 1, Integer::sum));
			assertThat(FhirValidation.errors(json)).as(client.email()).isEmpty();
		}
		System.out.printf("FHIR export: %d demo clients, resources %s, validated in %d ms; non-errors %s%n",
				demoClients.size(), resources, (System.nanoTime() - started) / 1_000_000, warnings);
		assertThat(resources).containsKeys("Patient", "QuestionnaireResponse", "Observation", "Appointment",
				"Encounter", "Procedure");
		assertThat(resources.get("Encounter")).as("one Encounter and one Procedure per signed demo note")
			.isEqualTo(resources.get("Procedure"))
			.isGreaterThanOrEqualTo(15);
	}

}

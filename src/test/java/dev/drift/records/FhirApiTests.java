package dev.drift.records;

import java.net.http.HttpResponse;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/clients/{id}/fhir}: the client for their own record, staff of the
 * client's clinic, audited; anyone else 404 with an empty body.
 */
@DriftTest
class FhirApiTests {

	static final String NOT_FOUND = "{\"detail\":\"Client not found\",\"status\":404,\"title\":\"Not Found\",\"code\":\"NOT_FOUND\"}";

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theClientGetsTheirOwnRecordAsAValidBundleAndTheExportIsAudited() {
		TestClinic clinic = this.people.newClinic();
		Person client = this.people.newClient(clinic.id(), "Zoë O'Brien-Łukasz");

		HttpResponse<String> response = new Http(this.port).get(fhir(client), "Authorization", client.basicAuth());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/fhir+json"));
		Bundle bundle = FhirR4.CONTEXT.newJsonParser().parseResource(Bundle.class, response.body());
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		Patient patient = (Patient) bundle.getEntryFirstRep().getResource();
		assertThat(patient.getNameFirstRep().getText()).isEqualTo("Zoë O'Brien-Łukasz");
		assertThat(FhirValidation.errors(response.body())).isEmpty();
		assertThat(audits(client, "FHIR_EXPORTED")).isEqualTo(1);
	}

	@Test
	void staffOfTheClinicGetTheRecordAndTheReadIsAudited() {
		TestClinic clinic = this.people.newClinic();
		Person client = this.people.newClient(clinic.id(), "Staff Read");
		Person therapist = this.people.newTherapist(clinic, "Theo");

		HttpResponse<String> response = new Http(this.port).get(fhir(client), "Authorization", therapist.basicAuth());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(client.clientId().value().toString());
		assertThat(audits(client, "FHIR_EXPORTED")).isEqualTo(1);
	}

	@Test
	void anotherClientAnotherClinicAndAMissingIdAre404WithNothingOfTheRecord() {
		TestClinic clinic = this.people.newClinic();
		Person client = this.people.newClient(clinic.id(), "Private");
		Person otherClient = this.people.newClient(clinic.id(), "Nosy");
		TestClinic otherClinic = this.people.newClinic();

		for (String auth : new String[] { otherClient.basicAuth(), otherClinic.admin().basicAuth() }) {
			HttpResponse<String> response = new Http(this.port).get(fhir(client), "Authorization", auth);
			assertThat(response.statusCode()).isEqualTo(404);
			assertThat(withoutInstance(response.body())).isEqualTo(NOT_FOUND).doesNotContain("Private");
		}
		HttpResponse<String> missing = new Http(this.port).get("/api/v1/clients/" + UUID.randomUUID() + "/fhir",
				"Authorization", clinic.admin().basicAuth());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(withoutInstance(missing.body())).isEqualTo(NOT_FOUND);
		assertThat(audits(client, "FHIR_EXPORTED")).isZero();
	}

	private static String withoutInstance(String body) {
		return body.replaceAll("\"instance\":\"[^\"]*\",?", "");
	}

	private static String fhir(Person client) {
		return "/api/v1/clients/" + client.clientId().value() + "/fhir";
	}

	private long audits(Person client, String action) {
		return this.jdbc.sql(
				"select count(*) from audit_event where client_id = :client and action = :action and outcome <> 'DENIED'")
			.param("client", client.clientId().value())
			.param("action", action)
			.query(Long.class)
			.single();
	}

}

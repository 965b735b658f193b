package dev.drift.site;

import java.net.http.HttpResponse;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class AuditPageTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void theAdminSeesWhoReadWhichClientByNameAndNoContent() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, "Tess Reader");
		Person client = this.people.newClient(clinic.id(), "Grace Liu");
		String clientId = client.clientId().toString();
		therapist.signedIn(this.port).get("/clients/" + clientId);

		HttpResponse<String> page = clinic.admin().signedIn(this.port).get("/admin/audit");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains(therapist.email(), "Read a client&#39;s profile",
					"<a href=\"/clients/" + clientId + "\">Grace Liu</a>")
			.doesNotContain(client.email());
	}

	@Test
	void onlyAdminsSeeTheAuditTrail() {
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");

		assertThat(therapist.get("/admin/audit").statusCode()).isEqualTo(403);
	}

}

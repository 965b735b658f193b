package dev.drift.site;

import java.net.http.HttpResponse;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.Accounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class AuditPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void theAdminSeesWhoReadAClientAndTheContentIsNotThere() {
		Http therapist = new Http(this.port);
		therapist.signIn("therapist3@demo.drift", "drift-demo");
		String client = this.accounts.findByEmail("client5@demo.drift").orElseThrow().clientId().toString();
		therapist.get("/clients/" + client);
		Http admin = new Http(this.port);
		admin.signIn("admin@demo.drift", "drift-demo");

		HttpResponse<String> page = admin.get("/admin/audit");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("therapist3@demo.drift", "Read a client&#39;s profile", client.substring(0, 8))
			.doesNotContain("Grace Liu", "900105");
	}

	@Test
	void onlyAdminsSeeTheAuditTrail() {
		Http therapist = new Http(this.port);
		therapist.signIn("therapist@demo.drift", "drift-demo");

		assertThat(therapist.get("/admin/audit").statusCode()).isEqualTo(403);
	}

}

package dev.drift.outcomes;

import java.net.http.HttpResponse;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outcome pages over HTTP with the demo clinic: the client's progress (plain words,
 * session nights, definitions, print and CSV), the staff view, the analytics page with
 * its CSV, and the claims page for admins only (each claim with the clinic's figure or
 * "not enough data").
 */
@DriftTest
class OutcomesPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	private Http signedIn(String email) throws Exception {
		Http http = new Http(this.port);
		http.signIn(email, "drift-demo");
		return http;
	}

	@Test
	void aClientSeesTheirProgressInPlainWordsWithDefinitionsAndCanDownloadTheirRecord() throws Exception {
		Http client = signedIn("client@demo.drift");
		HttpResponse<String> page = client.get("/me/progress");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Since your first two weeks")
			.contains("minutes faster than in your first two weeks")
			.contains("Night after a session")
			.contains("What the numbers mean")
			.contains("outcomes-chart")
			.contains("chart.umd.min.js")
			.doesNotContain("6.16");
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		// client4 has attended sessions (client@ has none yet)
		HttpResponse<String> csv = signedIn("client4@demo.drift").get("/me/progress.csv");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("record,date,item,value")
			.contains("diary,")
			.contains("session,")
			.contains("isi,");
		assertThat(client.get("/me/progress.json").body()).contains("\"sessionNights\"");
		assertThat(client.get("/admin/outcomes/claims").statusCode()).isEqualTo(403);
	}

	@Test
	void staffSeeAClientsProgressAndAdminsTheAnalyticsAndTheClaims() throws Exception {
		Http admin = signedIn("admin@demo.drift");
		String client = this.people.actor("client4@demo.drift").clientId().value().toString();
		assertThat(admin.get("/clients/" + client + "/progress").body()).contains("Progress: ");
		HttpResponse<String> analytics = admin.get("/admin/outcomes?by=driftOff");
		assertThat(analytics.statusCode()).isEqualTo(200);
		assertThat(analytics.body()).contains("Groups not shown because they have fewer than 5 clients")
			.contains("t interval")
			.contains("/admin/outcomes.csv?by=driftOff");
		assertThat(admin.get("/admin/outcomes.csv?by=driftOff").body()).startsWith("by,key,clients");
		HttpResponse<String> claims = admin.get("/admin/outcomes/claims");
		assertThat(claims.statusCode()).isEqualTo(200);
		for (String id : new String[] { "all-sol", "all-tst", "90-sol", "120-tst", "drift-sol", "drift-tst" }) {
			String row = claims.body().substring(claims.body().indexOf("id=\"claim-" + id + "\""));
			row = row.substring(0, row.indexOf("</tr>"));
			assertThat(row).as(id).containsAnyOf(" clients, ", "not enough data");
			assertThat(row).contains("Ivanova").contains("retrospective");
		}
		assertThat(signedIn("therapist@demo.drift").get("/admin/outcomes").statusCode()).isEqualTo(403);
	}

}

package dev.drift.records;

import java.net.http.HttpResponse;
import java.util.Map;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client's "Your data" page (withdraw consent with confirmation, then ask for
 * erasure) and the admin's erasure page (the open request, approve, the retention period
 * with its validation message, what is kept and locked).
 */
@DriftTest
class RecordsPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Test
	void aClientWithdrawsConsentAsksForErasureAndTheAdminApprovesIt() {
		TestClinic clinic = this.people.newClinic();
		Person client = this.people.newClient(clinic.id(), "Page Client");
		Http browser = client.signedIn(this.port);

		String page = browser.get("/account/data").body();
		assertThat(page).contains("data-confirm=").contains("/account/data/consent/withdraw");
		String csrf = browser.csrf("/account/data");
		assertThat(browser.form("/account/data/consent/withdraw", Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
		page = browser.get("/account/data").body();
		assertThat(page).contains("You withdrew your consent").contains("you can also have your data erased");
		assertThat(browser.form("/account/data/erasure", Map.of("_csrf", browser.csrf("/account/data"))).statusCode())
			.isEqualTo(302);
		assertThat(browser.get("/account/data").body()).contains("the clinic&#39;s admin will approve it");

		Http admin = clinic.admin().signedIn(this.port);
		String erasures = admin.get("/admin/erasures").body();
		assertThat(erasures).contains("Page Client").contains("Approve and erase").contains("value=\"8\"");
		HttpResponse<String> invalid = admin.form("/admin/erasures/retention",
				Map.of("years", "0", "_csrf", admin.csrf("/admin/erasures")));
		assertThat(invalid.body()).contains("Enter a number of years from 1 to 100").contains("aria-invalid=\"true\"");
		admin.form("/admin/erasures/retention", Map.of("years", "10", "_csrf", admin.csrf("/admin/erasures")));
		String id = erasures.replaceAll("(?s).*/admin/erasures/([0-9a-f-]{36})/approve.*", "$1");
		assertThat(admin.form("/admin/erasures/" + id + "/approve", Map.of("_csrf", admin.csrf("/admin/erasures")))
			.statusCode()).isEqualTo(302);

		erasures = admin.get("/admin/erasures").body();
		assertThat(erasures).contains("No open requests").contains("Page Client").contains("value=\"10\"");
		assertThat(new Http(this.port).signIn(client.email(), TestPeople.PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).contains("error"));
	}

	@Test
	void staffHaveNoDataPageAndClientsNoErasureAdmin() {
		TestClinic clinic = this.people.newClinic();
		Person client = this.people.newClient(clinic.id(), "Someone");
		assertThat(clinic.admin().signedIn(this.port).get("/account/data").statusCode()).isEqualTo(404);
		assertThat(client.signedIn(this.port).get("/admin/erasures").statusCode()).isIn(403, 404);
	}

}

package dev.drift.site;

import java.net.http.HttpResponse;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One staff page view of a client's record writes exactly one audit row, however many
 * parts of the record the page reads (issue 16: 10 views wrote 39 rows).
 */
@DriftTest
class OneAuditRowPerReadTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachStaffPageViewOfAClientWritesOneAuditRow() {
		TestClinic clinic = this.people.newClinic();
		Person client = this.people.newClient(clinic.id(), "Ada Audit");
		Http admin = clinic.admin().signedIn(this.port);
		String base = "/clients/" + client.clientId();
		List<String> pages = List.of(base, base + "/screening", base + "/sleep", base + "/questionnaires",
				base + "/plans", base + "/desk");

		int viewed = 0;
		for (String page : pages) {
			long before = rows(client);
			HttpResponse<String> response = admin.get(page);
			if (response.statusCode() == 200) {
				viewed++;
				assertThat(rows(client) - before).as(page).isEqualTo(1);
			}
		}
		assertThat(viewed).isGreaterThanOrEqualTo(4);
	}

	private long rows(Person client) {
		return this.jdbc.sql("select count(*) from audit_event where client_id = :client")
			.param("client", client.clientId().value())
			.query(Long.class)
			.single();
	}

}

package dev.drift.site;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.people.Actor;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser sessions live in the database, and each expires after its clinic's inactivity
 * timeout.
 */
@DriftTest
class SessionTimeoutTests {

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSignedInSessionIsStoredWithTheClinicsDefaultTimeout() {
		Http http = new Http(this.port);
		http.signIn("client@demo.drift", "drift-demo");

		assertThat(timeoutOf(http)).isEqualTo(30 * 60);
	}

	@Test
	void theTimeoutFollowsTheClinicSetting() {
		AccountView account = this.accounts.findByEmail("admin@demo.drift").orElseThrow();
		Actor admin = new Actor(account.id(), account.clinicId(), Role.ADMIN, null, null);
		ClinicProfile before = this.people.clinic(account.clinicId());
		ClinicDetails details = before.details();
		this.people.changeClinic(admin, new ClinicDetails(details.name(), details.timeZone(), details.locale(),
				details.currency(), details.emergencyNumbers(), details.openingHours(), new ClinicSettings(10, false)));
		try {
			Http http = new Http(this.port);
			http.signIn("therapist@demo.drift", "drift-demo");

			assertThat(timeoutOf(http)).isEqualTo(10 * 60);
		}
		finally {
			this.people.changeClinic(admin, before.details());
		}
	}

	@Test
	void anExpiredSessionIsSignedOut() {
		Http http = new Http(this.port);
		http.signIn("client2@demo.drift", "drift-demo");
		assertThat(http.get("/home").statusCode()).isEqualTo(200);

		this.jdbc.sql("update site_session set last_access_time = 0, expiry_time = 0 where session_id = :id")
			.param("id", sessionId(http))
			.update();

		assertThat(http.get("/home").statusCode()).isEqualTo(302);
	}

	private int timeoutOf(Http http) {
		return this.jdbc.sql("select max_inactive_interval from site_session where session_id = :id")
			.param("id", sessionId(http))
			.query(Integer.class)
			.single();
	}

	private static String sessionId(Http http) {
		String cookie = http.cookies().get("DRIFT_SESSION");
		return new String(java.util.Base64.getDecoder().decode(cookie));
	}

}

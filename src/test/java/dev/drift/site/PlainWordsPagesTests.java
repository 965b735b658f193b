package dev.drift.site;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import dev.drift.intake.Intake;
import dev.drift.people.People;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, defects 7 and 8 on the rendered pages: messages name the field and say what
 * to do; staff see plain words with the rule code small beside them, names instead of ids
 * and readable times instead of ISO timestamps.
 */
@DriftTest
class PlainWordsPagesTests {

	/** An ISO date-time as pages showed it (2026-11-18 09:30 or 2026-11-18T09:30). */
	static final String ISO_TIME = "\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}";

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	Intake intake;

	@Autowired
	People directory;

	@Test
	void theAuditTrailNamesTheClientAndShowsReadableTimesInsteadOfIds() {
		TestClinic clinic = this.people.newClinic();
		Person client = this.people.newClient(clinic.id(), "Ada Audit");
		Http admin = clinic.admin().signedIn(this.port);
		admin.get("/clients/" + client.clientId().value());

		String trail = admin.get("/admin/audit").body();

		assertThat(trail).contains(">Ada Audit</a>", "data-label=\"Client\"")
			.doesNotContain(">" + client.clientId().value().toString().substring(0, 8) + "<")
			.doesNotContain("??audit.action");
		assertThat(trail.replaceAll("datetime=\"[^\"]*\"", "")).doesNotContainPattern(ISO_TIME);
	}

	@Test
	void theStaffFormNamesTheFieldForATooLongNameAndNeverOffersToSignIn() {
		TestClinic clinic = this.people.newClinic();
		Http admin = clinic.admin().signedIn(this.port);
		Map<String, Object> form = new HashMap<>();
		form.put("_csrf", admin.csrf("/admin/staff"));
		form.put("name", "N".repeat(121));
		form.put("email", clinic.admin().email());
		form.put("role", "THERAPIST");
		form.put("password", "a-long-enough-password-1");

		HttpResponse<String> tooLong = admin.form("/admin/staff", form);
		form.put("name", "Nia Long");
		HttpResponse<String> taken = admin.form("/admin/staff", form);

		assertThat(tooLong.body()).contains("Name: use at most 120 characters.").doesNotContain("size must be between");
		assertThat(taken.body())
			.contains("This email address already has an account: use another one for this staff member.")
			.doesNotContain("Sign in instead");
	}

	@Test
	void theScreeningPageShowsLevelsAndSignpostsInPlainWordsWithTheCodeSmallBeside() {
		TestClinic clinic = this.people.newClinic();
		Person client = this.people.newClient(clinic.id(), "Sol Signpost");
		ScreenedClients.screened(this.intake, clinic.admin().actor(),
				this.directory.client(clinic.admin().actor(), client.clientId()),
				"{\"sleep_trouble_long_term\": true, \"pressure_preference\": \"P2\"}");
		Http admin = clinic.admin().signedIn(this.port);

		String page = admin.get("/clients/" + client.clientId().value() + "/screening").body();

		assertThat(page)
			.contains("Point the client to other help", "Long-standing insomnia",
					"<code class=\"rule-code\">S01</code>")
			.doesNotContain("Signposts")
			.doesNotContainPattern("<span class=\"level[^\"]*\">[A-Z]+</span>");
		assertThat(page).doesNotContainPattern(ISO_TIME);
	}

	@Test
	void staffPagesAboutAClientAreTitledWithTheClientsNameNotTheClientsOwnTitle() {
		TestClinic clinic = this.people.newClinic();
		Person client = this.people.newClient(clinic.id(), "Tia Title");
		Http admin = clinic.admin().signedIn(this.port);
		String base = "/clients/" + client.clientId().value();

		assertThat(admin.get(base + "/questionnaires").body())
			.contains("<title>Questionnaires: Tia Title · Drift</title>");
		assertThat(admin.get(base + "/intake/step/1").body())
			.contains("<title>Health questions: Tia Title · Drift</title>")
			.doesNotContain("<title>Your health questions");
		assertThat(admin.get(base + "/sleep").body()).doesNotContain("<title>My sleep");
	}

	@Test
	void theTimeZoneFieldIsAGroupedListOfCanonicalIdsWithASearchWiredByTheSitesOwnScript() {
		Http anonymous = new Http(this.port);

		String signup = anonymous.get("/signup").body();
		String script = anonymous.get("/js/drift.js").body();

		assertThat(signup)
			.contains("<optgroup label=\"Europe\"", "value=\"Europe/London\"", "id=\"timeZone-search\"",
					"data-filters=\"timeZone\"", "type=\"search\"")
			.doesNotContain("value=\"Europe/Kiev\"")
			.doesNotContainPattern("<script>[^<]");
		assertThat(script).contains("input[data-filters]");
	}

}

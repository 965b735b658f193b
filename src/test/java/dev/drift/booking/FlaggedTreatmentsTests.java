package dev.drift.booking;

import java.net.http.HttpResponse;
import java.time.Duration;

import dev.drift.DriftTest;
import dev.drift.Http;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.TestPeople.Person;
import dev.drift.TestPeople.TestClinic;
import dev.drift.intake.Intake;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees the treatments a changed screening flagged: the clinic's admin and the
 * treating therapist, on the page and through the API; never the client, another
 * therapist or another clinic.
 */
@DriftTest
class FlaggedTreatmentsTests {

	@LocalServerPort
	int port;

	@Autowired
	TestPeople people;

	@Autowired
	Intake intake;

	@Autowired
	People directory;

	@Autowired
	AppointmentStore appointments;

	@Autowired
	FlaggedTreatments flagged;

	@Autowired
	MutableClock clock;

	@Test
	void staffOfTheClinicSeeTheFlaggedTreatmentAndNoOneElseDoes() {
		TestClinic clinic = this.people.newClinic();
		Person therapist = this.people.newTherapist(clinic, "Tara Treats");
		Person colleague = this.people.newTherapist(clinic, "Cole Other");
		Person person = this.people.newClient(clinic.id(), "Flo Flagged");
		ClientProfile client = this.directory.findClient(person.clientId()).orElseThrow();
		Appointment treatment = book(client, therapist, Duration.ofDays(6));
		ScreenedClients.screened(this.intake, clinic.admin().actor(), client, "{\"fever_today\": true}");
		awaitFlag(clinic);

		HttpResponse<String> admin = api(clinic.admin());
		assertThat(admin.statusCode()).isEqualTo(200);
		assertThat(admin.body()).contains(treatment.id().toString(), "\"reason\":\"DEFER\"");
		assertThat(api(therapist).body()).contains(treatment.id().toString());
		assertThat(api(colleague).body()).isEqualTo("[]");
		assertThat(api(person).statusCode()).isEqualTo(403);
		assertThat(api(this.people.newClinic().admin()).body()).isEqualTo("[]");

		String page = clinic.admin().signedIn(this.port).get("/booking/flagged").body();
		assertThat(page).contains("Treatments to review", "Flo Flagged", "Screening says wait").doesNotContain("fever");
	}

	@Test
	void withNothingFlaggedThePageSaysSo() {
		TestClinic clinic = this.people.newClinic();

		String page = clinic.admin().signedIn(this.port).get("/booking/flagged").body();

		assertThat(page).contains("No booked treatment needs a review.");
	}

	private HttpResponse<String> api(Person person) {
		return new Http(this.port).get("/api/v1/appointments/flagged", "Authorization", person.basicAuth());
	}

	private void awaitFlag(TestClinic clinic) {
		for (int i = 0; i < 400 && this.flagged.open(clinic.admin().actor()).isEmpty(); i++) {
			try {
				Thread.sleep(25);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		assertThat(this.flagged.open(clinic.admin().actor())).isNotEmpty();
	}

	private Appointment book(ClientProfile client, Person therapist, Duration ahead) {
		return StoredAppointments.booked(this.appointments, client, therapist.actor().therapistId(), "swedish_60",
				false, this.clock.instant().plus(ahead), this.clock.instant());
	}

}

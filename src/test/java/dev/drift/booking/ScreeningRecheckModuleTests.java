package dev.drift.booking;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientDetails;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.ContactPreferences;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.HealthDataConsent;
import dev.drift.people.NewClient;
import dev.drift.people.Role;
import dev.drift.people.SleepSchedule;
import dev.drift.people.TherapistId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking on its own with the modules it needs: a changed screening re-checks the
 * client's booked treatments ahead, flags for staff the ones it blocks, and emails the
 * client once, through the outbox.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(DriftTest.TestClock.class)
class ScreeningRecheckModuleTests {

	@Autowired
	People people;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	Intake intake;

	@Autowired
	AppointmentStore appointments;

	@Autowired
	FlaggedTreatments flagged;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void aScreeningThatBlocksTreatmentFlagsTheFutureTreatmentsForStaffAndEmailsTheClient(Scenario scenario) {
		ClientProfile client = newClient("Rhea Flag");
		Actor staff = staffOf(client);
		ScreenedClients.cleared(this.intake, staff, client);
		Appointment treatment = book(client, "swedish_60", false, Duration.ofDays(7));
		Appointment consultation = book(client, "consultation", true, Duration.ofDays(8));
		Appointment past = book(client, "swedish_60", false, Duration.ofDays(-2));

		scenario.stimulate(() -> ScreenedClients.screened(this.intake, staff, client, "{\"fever_today\": true}"))
			.andWaitForStateChange(() -> this.flagged.open(staff), (open) -> !open.isEmpty())
			.andVerify((open) -> {
				assertThat(open).singleElement().satisfies((f) -> {
					assertThat(f.appointment().id()).isEqualTo(treatment.id());
					assertThat(f.reason()).isEqualTo("DEFER");
				});
				assertThat(open).extracting((f) -> f.appointment().id()).doesNotContain(consultation.id(), past.id());
			});

		assertThat(this.appointments.find(treatment.id()).orElseThrow().isBooked()).isTrue();
		assertThat(mailsTo(client)).singleElement().satisfies((mail) -> {
			assertThat(mail.subject()).contains("coming treatment");
			assertThat(mail.body()).contains("wait before a massage").doesNotContain("fever");
		});
	}

	@Test
	void aScreeningThatAllowsTreatmentAgainLiftsTheFlagWithoutAnotherEmail(Scenario scenario) {
		ClientProfile client = newClient("Sol Lifted");
		Actor staff = staffOf(client);
		ScreenedClients.screened(this.intake, staff, client, "{\"fever_today\": true}");
		Appointment treatment = book(client, "swedish_60", false, Duration.ofDays(7));
		scenario
			.stimulate(() -> ScreenedClients.screened(this.intake, staff, client,
					"{\"fever_today\": true, \"contagious_illness\": true}"))
			.andWaitForStateChange(() -> this.flagged.open(staff), (open) -> !open.isEmpty())
			.andVerify((open) -> assertThat(open).extracting((f) -> f.appointment().id()).contains(treatment.id()));
		int mailsBefore = mailsTo(client).size();

		scenario.stimulate(() -> ScreenedClients.cleared(this.intake, staff, client))
			.andWaitForStateChange(() -> this.flagged.open(staff), List::isEmpty)
			.andVerify((open) -> assertThat(open).isEmpty());

		assertThat(mailsTo(client)).hasSize(mailsBefore);
	}

	private ClientProfile newClient(String name) {
		ClinicProfile clinic = this.people
			.openClinic(new ClinicDetails("Recheck " + UUID.randomUUID(), LONDON, Locale.UK, "GBP",
					new EmergencyNumbers("111", "999"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
		return this.people.registerClient(clinic.id(),
				new NewClient("client-" + UUID.randomUUID() + "@test.example",
						new ClientDetails(name, null, null, LONDON, ContactPreferences.emailOnly()),
						SleepSchedule.usual(), new HealthDataConsent(this.clock.instant(), LONDON)));
	}

	private static Actor staffOf(ClientProfile client) {
		return new Actor(UUID.randomUUID(), client.clinicId(), Role.ADMIN, null, null);
	}

	private Appointment book(ClientProfile client, String service, boolean online, Duration ahead) {
		return StoredAppointments.booked(this.appointments, client, new TherapistId(UUID.randomUUID()), service, online,
				this.clock.instant().plus(ahead), this.clock.instant());
	}

	/** The outbox's rows to this client, read as the deliverer would. */
	private List<Mail> mailsTo(ClientProfile client) {
		return this.jdbc.sql("select subject, body from notify_message where recipient = :to")
			.param("to", client.email())
			.query((rs, i) -> new Mail(rs.getString(1), rs.getString(2)))
			.list();
	}

	record Mail(String subject, String body) {
	}

}

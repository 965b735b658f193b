package dev.drift.people;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.audit.AuditEntry;
import dev.drift.audit.AuditLog;
import dev.drift.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * People on its own (with audit, its one dependency): {@link People#reach} is the one way
 * to a client's data — staff of the client's clinic and the client themself get through
 * and are audited; another clinic's staff, another client and a missing id all answer the
 * same 404 and leave a denied audit row.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(DriftTest.TestClock.class)
class PeopleModuleTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	People people;

	@Autowired
	AuditLog audit;

	@Autowired
	MutableClock clock;

	@Test
	void staffOfTheClientsClinicReachTheClientAndTheReadIsAudited() {
		ClinicProfile clinic = newClinic();
		ClientProfile client = newClient(clinic);

		ClientProfile reached = this.people.reach(staffOf(clinic), client.id(), "SCREENING_READ");

		assertThat(reached.id()).isEqualTo(client.id());
		assertThat(this.audit.count("SCREENING_READ", client.id().value())).isEqualTo(1);
	}

	@Test
	void anotherClinicsStaffAnotherClientAndAMissingIdAllAnswerNotFoundAndAreAuditedAsDenied() {
		ClinicProfile clinic = newClinic();
		ClientProfile client = newClient(clinic);
		ClientProfile neighbour = newClient(clinic);
		ClinicProfile elsewhere = newClinic();
		Actor foreignStaff = staffOf(elsewhere);
		Actor otherClient = new Actor(UUID.randomUUID(), clinic.id(), Role.CLIENT, neighbour.id(), null);
		ClientId missing = new ClientId(UUID.randomUUID());

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.people.reach(foreignStaff, client.id(), "DIARY_READ"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.people.reach(otherClient, client.id(), "DIARY_READ"));
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.people.reach(staffOf(clinic), missing, "DIARY_READ"));

		assertThat(this.audit.latest(elsewhere.id().value(), 10)).singleElement().satisfies((row) -> {
			assertThat(row.clientId()).isEqualTo(client.id().value());
			assertThat(row.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
		});
		assertThat(this.audit.latest(clinic.id().value(), 10)).filteredOn((row) -> "DIARY_READ".equals(row.action()))
			.extracting(AuditLog.AuditRecord::clientId, AuditLog.AuditRecord::outcome)
			.containsExactlyInAnyOrder(tuple(client.id().value(), AuditEntry.Outcome.DENIED),
					tuple(missing.value(), AuditEntry.Outcome.DENIED));
	}

	@Test
	void aClientReachesTheirOwnRecordWithoutAnAuditRowForTheirOwnReads() {
		ClinicProfile clinic = newClinic();
		ClientProfile client = newClient(clinic);
		Actor self = new Actor(UUID.randomUUID(), clinic.id(), Role.CLIENT, client.id(), null);

		assertThat(this.people.reach(self, client.id(), "DIARY_READ").id()).isEqualTo(client.id());
		assertThat(this.audit.count("DIARY_READ", client.id().value())).isZero();
		this.people.rescheduleSleep(self, client.id(), SleepSchedule.usual());
		assertThat(this.audit.count("CLIENT_SLEEP_SCHEDULE_CHANGED", client.id().value())).isEqualTo(1);
	}

	private ClinicProfile newClinic() {
		return this.people.openClinic(new ClinicDetails("People " + UUID.randomUUID(), LONDON, Locale.UK, "GBP",
				new EmergencyNumbers("111", "999"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
	}

	private ClientProfile newClient(ClinicProfile clinic) {
		return this.people.registerClient(clinic.id(),
				new NewClient("client-" + UUID.randomUUID() + "@test.example",
						new ClientDetails("Pat People", null, null, LONDON, ContactPreferences.emailOnly()),
						SleepSchedule.usual(), new HealthDataConsent(this.clock.instant(), LONDON)));
	}

	private static Actor staffOf(ClinicProfile clinic) {
		return new Actor(UUID.randomUUID(), clinic.id(), Role.THERAPIST, null, null);
	}

}

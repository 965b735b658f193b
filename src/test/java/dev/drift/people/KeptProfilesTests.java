package dev.drift.people;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.shared.NotFoundException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Clinic and therapist profiles are kept between requests and served only while their
 * row's version is unchanged: a change made by another instance (seen here as a write
 * straight to the database) shows on the next read, a rolled-back change never does, and
 * the kept profile cannot be altered by a reader.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@Import(DriftTest.TestClock.class)
class KeptProfilesTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aTherapistIsServedFromTheKeptProfileUntilItsRowsVersionChanges() {
		ClinicProfile clinic = newClinic();
		TherapistProfile therapist = newTherapist(clinic, "Sam Kept");
		Actor admin = adminOf(clinic);
		this.people.therapist(admin, therapist.id());

		// a write that bypasses the version (never done by Drift) is not seen: proof the
		// profile is kept, and that the version is what decides
		this.jdbc.sql("update people_therapist set name = 'Unversioned' where id = :id")
			.param("id", therapist.id().value())
			.update();
		assertThat(this.people.therapist(admin, therapist.id()).name()).isEqualTo("Sam Kept");

		// another instance's change raises the version: read fresh
		this.jdbc.sql("update people_therapist set name = 'Sam Elsewhere', version = version + 1 where id = :id")
			.param("id", therapist.id().value())
			.update();
		assertThat(this.people.therapist(admin, therapist.id()).name()).isEqualTo("Sam Elsewhere");
	}

	@Test
	void timeOffAndHoursChangedThroughPeopleShowOnTheNextRead() {
		ClinicProfile clinic = newClinic();
		TherapistProfile therapist = newTherapist(clinic, "Alex Hours");
		Actor admin = adminOf(clinic);
		this.people.therapist(admin, therapist.id());

		TimeOff off = new TimeOff(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 8), "Leave");
		this.people.takeTimeOff(admin, therapist.id(), off);

		assertThat(this.people.therapist(admin, therapist.id()).timeOff()).containsExactly(off);
		this.people.changeTherapist(admin, therapist.id(), new TherapistDetails("Alex Hours", "", Set.of(),
				List.of(new WorkingDay(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(14, 0), null, null))));
		assertThat(this.people.therapist(admin, therapist.id()).workingDays()).extracting(WorkingDay::dayOfWeek)
			.containsExactly(DayOfWeek.TUESDAY);
	}

	@Test
	void aRolledBackChangeIsNeverServedEvenWhenALaterChangeReusesItsVersion() {
		ClinicProfile clinic = newClinic();
		TherapistProfile therapist = newTherapist(clinic, "Robin Before");
		Actor admin = adminOf(clinic);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);

		transaction.executeWithoutResult((status) -> {
			this.people.changeTherapist(admin, therapist.id(), details("Robin Rolled Back"));
			assertThat(this.people.therapist(admin, therapist.id()).name()).isEqualTo("Robin Rolled Back");
			status.setRollbackOnly();
		});
		// no read in between: a profile kept from inside the rolled-back transaction
		// would
		// carry the same version number as the next committed change
		this.people.changeTherapist(admin, therapist.id(), details("Robin After"));
		assertThat(this.people.therapist(admin, therapist.id()).name()).isEqualTo("Robin After");
	}

	@Test
	void anotherClinicsTherapistAndADeletedOneAreNotFoundThoughOnceKept() {
		ClinicProfile clinic = newClinic();
		TherapistProfile therapist = newTherapist(clinic, "Jo Gone");
		this.people.therapist(adminOf(clinic), therapist.id());

		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.people.therapist(adminOf(newClinic()), therapist.id()));
		this.jdbc.sql("delete from people_therapist where id = :id").param("id", therapist.id().value()).update();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.people.therapist(adminOf(clinic), therapist.id()));
	}

	@Test
	void aClinicChangedByAnotherInstanceIsReadFresh() {
		ClinicProfile clinic = newClinic();
		assertThat(this.people.clinic(clinic.id()).timeZone()).isEqualTo(LONDON);

		this.jdbc.sql("update people_clinic set time_zone = 'Europe/Dublin', version = version + 1 where id = :id")
			.param("id", clinic.id().value())
			.update();

		assertThat(this.people.clinic(clinic.id()).timeZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
	}

	@Test
	void aKeptProfileCannotBeAlteredByItsReader() {
		ClinicProfile clinic = newClinic();
		TherapistProfile therapist = this.people.joinTherapist(clinic.id(),
				new TherapistDetails("Kim Skills", "", Set.of(Skill.PRENATAL), List.of()));
		TherapistProfile read = this.people.therapist(adminOf(clinic), therapist.id());

		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> read.skills().add(Skill.ONCOLOGY));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> read.timeOff().add(new TimeOff(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 1), "")));
	}

	private static TherapistDetails details(String name) {
		return new TherapistDetails(name, "", Set.of(), List.of());
	}

	private TherapistProfile newTherapist(ClinicProfile clinic, String name) {
		return this.people.joinTherapist(clinic.id(), details(name));
	}

	private ClinicProfile newClinic() {
		return this.people.openClinic(new ClinicDetails("Kept " + UUID.randomUUID(), LONDON, Locale.UK, "GBP",
				new EmergencyNumbers("111", "999"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
	}

	private static Actor adminOf(ClinicProfile clinic) {
		return new Actor(UUID.randomUUID(), clinic.id(), Role.ADMIN, null, null);
	}

}

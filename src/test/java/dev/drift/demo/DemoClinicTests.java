package dev.drift.demo;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import dev.drift.DriftTest;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.people.Actor;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.ClinicProfile;
import dev.drift.people.Role;
import dev.drift.people.ShiftPattern;
import dev.drift.people.Skill;
import dev.drift.people.TherapistProfile;
import dev.drift.people.WorkingDay;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@DriftTest
class DemoClinicTests {

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Test
	void theDemoClinicIsInLondonWithEmergencyNumbers() {
		ClinicProfile clinic = this.people.clinic(admin().clinicId());

		assertThat(clinic.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
		assertThat(clinic.emergencyNumbers().urgentAdvice()).isEqualTo("111");
		assertThat(clinic.emergencyNumbers().emergency()).isEqualTo("999");
		assertThat(clinic.settings().inactivityTimeoutMinutes()).isEqualTo(30);
	}

	@Test
	void threeTherapistsWithPrenatalAndOncologySkillsWorkIntoTheEvening() {
		List<TherapistProfile> staff = this.people.therapistsOf(admin().clinicId())
			.stream()
			.filter((t) -> List.of("Maya Thompson", "Daniel Okafor", "Sofia Rossi").contains(t.name()))
			.toList();

		assertThat(staff).hasSize(3);
		assertThat(staff).anySatisfy((t) -> assertThat(t.has(Skill.PRENATAL)).isTrue());
		assertThat(staff).anySatisfy((t) -> assertThat(t.has(Skill.ONCOLOGY)).isTrue());
		assertThat(staff.stream().flatMap((t) -> t.workingDays().stream()).map(WorkingDay::ends))
			.contains(LocalTime.of(20, 0), LocalTime.of(21, 0));
	}

	@Test
	void twentyClientsWithVariedSchedulesIncludingANightAndAnEveningShiftWorker() {
		List<ClientProfile> demo = DemoClinic.clients()
			.stream()
			.map((c) -> this.accounts.findByEmail(c.email()).orElseThrow().clientId())
			.map((id) -> this.people.findClient(id).orElseThrow())
			.toList();

		assertThat(demo).hasSize(20);
		assertThat(demo).filteredOn((c) -> c.sleep().shiftPattern() == ShiftPattern.NIGHT).hasSize(1);
		assertThat(demo).filteredOn((c) -> c.sleep().shiftPattern() == ShiftPattern.EVENING).hasSize(1);
		assertThat(demo.stream().map((c) -> c.sleep().workdayMainSleepStart()).distinct().count()).isGreaterThan(8);
		assertThat(demo).allSatisfy((c) -> assertThat(c.hasHealthDataConsent()).isTrue());
	}

	@Test
	void theMainDemoClientSleepsAtHalfPastTenEveryDayAndWorksWeekdays() {
		ClientProfile emma = this.people
			.findClient(this.accounts.findByEmail("client@demo.drift").orElseThrow().clientId())
			.orElseThrow();

		assertThat(emma.sleep().workdayMainSleepStart()).isEqualTo(LocalTime.of(22, 30));
		assertThat(emma.sleep().offdayMainSleepStart()).isEqualTo(LocalTime.of(22, 30));
		assertThat(emma.sleep().workdays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
				DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
		assertThat(emma.sleep().shiftPattern()).isEqualTo(ShiftPattern.NO_SHIFTS);
	}

	@Test
	void everyDemoAccountHasItsRole() {
		assertThat(admin().role()).isEqualTo(Role.ADMIN);
		assertThat(this.accounts.findByEmail("therapist@demo.drift").orElseThrow().role()).isEqualTo(Role.THERAPIST);
		assertThat(this.accounts.findByEmail("client2@demo.drift").orElseThrow().role()).isEqualTo(Role.CLIENT);
		Actor admin = new Actor(admin().id(), admin().clinicId(), Role.ADMIN, null, null);
		assertThat(this.accounts.staff(admin)).extracting(AccountView::email)
			.contains("admin@demo.drift", "therapist@demo.drift", "therapist2@demo.drift", "therapist3@demo.drift");
	}

	private AccountView admin() {
		return this.accounts.findByEmail("admin@demo.drift").orElseThrow();
	}

}

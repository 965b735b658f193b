package dev.drift.sleep;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.drift.DriftTest;
import dev.drift.MutableClock;
import dev.drift.people.Actor;
import dev.drift.people.ClientDetails;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.ContactPreferences;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.HealthDataConsent;
import dev.drift.people.NewClient;
import dev.drift.people.People;
import dev.drift.people.Role;
import dev.drift.people.SleepSchedule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sleep with only the modules it depends on: a recorded night publishes
 * {@link DiaryEntryRecorded} with ids only, and saving the same night again publishes it
 * as a change.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(DriftTest.TestClock.class)
class SleepModuleTests {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@Autowired
	SleepDiary diary;

	@Autowired
	People people;

	@Autowired
	MutableClock clock;

	@Test
	void aRecordedNightIsAnnouncedWithIdsOnlyAndItsCorrectionAsAChange(Scenario scenario) {
		ClientProfile client = newClient();
		Actor self = new Actor(UUID.randomUUID(), client.clinicId(), Role.CLIENT, client.id(), null);
		LocalDate lastNight = LocalDate.now(this.clock.withZone(LONDON));

		scenario.stimulate(() -> this.diary.record(self, client.id(), night(lastNight, 20), null))
			.andWaitForEventOfType(DiaryEntryRecorded.class)
			.matching((event) -> event.clientId().equals(client.id().value()))
			.toArriveAndVerify((event) -> {
				assertThat(event.clinicId()).isEqualTo(client.clinicId().value());
				assertThat(event.diaryDate()).isEqualTo(lastNight);
				assertThat(event.changed()).isFalse();
			});

		scenario.stimulate(() -> this.diary.record(self, client.id(), night(lastNight, 35), null))
			.andWaitForEventOfType(DiaryEntryRecorded.class)
			.matching((event) -> event.clientId().equals(client.id().value()) && event.changed())
			.toArriveAndVerify((event) -> assertThat(event.diaryDate()).isEqualTo(lastNight));
	}

	private static MorningEntry night(LocalDate date, int minutesToFallAsleep) {
		return new MorningEntry(date.toString(), "Europe/London", "22:45", "23:00", minutesToFallAsleep, 1, 10, "06:30",
				"06:45", 3, null, null, null, null, null);
	}

	private ClientProfile newClient() {
		ClinicProfile clinic = this.people.openClinic(new ClinicDetails("Sleep " + UUID.randomUUID(), LONDON, Locale.UK,
				"GBP", new EmergencyNumbers("111", "999"), List.of(), ClinicSettings.defaults().withoutStaffMfa()));
		return this.people.registerClient(clinic.id(),
				new NewClient("sleeper-" + UUID.randomUUID() + "@test.example",
						new ClientDetails("Sam Sleeper", null, null, LONDON, ContactPreferences.emailOnly()),
						SleepSchedule.usual(), new HealthDataConsent(this.clock.instant(), LONDON)));
	}

}

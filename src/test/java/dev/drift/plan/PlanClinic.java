package dev.drift.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.drift.MutableClock;
import dev.drift.ScreenedClients;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientDetails;
import dev.drift.people.ClientProfile;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicId;
import dev.drift.people.ClinicSettings;
import dev.drift.people.ContactPreferences;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.HealthDataConsent;
import dev.drift.people.NewClient;
import dev.drift.people.OpeningHours;
import dev.drift.people.People;
import dev.drift.people.Role;
import dev.drift.people.SleepSchedule;
import dev.drift.people.TherapistDetails;
import dev.drift.people.TherapistId;
import dev.drift.people.WorkingDay;
import dev.drift.questionnaires.QuestionnaireSchedule;
import dev.drift.questionnaires.Questionnaires;

/**
 * A clinic of its own for a plan test (its questionnaire schedule and its therapist's
 * evenings are the test's): open every day 08:00–21:00, one therapist working
 * 09:00–21:00, no scheduled questionnaires, and a client who sleeps at 22:30 with nothing
 * to flag and a plan made from the recommendation.
 */
record PlanClinic(Actor admin, String adminEmail, TherapistId therapist, ClientProfile client, PlanView plan,
		LocalDate monday) {

	static final String PASSWORD = "plan-test-pw-1";

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static PlanClinic open(People people, Accounts accounts, Intake intake, Questionnaires questionnaires, Plans plans,
			MutableClock clock) {
		List<OpeningHours> hours = Arrays.stream(DayOfWeek.values())
			.map((day) -> new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(21, 0)))
			.toList();
		ClinicId clinic = people
			.openClinic(new ClinicDetails("Plan " + UUID.randomUUID(), LONDON, Locale.UK, "GBP",
					new EmergencyNumbers("111", "999"), hours, ClinicSettings.defaults().withoutStaffMfa()))
			.id();
		String email = "admin-" + UUID.randomUUID() + "@test.example";
		AccountView account = accounts.createFirstAdmin(clinic,
				new NewStaff("Plan Admin", email, Role.ADMIN, PASSWORD));
		Actor admin = new Actor(account.id(), clinic, Role.ADMIN, null, null);
		TherapistId therapist = people
			.joinTherapist(clinic,
					new TherapistDetails("Tara Evening", "", Set.of(),
							Arrays.stream(DayOfWeek.values())
								.map((day) -> new WorkingDay(day, LocalTime.of(9, 0), LocalTime.of(21, 0), null, null))
								.toList()))
			.id();
		ClientProfile client = client(people, intake, admin, clock);
		questionnaires.changeSchedule(admin, new QuestionnaireSchedule(false, 0, false, 0));
		PlanView plan = plans.create(admin, client.id(), NewPlan.asRecommended());
		LocalDate monday = LocalDate.now(clock.withZone(LONDON))
			.plusDays(2)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		return new PlanClinic(admin, email, therapist, client, plan, monday);
	}

	/**
	 * Another client of the clinic who sleeps at 22:30, screened with nothing to flag.
	 */
	static ClientProfile client(People people, Intake intake, Actor admin, MutableClock clock) {
		ClientProfile registered = people.registerClient(admin.clinicId(),
				new NewClient("plan-" + UUID.randomUUID() + "@test.example",
						new ClientDetails("Cora Course", null, null, LONDON, ContactPreferences.emailOnly()),
						SleepSchedule.usual(), new HealthDataConsent(clock.instant(), LONDON)));
		return ScreenedClients.cleared(intake, admin, registered);
	}

}

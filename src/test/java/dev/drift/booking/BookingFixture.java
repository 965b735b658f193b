package dev.drift.booking;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.drift.ScreenedClients;
import dev.drift.TestPeople;
import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;

import dev.drift.intake.Intake;
import dev.drift.people.Actor;
import dev.drift.people.ClientDetails;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.ContactPreferences;
import dev.drift.people.HealthDataConsent;
import dev.drift.people.NewClient;
import dev.drift.people.SleepSchedule;
import dev.drift.people.TherapistDetails;
import dev.drift.people.TherapistProfile;
import dev.drift.people.WorkingDay;

/**
 * Fresh therapists and clients in the demo clinic, so booking tests never collide with
 * each other or with the demo appointments; API tokens so tests do not pay for BCrypt.
 */
public class BookingFixture {

	public static final ZoneId LONDON = ZoneId.of("Europe/London");

	public final Accounts accounts;

	public final People people;

	public final Clock clock;

	public final Intake intake;

	private final TestPeople testPeople;

	public BookingFixture(Accounts accounts, People people, Clock clock, Intake intake, TestPeople testPeople) {
		this.intake = intake;
		this.testPeople = testPeople;
		this.accounts = accounts;
		this.people = people;
		this.clock = clock;
	}

	public Actor actor(String email) {
		AccountView account = this.accounts.findByEmail(email).orElseThrow();
		return new Actor(account.id(), account.clinicId(), account.role(), account.clientId(), account.therapistId());
	}

	/** An API token of an existing account ({@link TestPeople#bearer}). */
	public String bearer(String email) {
		return this.testPeople.bearer(email);
	}

	/**
	 * A therapist working every day 09:00–21:00 (Sundays too; the clinic closes Sundays).
	 */
	public TherapistProfile therapist() {
		List<WorkingDay> hours = Arrays.stream(DayOfWeek.values())
			.map((day) -> new WorkingDay(day, LocalTime.of(9, 0), LocalTime.of(21, 0), null, null))
			.toList();
		return this.people.joinTherapist(actor("admin@demo.drift").clinicId(),
				new TherapistDetails("Test Therapist " + UUID.randomUUID(), "", Set.of(), hours));
	}

	/** A fresh client with an account and an API token (one BCrypt hash). */
	public Signed clientAccount() {
		String email = "booking-" + UUID.randomUUID() + "@example.org";
		AccountView account = this.accounts.signUp(new dev.drift.accounts.SignUp(actor("admin@demo.drift").clinicId(),
				"Test Client", email, "booking-test-pw", LONDON, SleepSchedule.usual(), true, null, null));
		ClientProfile client = this.people.findClient(account.clientId()).orElseThrow();
		return new Signed(ScreenedClients.cleared(this.intake, actor("admin@demo.drift"), client), bearer(email));
	}

	public record Signed(ClientProfile client, String bearer) {
	}

	/** A fresh client (no account) whose screening allows treatment. */
	public ClientProfile client() {
		return ScreenedClients.cleared(this.intake, actor("admin@demo.drift"), unscreenedClient());
	}

	/** A fresh client (no account) who has not answered the health questions yet. */
	public ClientProfile unscreenedClient() {
		return this.people.registerClient(actor("admin@demo.drift").clinicId(),
				new NewClient("booking-" + UUID.randomUUID() + "@example.org",
						new ClientDetails("Test Client", "07700 900999", LocalDate.of(1990, 1, 1), LONDON,
								ContactPreferences.emailOnly()),
						SleepSchedule.usual(), new HealthDataConsent(Instant.now(this.clock), LONDON)));
	}

	/** A Wednesday some weeks ahead, inside the 90-day horizon. */
	public LocalDate wednesday(int weeksAhead) {
		return LocalDate.now(this.clock.withZone(LONDON))
			.plusWeeks(weeksAhead)
			.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
	}

	public static String at(LocalDate day, String time) {
		return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
			.format(ZonedDateTime.of(day, LocalTime.parse(time), LONDON));
	}

	public static String booking(UUID client, UUID therapist, String service, String start) {
		return "{\"clientId\":\"" + client + "\",\"therapistId\":\"" + therapist + "\",\"service\":\"" + service
				+ "\",\"start\":\"" + start + "\"}";
	}

}

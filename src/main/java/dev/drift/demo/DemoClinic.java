package dev.drift.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.accounts.NewStaff;
import dev.drift.accounts.SignUp;
import dev.drift.people.Actor;
import dev.drift.people.ClinicDetails;
import dev.drift.people.ClinicProfile;
import dev.drift.people.ClinicSettings;
import dev.drift.people.People;
import dev.drift.people.EmergencyNumbers;
import dev.drift.people.OpeningHours;
import dev.drift.people.Role;
import dev.drift.people.ShiftPattern;
import dev.drift.people.Skill;
import dev.drift.people.SleepSchedule;
import dev.drift.people.TherapistDetails;
import dev.drift.people.TimeOff;
import dev.drift.people.WorkingDay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo clinic when the database holds no clinic at start: a London clinic, an
 * admin, three therapists (one prenatal, one oncology) with evening hours, and twenty
 * clients with varied sleep schedules, two of them shift workers. All passwords are
 * {@value #PASSWORD}. Off with {@code drift.demo=false}; with
 * {@code drift.demo.beside-other-clinics=true} (the tests) it is also created when other
 * clinics exist but the demo clinic does not.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "drift.demo", havingValue = "true", matchIfMissing = true)
class DemoClinic implements ApplicationRunner {

	static final String PASSWORD = "drift-demo";

	/** A drama-range London number (Ofcom) and an invented address. */
	static final ClinicDetails.Contact DEMO_CONTACT = new ClinicDetails.Contact("020 7946 0321",
			"14 Linden Mews\nLondon\nN1 4QT");

	private static final Logger log = LoggerFactory.getLogger(DemoClinic.class);

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private final People people;

	private final Accounts accounts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final boolean besideOtherClinics;

	DemoClinic(People people, Accounts accounts, TransactionTemplate transactions, Clock clock,
			ApplicationEventPublisher events,
			@Value("${drift.demo.beside-other-clinics:false}") boolean besideOtherClinics) {
		this.events = events;
		this.besideOtherClinics = besideOtherClinics;
		this.people = people;
		this.accounts = accounts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.people.noClinics() && !(this.besideOtherClinics && absent())) {
			return;
		}
		DemoClinicCreated created;
		try {
			created = this.transactions.execute((status) -> seed());
		}
		catch (RuntimeException ex) {
			if (absent()) {
				throw ex;
			}
			log.info("Demo clinic created by another instance");
			return;
		}
		this.events.publishEvent(created);
		log.info("Demo clinic {} created; sign in as admin@demo.drift, therapist@demo.drift or client@demo.drift",
				created.clinic().id());
	}

	private boolean absent() {
		return this.accounts.findByEmail("admin@demo.drift").isEmpty();
	}

	private DemoClinicCreated seed() {
		ClinicProfile clinic = this.people.openClinic(new ClinicDetails("Drift Demo Clinic", LONDON,
				Locale.forLanguageTag("en-GB"), "GBP", new EmergencyNumbers("111", "999"), openingHours(),
				ClinicSettings.defaults().withoutStaffMfa(), DEMO_CONTACT));
		AccountView adminAccount = this.accounts.createFirstAdmin(clinic.id(),
				new NewStaff("Alex Morgan", "admin@demo.drift", Role.ADMIN, PASSWORD));
		Actor admin = new Actor(adminAccount.id(), clinic.id(), Role.ADMIN, null, null);
		therapist(admin, "Maya Thompson", "therapist@demo.drift",
				"Swedish and pregnancy massage; calm, slow work for people who struggle to switch off.",
				Set.of(Skill.PRENATAL),
				List.of(day(DayOfWeek.MONDAY, "12:00", "20:00", "15:30", "16:00"),
						day(DayOfWeek.TUESDAY, "12:00", "20:00", "15:30", "16:00"),
						day(DayOfWeek.WEDNESDAY, "12:00", "21:00", "16:00", "16:30"),
						day(DayOfWeek.THURSDAY, "12:00", "20:00", "15:30", "16:00"),
						day(DayOfWeek.FRIDAY, "09:00", "17:00", "12:30", "13:00")));
		therapist(admin, "Daniel Okafor", "therapist2@demo.drift",
				"Oncology-trained; gentle, adapted massage during and after cancer treatment, lymphatic work.",
				Set.of(Skill.ONCOLOGY, Skill.LYMPHATIC),
				List.of(day(DayOfWeek.TUESDAY, "13:00", "21:00", "17:00", "17:30"),
						day(DayOfWeek.WEDNESDAY, "13:00", "21:00", "17:00", "17:30"),
						day(DayOfWeek.THURSDAY, "13:00", "21:00", "17:00", "17:30"),
						day(DayOfWeek.FRIDAY, "10:00", "18:00", null, null),
						day(DayOfWeek.SATURDAY, "09:00", "15:00", null, null)));
		String sofia = therapist(admin, "Sofia Rossi", "therapist3@demo.drift",
				"Deep tissue and myofascial release for desk tension and long-standing pain.", Set.of(),
				List.of(day(DayOfWeek.MONDAY, "09:00", "18:00", "12:30", "13:30"),
						day(DayOfWeek.TUESDAY, "14:00", "21:00", null, null),
						day(DayOfWeek.WEDNESDAY, "09:00", "18:00", "12:30", "13:30"),
						day(DayOfWeek.THURSDAY, "14:00", "21:00", null, null),
						day(DayOfWeek.FRIDAY, "09:00", "18:00", "12:30", "13:30")));
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		this.people.takeTimeOff(admin,
				this.people.therapistsOf(clinic.id())
					.stream()
					.filter((t) -> t.name().equals(sofia))
					.findFirst()
					.orElseThrow()
					.id(),
				new TimeOff(today.plusDays(30), today.plusDays(34), "Annual leave"));
		for (DemoClient client : clients()) {
			this.accounts.signUp(new SignUp(clinic.id(), client.name(), client.email(), PASSWORD, LONDON,
					client.sleep(), true, client.phone(), client.dateOfBirth()));
		}
		return new DemoClinicCreated(clinic, admin);
	}

	private String therapist(Actor admin, String name, String email, String bio, Set<Skill> skills,
			List<WorkingDay> hours) {
		AccountView account = this.accounts.createStaff(admin, new NewStaff(name, email, Role.THERAPIST, PASSWORD));
		this.people.changeTherapist(admin, account.therapistId(), new TherapistDetails(name, bio, skills, hours));
		return name;
	}

	private static List<OpeningHours> openingHours() {
		List<OpeningHours> hours = new ArrayList<>();
		WEEKDAYS.forEach((day) -> hours.add(new OpeningHours(day, LocalTime.of(9, 0), LocalTime.of(21, 0))));
		hours.add(new OpeningHours(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
		return hours;
	}

	private static WorkingDay day(DayOfWeek day, String starts, String ends, String breakStarts, String breakEnds) {
		return new WorkingDay(day, LocalTime.parse(starts), LocalTime.parse(ends),
				breakStarts == null ? null : LocalTime.parse(breakStarts),
				breakEnds == null ? null : LocalTime.parse(breakEnds));
	}

	static List<DemoClient> clients() {
		return List.of(
				new DemoClient("Emma Clarke", "client@demo.drift", "07700 900101", "1986-04-12",
						sleep("22:30", "22:30", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Oliver Bennett", "client2@demo.drift", "07700 900102", "1979-09-30",
						sleep("23:00", "23:30", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Priya Shah", "client3@demo.drift", "07700 900103", "1991-02-03",
						sleep("09:00", "23:30",
								EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
										DayOfWeek.THURSDAY),
								ShiftPattern.NIGHT)),
				new DemoClient("Tom Walsh", "client4@demo.drift", "07700 900104", "1983-07-21",
						sleep("00:30", "23:30",
								EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
										DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
								ShiftPattern.EVENING)),
				new DemoClient("Grace Liu", "client5@demo.drift", "07700 900105", "1994-11-08",
						sleep("23:15", "23:45", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Samuel Adeyemi", "client6@demo.drift", "07700 900106", "1968-03-17",
						sleep("22:00", "22:30", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Hannah Fischer", "client7@demo.drift", "07700 900107", "1989-06-25",
						sleep("22:45", "23:30", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Jack O'Brien", "client8@demo.drift", "07700 900108", "1975-12-01",
						sleep("21:30", "22:30", WEEKDAYS, ShiftPattern.EARLY)),
				new DemoClient("Amira Haddad", "client9@demo.drift", "07700 900109", "1990-08-14",
						sleep("23:00", "23:00", EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
								ShiftPattern.NO_SHIFTS)),
				new DemoClient("Lucas Martin", "client10@demo.drift", "07700 900110", "1985-01-29",
						sleep("23:30", "00:30", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Chloe Evans", "client11@demo.drift", "07700 900111", "1996-05-05",
						sleep("22:30", "23:30", WEEKDAYS, ShiftPattern.ROTATING)),
				new DemoClient("Noah Kowalski", "client12@demo.drift", "07700 900112", "1972-10-19",
						sleep("22:15", "22:45", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Isla Murray", "client13@demo.drift", "07700 900113", "1988-02-22",
						sleep("23:00", "23:00", Set.of(), ShiftPattern.NO_SHIFTS)),
				new DemoClient("Ethan Price", "client14@demo.drift", "07700 900114", "1981-09-09",
						sleep("00:00", "00:30", WEEKDAYS, ShiftPattern.IRREGULAR)),
				new DemoClient("Zara Hussain", "client15@demo.drift", "07700 900115", "1993-04-30",
						sleep("22:30", "23:00", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Ruth Campbell", "client16@demo.drift", "07700 900116", "1959-07-07",
						sleep("21:45", "21:45", Set.of(), ShiftPattern.NO_SHIFTS)),
				new DemoClient("Mateo García", "client17@demo.drift", "07700 900117", "1987-11-16",
						sleep("23:45", "00:15", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Ella Robinson", "client18@demo.drift", "07700 900118", "1992-03-11",
						sleep("22:00", "23:00", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Kwame Mensah", "client19@demo.drift", "07700 900119", "1977-06-02",
						sleep("22:30", "23:30", WEEKDAYS, ShiftPattern.NO_SHIFTS)),
				new DemoClient("Freya Johansson", "client20@demo.drift", "07700 900120", "1984-12-24",
						sleep("23:00", "23:30", WEEKDAYS, ShiftPattern.NO_SHIFTS)));
	}

	private static SleepSchedule sleep(String workday, String offday, Set<DayOfWeek> workdays, ShiftPattern pattern) {
		return new SleepSchedule(LocalTime.parse(workday), LocalTime.parse(offday), workdays, pattern);
	}

	record DemoClient(String name, String email, String phone, String born, SleepSchedule sleep) {

		LocalDate dateOfBirth() {
			return LocalDate.parse(this.born);
		}

	}

}

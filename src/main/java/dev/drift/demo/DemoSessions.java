package dev.drift.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import dev.drift.accounts.AccountView;
import dev.drift.accounts.Accounts;
import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.booking.BookingRequest;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.TherapistId;
import dev.drift.screening.Pressure;
import dev.drift.sessions.AttendanceStatus;
import dev.drift.sessions.DriftOff;
import dev.drift.sessions.NoteContent;
import dev.drift.sessions.NoteView;
import dev.drift.sessions.Sessions;
import dev.drift.sessions.Technique;
import dev.drift.shared.DriftException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo session records, through the sessions module's facade: past treatment sessions of
 * a few clients at different times before bedtime and of different lengths, and one
 * session each for ten more clients (besides the plans' held courses), every past
 * appointment marked attended with a signed note by its therapist, drifting off as the
 * client's diary suggests (client10 and the other clearly improving clients often,
 * client3 never, the rest now and then); and three sessions of the last week with
 * {@code therapist@demo.drift} still waiting for a signed note (one of them more than 48
 * hours old, so it shows on the therapist's home page).
 */
@Component
class DemoSessions {

	private static final Logger log = LoggerFactory.getLogger(DemoSessions.class);

	/**
	 * Clients the diary model improves clearly (every third from the first) or not at
	 * all.
	 */
	private static final List<String> CLEAR = List.of("client@demo.drift", "client4@demo.drift", "client7@demo.drift",
			"client10@demo.drift", "client13@demo.drift", "client16@demo.drift", "client19@demo.drift");

	private static final String NEVER = "client3@demo.drift";

	private static final List<String> THERAPISTS = List.of("therapist@demo.drift", "therapist2@demo.drift",
			"therapist3@demo.drift");

	/** Extra past sessions: client, service, local time, weeks ago. */
	private static final List<Past> PAST = List.of(new Past("client4@demo.drift", "massage-90", "20:00", 5),
			new Past("client4@demo.drift", "massage-90", "20:00", 3),
			new Past("client2@demo.drift", "massage-30", "12:30", 4),
			new Past("client2@demo.drift", "massage-30", "12:30", 2),
			new Past("client13@demo.drift", "massage-60", "14:15", 4),
			new Past("client8@demo.drift", "massage-60", "10:00", 2),
			// one session each for clients without a course, so the clinic analytics have
			// groups to show by drift-off, sessions and routine adherence
			new Past("client@demo.drift", "massage-60", "18:30", 3),
			new Past("client6@demo.drift", "massage-60", "11:00", 4),
			new Past("client7@demo.drift", "massage-90", "17:00", 3),
			new Past("client9@demo.drift", "massage-60", "15:30", 2),
			new Past("client11@demo.drift", "massage-120", "13:00", 4),
			new Past("client14@demo.drift", "massage-60", "19:30", 3),
			new Past("client16@demo.drift", "massage-90", "10:30", 2),
			new Past("client17@demo.drift", "massage-60", "16:00", 4),
			new Past("client19@demo.drift", "massage-60", "12:00", 3),
			new Past("client20@demo.drift", "massage-120", "14:30", 2));

	/** Sessions of the last week left for the therapist to write up: client, days ago. */
	private static final List<Past> WAITING = List.of(new Past("client12@demo.drift", "massage-60", "19:00", 1),
			new Past("client2@demo.drift", "massage-60", "18:00", 3),
			new Past("client8@demo.drift", "massage-60", "17:30", 5));

	private final Sessions sessions;

	private final Booking booking;

	private final Accounts accounts;

	private final Clock clock;

	private final long seed;

	DemoSessions(Sessions sessions, Booking booking, Accounts accounts, Clock clock,
			@Value("${drift.demo.sleep-seed:20261121}") long seed) {
		this.sessions = sessions;
		this.booking = booking;
		this.accounts = accounts;
		this.clock = clock;
		this.seed = seed;
	}

	@EventListener
	@Order(50)
	void seed(DemoClinicCreated created) {
		Actor admin = created.admin();
		ZoneId zone = created.clinic().timeZone();
		Map<TherapistId, Actor> therapists = therapists();
		Actor maya = actor(this.accounts.findByEmail("therapist@demo.drift").orElseThrow());
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		List<TherapistId> ids = new ArrayList<>(therapists.keySet());
		for (int i = 0; i < PAST.size(); i++) {
			Past past = PAST.get(i);
			held(admin, past, ids.get(i % ids.size()),
					ZonedDateTime.of(today.minusWeeks(past.ago()).minusDays(1), LocalTime.parse(past.at()), zone)
						.toInstant());
		}
		List<AppointmentView> waiting = new ArrayList<>();
		for (Past past : WAITING) {
			held(admin, past, maya.therapistId(),
					ZonedDateTime.of(today.minusDays(past.ago()), LocalTime.parse(past.at()), zone).toInstant())
				.ifPresent(waiting::add);
		}
		Instant now = this.clock.instant();
		Map<ClientId, String> emails = emails();
		Random random = new Random(this.seed * 17);
		int signed = 0;
		for (AppointmentView appointment : this.booking.list(admin, today.minusDays(90), today, null, null)) {
			if (!appointment.isBooked() || !appointment.start().toInstant().isBefore(now)
					|| appointment.serviceCode().equals("consultation")) {
				continue;
			}
			Actor therapist = therapists.getOrDefault(appointment.therapistId(), admin);
			boolean leaveOpen = waiting.stream().anyMatch((w) -> w.id().equals(appointment.id()));
			signed += record(admin, therapist, appointment, emails.getOrDefault(appointment.clientId(), ""), leaveOpen,
					random);
		}
		Sessions.NoteCounts counts = this.sessions.counts(admin.clinicId());
		log.info("Demo session notes: {} signed ({} drifted off or fell asleep), {} waiting", signed,
				counts.driftedOff(), waiting.size());
	}

	private Optional<AppointmentView> held(Actor admin, Past past, TherapistId therapist, Instant start) {
		ClientId client = this.accounts.findByEmail(past.client()).orElseThrow().clientId();
		try {
			return Optional
				.of(this.booking.recordHeld(admin, new BookingRequest(client, therapist, past.service(), start, null))
					.appointment());
		}
		catch (DriftException ex) {
			log.info("Demo session for {} not recorded: {}", past.client(), ex.code());
			return Optional.empty();
		}
	}

	/** Attended; then signed with a note unless left open (one of those half written). */
	private int record(Actor admin, Actor therapist, AppointmentView appointment, String email, boolean leaveOpen,
			Random random) {
		try {
			this.sessions.markAttendance(admin, appointment.id(), AttendanceStatus.ATTENDED);
			NoteView draft = this.sessions.note(therapist, appointment.id());
			if (leaveOpen) {
				if (appointment.start().toLocalDate().getDayOfMonth() % 2 == 0) {
					this.sessions.saveDraft(therapist, appointment.id(),
							note(draft, appointment, email, random, false));
				}
				return 0;
			}
			this.sessions.saveDraft(therapist, appointment.id(), note(draft, appointment, email, random, true));
			this.sessions.sign(therapist, appointment.id());
			return 1;
		}
		catch (DriftException ex) {
			log.info("Demo note for {} not signed: {}", email, ex.code());
			return 0;
		}
	}

	/**
	 * A note within the screening in force: the draft's prefill, areas the screening
	 * allows at a pressure under its caps, drift-off as the client's diary trend
	 * suggests.
	 */
	private static NoteContent note(NoteView draft, AppointmentView appointment, String email, Random random,
			boolean complete) {
		List<String> mods = draft.mandatoryModifications();
		Pressure cap = draft.pressureCap() == null ? Pressure.P5 : Pressure.valueOf(draft.pressureCap());
		Pressure used = cap.min(random.nextBoolean() ? Pressure.P3 : Pressure.P2);
		List<NoteContent.Area> areas = new ArrayList<>();
		for (String area : List.of("neck", "shoulders", "upper_back", "lower_back", "left_calf", "right_calf",
				"left_foot", "right_foot", "head")) {
			boolean capped = mods.stream().anyMatch((m) -> m.startsWith("CAP(" + area + ","));
			if (!draft.avoidedAreas().contains(area) && !capped && random.nextInt(3) > 0) {
				areas.add(new NoteContent.Area(area, used));
			}
		}
		NoteContent.Objective prefill = draft.note().objective();
		List<Technique> techniques = prefill.techniques().isEmpty() ? List.of(Technique.SWEDISH) : prefill.techniques();
		String position = prefill.position() != null ? prefill.position()
				: mods.stream().anyMatch((m) -> m.startsWith("POSITION(")) ? "side_lying" : "prone";
		int minutes = Math.min(prefill.minutes() == null ? appointment.minutes() : prefill.minutes(),
				appointment.minutes()) - random.nextInt(6);
		DriftOff driftOff = driftOff(email, random);
		Integer asleep = driftOff.driftedOff() ? 5 + random.nextInt(Math.max(1, minutes / 3)) : null;
		boolean improving = CLEAR.contains(email);
		return new NoteContent(
				new NoteContent.Subjective(
						improving ? "Sleeping better, fewer wake-ups" : "About the same as last week",
						improving ? 6 + random.nextInt(3) : 3 + random.nextInt(3), random.nextInt(4),
						3 + random.nextInt(5), "Unwind and sleep through"),
				new NoteContent.Objective(areas, techniques, position, complete ? minutes : null, false,
						complete ? mods : List.of()),
				new NoteContent.Assessment(complete ? driftOff : null, asleep,
						driftOff.driftedOff() ? "Breathing slowed early; drifted off" : "Relaxed, stayed awake"),
				new NoteContent.Plan("Same time next week", "Warm shower and dim lights an hour before bed",
						improving ? "None" : "Try a longer settle at the start"));
	}

	/**
	 * Often for clients who improve clearly, never for client3, now and then otherwise.
	 */
	private static DriftOff driftOff(String email, Random random) {
		int roll = random.nextInt(10);
		if (NEVER.equals(email)) {
			return roll < 7 ? DriftOff.NONE : DriftOff.DROWSY;
		}
		if (CLEAR.contains(email)) {
			return roll < 5 ? DriftOff.DRIFTED_OFF : roll < 8 ? DriftOff.FELL_ASLEEP : DriftOff.DROWSY;
		}
		return roll < 3 ? DriftOff.DRIFTED_OFF : roll < 7 ? DriftOff.DROWSY : DriftOff.NONE;
	}

	private Map<TherapistId, Actor> therapists() {
		Map<TherapistId, Actor> actors = new LinkedHashMap<>();
		THERAPISTS.forEach((email) -> this.accounts.findByEmail(email)
			.map(DemoSessions::actor)
			.ifPresent((actor) -> actors.put(actor.therapistId(), actor)));
		return actors;
	}

	private Map<ClientId, String> emails() {
		Map<ClientId, String> emails = new HashMap<>();
		DemoClinic.clients()
			.forEach((c) -> this.accounts.findByEmail(c.email())
				.ifPresent((account) -> emails.put(account.clientId(), c.email())));
		return emails;
	}

	private static Actor actor(AccountView account) {
		return new Actor(account.id(), account.clinicId(), account.role(), account.clientId(), account.therapistId());
	}

	/**
	 * A session recorded as held: who, which service, the local start, and how long ago.
	 */
	private record Past(String client, String service, String at, int ago) {
	}

}

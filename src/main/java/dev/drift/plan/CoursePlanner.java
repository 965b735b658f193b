package dev.drift.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.drift.booking.AvailableSlot;
import dev.drift.booking.Booking;
import dev.drift.booking.ServiceView;
import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.People;
import dev.drift.people.Skill;
import dev.drift.people.TherapistId;
import dev.drift.people.TherapistProfile;
import dev.drift.plan.CourseBooking.Alternative;
import dev.drift.plan.CourseBooking.Conflict;
import dev.drift.plan.CourseBooking.Session;
import dev.drift.plan.PlanStore.StoredPlan;
import dev.drift.shared.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * Lays a plan's course out on the clinic's free slots: the first session at the earliest
 * slot in the client's sleep window in the week from the start date, every later one on
 * the same weekday, time and therapist, one week apart (twice weekly: three days after
 * the first of the week). A session whose slot is taken becomes a conflict with the three
 * nearest free slots within three days of its planned day, window slots first.
 */
@Component
class CoursePlanner {

	static final int ALTERNATIVES = 3;

	static final int NEAR_DAYS = 3;

	private final Booking booking;

	private final People people;

	CoursePlanner(Booking booking, People people) {
		this.booking = booking;
		this.people = people;
	}

	Proposal propose(Actor actor, StoredPlan plan, CourseRequest request, ClientId client, ZoneId zone, Course course) {
		ServiceView service = service(actor, plan.terms().bookingMinutes());
		Set<TherapistId> qualified = qualified(actor, plan.recommendation().requiredSkill(), request);
		LocalDate last = this.booking.lastBookableDay(zone);
		LocalDate until = request.from().plusDays(course.dayOffsets().getLast() + 7L + NEAR_DAYS);
		List<AvailableSlot> free = free(actor, service, request.from(), until.isAfter(last) ? last : until, client)
			.stream()
			.filter((slot) -> qualified.contains(slot.therapistId()))
			.toList();
		Optional<AvailableSlot> anchor = free.stream()
			.filter(AvailableSlot::withinSleepWindow)
			.filter((slot) -> slot.start().toLocalDate().isBefore(request.from().plusDays(7)))
			.min(Comparator.comparing(AvailableSlot::start));
		LocalDate base = anchor.map((slot) -> slot.start().toLocalDate()).orElse(request.from());
		List<Session> planned = new ArrayList<>();
		List<Conflict> conflicts = new ArrayList<>();
		Integer review = course.reviewAt();
		for (int i = 0; i < course.dayOffsets().size(); i++) {
			int number = course.first() + i;
			LocalDate day = base.plusDays(course.dayOffsets().get(i));
			Optional<AvailableSlot> slot = anchor.flatMap((a) -> sameTime(free, a, day));
			if (slot.isPresent()) {
				AvailableSlot s = slot.get();
				planned.add(new Session(null, number, s.start(), s.end(), s.therapistId().value(), service.code(),
						s.withinSleepWindow(), review != null && review == number));
			}
			else {
				String reason = day.isAfter(last) ? "TOO_FAR_AHEAD"
						: anchor.isEmpty() ? "NO_SLOT_IN_SLEEP_WINDOW" : "SLOT_TAKEN";
				conflicts.add(new Conflict(number, reason, nearest(free, day)));
			}
		}
		return new Proposal(service, planned, conflicts);
	}

	/**
	 * The clinic's treatment service that fits the whole booking: the exact length, else
	 * the next longer.
	 */
	ServiceView service(Actor actor, int minutes) {
		return this.booking.services(actor.clinicId())
			.stream()
			.filter(ServiceView::isTreatment)
			.filter((service) -> service.minutes() >= minutes)
			.min(Comparator.comparingInt(ServiceView::minutes))
			.orElseThrow(() -> new RuleViolationException("NO_SERVICE_FOR_LENGTH",
					"The clinic offers no treatment of " + minutes + " minutes or longer"));
	}

	/** Therapists with the skill the plan needs (and the one asked for, if any). */
	private Set<TherapistId> qualified(Actor actor, String skill, CourseRequest request) {
		Set<TherapistId> qualified = this.people.therapistsOf(actor.clinicId())
			.stream()
			.filter((t) -> skill == null || t.skills().contains(Skill.valueOf(skill.toUpperCase(Locale.ROOT))))
			.filter((t) -> request.therapistId() == null || t.id().value().equals(request.therapistId()))
			.map(TherapistProfile::id)
			.collect(Collectors.toSet());
		if (qualified.isEmpty()) {
			throw new RuleViolationException("SKILL_REQUIRED", skill == null ? "No such therapist in this clinic"
					: "The plan needs a " + skill + "-trained therapist");
		}
		return qualified;
	}

	/** Free slots from..to, asked in spans booking accepts. */
	private List<AvailableSlot> free(Actor actor, ServiceView service, LocalDate from, LocalDate to, ClientId client) {
		List<AvailableSlot> free = new ArrayList<>();
		for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(31)) {
			LocalDate end = start.plusDays(30).isAfter(to) ? to : start.plusDays(30);
			free.addAll(this.booking.availability(actor, service.code(), start, end, null, client));
		}
		return free;
	}

	private static Optional<AvailableSlot> sameTime(List<AvailableSlot> free, AvailableSlot anchor, LocalDate day) {
		LocalTime time = anchor.start().toLocalTime();
		return free.stream()
			.filter((slot) -> slot.therapistId().equals(anchor.therapistId()))
			.filter((slot) -> slot.start().toLocalDate().equals(day) && slot.start().toLocalTime().equals(time))
			.findFirst();
	}

	private static List<Alternative> nearest(List<AvailableSlot> free, LocalDate day) {
		return free.stream()
			.filter((slot) -> Math.abs(ChronoUnit.DAYS.between(day, slot.start().toLocalDate())) <= NEAR_DAYS)
			.sorted(Comparator.comparing((AvailableSlot slot) -> !slot.withinSleepWindow())
				.thenComparing((slot) -> Math.abs(ChronoUnit.DAYS.between(day, slot.start().toLocalDate())))
				.thenComparing(AvailableSlot::start))
			.limit(ALTERNATIVES)
			.map((slot) -> new Alternative(slot.start(), slot.end(), slot.therapistId().value(),
					slot.withinSleepWindow()))
			.toList();
	}

	/**
	 * The sessions to lay out: their phase, the first one's number, each one's day
	 * counted from the first, and which number is the review point.
	 */
	record Course(String phase, int first, List<Integer> dayOffsets, Integer reviewAt) {

		/**
		 * Phase A's sessions from the given number on: weekly, or twice weekly three days
		 * apart.
		 */
		static Course phaseA(PlanTerms terms, int first) {
			int perWeek = terms.sessionsPerWeek() == null ? 1 : terms.sessionsPerWeek();
			List<Integer> offsets = new ArrayList<>();
			for (int i = first - 1; i < terms.courseSessions(); i++) {
				offsets.add(day(i, perWeek) - day(first - 1, perWeek));
			}
			return new Course("A", first, offsets, terms.reviewAtSession());
		}

		/** Phase B: every 2 weeks for 2 sessions, then monthly (4 weeks) for 2 more. */
		static Course phaseB(int first) {
			return new Course("B", first, List.of(0, 14, 42, 70), null);
		}

		/**
		 * After a relapse: weekly phase A again for the given weeks, reviewed at the
		 * last.
		 */
		static Course returnToA(int first, int weeks) {
			List<Integer> offsets = new ArrayList<>();
			for (int i = 0; i < weeks; i++) {
				offsets.add(7 * i);
			}
			return new Course("A", first, offsets, first + weeks - 1);
		}

		private static int day(int index, int perWeek) {
			return 7 * (index / perWeek) + 3 * (index % perWeek);
		}

	}

	/**
	 * The course laid out: the service it books, the sessions that fit, the conflicts.
	 */
	record Proposal(ServiceView service, List<Session> sessions, List<Conflict> conflicts) {
	}

}

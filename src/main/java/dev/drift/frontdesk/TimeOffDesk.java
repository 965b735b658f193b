package dev.drift.frontdesk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.drift.booking.AppointmentView;
import dev.drift.booking.Booking;
import dev.drift.people.Actor;
import dev.drift.people.People;
import dev.drift.people.TherapistId;
import dev.drift.people.TimeOff;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Time off over booked appointments (issue 17 defect 2): the therapist's appointments
 * ahead in those days are the clashes; the time off is saved only when each clash has a
 * decision, and then, in the same transaction with the therapist's bookings locked, each
 * is moved or cancelled through {@link Booking} (same rules, audit and emails as any move
 * or cancellation). A failed move rolls everything back.
 */
@Service
class TimeOffDesk {

	/** Booking lists at most this many days at once. */
	private static final int CHUNK_DAYS = 90;

	private final Booking booking;

	private final People people;

	private final MessageSource messages;

	private final Clock clock;

	TimeOffDesk(Booking booking, People people, MessageSource messages, Clock clock) {
		this.booking = booking;
		this.people = people;
		this.messages = messages;
		this.clock = clock;
	}

	/** The therapist's booked appointments still ahead on the days of the time off. */
	@Transactional(readOnly = true)
	List<AppointmentView> clashes(Actor actor, TherapistId therapist, TimeOff off) {
		List<AppointmentView> found = new ArrayList<>();
		for (LocalDate from = off.firstDay(); !from.isAfter(off.lastDay()); from = from.plusDays(CHUNK_DAYS)) {
			LocalDate to = from.plusDays(CHUNK_DAYS - 1).isAfter(off.lastDay()) ? off.lastDay()
					: from.plusDays(CHUNK_DAYS - 1);
			this.booking.list(actor, from, to, therapist, null)
				.stream()
				.filter((appointment) -> appointment.isBooked()
						&& appointment.start().toInstant().isAfter(this.clock.instant()))
				.forEach(found::add);
		}
		return found.stream().sorted(Comparator.comparing(AppointmentView::start)).toList();
	}

	/**
	 * Saves the time off and applies the decisions, or, when an appointment in those days
	 * has no decision (booked meanwhile), saves nothing and answers the clashes.
	 */
	@Transactional
	List<AppointmentView> take(Actor actor, TherapistId therapist, TimeOff off, Map<UUID, ClashDecision> decisions) {
		actor.requireAdmin();
		this.booking.lockTherapist(actor.clinicId(), therapist);
		List<AppointmentView> clashes = clashes(actor, therapist, off);
		if (!clashes.stream().map(AppointmentView::id).allMatch(decisions::containsKey)) {
			return clashes;
		}
		this.people.takeTimeOff(actor, therapist, off);
		String reason = this.messages.getMessage("timeOffDesk.reason", null, java.util.Locale.UK);
		for (AppointmentView clash : clashes) {
			ClashDecision decision = decisions.get(clash.id());
			if (decision.moves()) {
				this.booking.reschedule(actor, clash.id(), decision.slot().start().toInstant(),
						decision.slot().therapist(), reason);
			}
			else {
				this.booking.cancel(actor, clash.id(), reason + ": " + decision.message(), decision.message());
			}
		}
		return List.of();
	}

}

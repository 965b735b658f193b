package dev.drift.booking;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.drift.people.Actor;
import dev.drift.people.People;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booked treatments ahead that a later screening no longer allows: an admin sees the
 * clinic's, a therapist their own. Staff only.
 */
@Service
class FlaggedTreatments {

	private final ScreeningFlags flags;

	private final AppointmentStore appointments;

	private final People people;

	private final Clock clock;

	FlaggedTreatments(ScreeningFlags flags, AppointmentStore appointments, People people, Clock clock) {
		this.flags = flags;
		this.appointments = appointments;
		this.people = people;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<FlaggedTreatment> open(Actor actor) {
		actor.requireStaff();
		List<ScreeningFlags.Flag> open = this.flags.open(actor.clinicId(), this.clock.instant());
		Map<UUID, Appointment> byId = this.appointments
			.byIds(open.stream().map(ScreeningFlags.Flag::appointmentId).toList())
			.stream()
			.collect(Collectors.toMap(Appointment::id, Function.identity()));
		ZoneId zone = this.people.clinic(actor.clinicId()).timeZone();
		return open.stream()
			.filter((flag) -> byId.containsKey(flag.appointmentId()))
			.map((flag) -> new FlaggedTreatment(byId.get(flag.appointmentId()).toView(zone), flag.reason()))
			.filter((flagged) -> actor.isAdmin() || flagged.appointment().therapistId().equals(actor.therapistId()))
			.toList();
	}

	/** A booked treatment and why the screening no longer allows it. */
	record FlaggedTreatment(AppointmentView appointment, String reason) {
	}

}

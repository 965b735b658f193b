package dev.drift.booking;

import dev.drift.booking.SlotGrid.Slot;
import dev.drift.booking.SlotGrid.Busy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.Map;

import dev.drift.people.Actor;
import dev.drift.people.ClientId;
import dev.drift.people.ClientProfile;
import dev.drift.people.People;
import dev.drift.people.ClinicProfile;
import dev.drift.people.TherapistId;
import dev.drift.people.TherapistProfile;
import dev.drift.shared.FieldProblem;
import dev.drift.shared.InvalidInputException;
import dev.drift.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free slots for a service, marked against a client's sleep window, window slots first. A
 * client asks for themself; staff may name a client or none (no window then).
 */
@Service
@Transactional
class Availability {

	static final int MAX_DAYS = 31;

	private final People people;

	private final Catalogue catalogue;

	private final AppointmentStore store;

	private final BookingChecks checks;

	private final TreatmentGate gate;

	private final SlotRules rules;

	private final Clock clock;

	Availability(People people, Catalogue catalogue, AppointmentStore store, BookingChecks checks, TreatmentGate gate,
			SlotRules rules, Clock clock) {
		this.people = people;
		this.catalogue = catalogue;
		this.store = store;
		this.checks = checks;
		this.gate = gate;
		this.rules = rules;
		this.clock = clock;
	}

	public List<AvailableSlot> find(Actor actor, String serviceCode, LocalDate from, LocalDate to,
			TherapistId therapistId, ClientId clientId) {
		if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new InvalidInputException("VALIDATION_FAILED", "Ask for 1 to " + MAX_DAYS + " days",
					List.of(new FieldProblem("to", "Range", "From 'from' up to " + MAX_DAYS + " days later")));
		}
		ClientId forClient = clientId != null ? clientId : actor.clientId();
		ClientProfile client = forClient == null ? null : this.people.reach(actor, forClient, "CLIENT_PROFILE_READ");
		ServiceView service = this.checks.activeService(actor.clinicId(), serviceCode);
		Instant now = this.clock.instant();
		ClinicProfile clinic = this.people.clinic(actor.clinicId());
		List<TherapistProfile> staff = this.people.therapistsOf(actor.clinicId());
		if (therapistId != null) {
			staff = staff.stream().filter((therapist) -> therapist.id().equals(therapistId)).toList();
			if (staff.isEmpty()) {
				throw new NotFoundException("Therapist");
			}
		}
		if (service.isTreatment()) {
			staff = SlotRules.qualified(staff, forClient == null ? Set.of() : this.gate.requiredSkills(forClient, now));
		}
		ZoneId zone = clinic.timeZone();
		Instant fromInstant = from.atStartOfDay(zone).toInstant().minus(Duration.ofDays(1));
		Instant toInstant = to.plusDays(2).atStartOfDay(zone).toInstant();
		Map<TherapistId, List<Busy>> busy = this.store.busyTherapists(clinic.id(), fromInstant, toInstant);
		for (HeldSlots.HeldSlot hold : this.checks.held().held(clinic.id(), forClient, fromInstant, toInstant, now)) {
			busy.computeIfAbsent(hold.therapistId(), (id) -> new java.util.ArrayList<>())
				.add(new Busy(hold.start(), hold.blockedUntil()));
		}
		List<Busy> clientBusy = client == null ? List.of() : this.store.busyClient(client.id(), fromInstant, toInstant);
		BookingSettings settings = this.catalogue.settings(clinic.id());
		List<Slot> slots = SlotGrid
			.slots(this.rules.query(clinic, from, to, service, settings, staff, busy, clientBusy, now));
		if (client == null) {
			return slots.stream()
				.map((slot) -> new AvailableSlot(slot.therapistId(), slot.start(), slot.end(), false, null, null))
				.toList();
		}
		SleepWindow window = new SleepWindow(client.sleep(), client.timeZone());
		return SleepRanking.rank(slots, window, service.length(), clinic.openingHours(), zone)
			.stream()
			.map((ranked) -> new AvailableSlot(ranked.slot().therapistId(), ranked.slot().start(), ranked.slot().end(),
					ranked.fit().within(), ranked.fit().kind().name(), ranked.fit().reason()))
			.toList();
	}

}
